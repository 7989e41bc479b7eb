package org.dyad.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dyad.model.Dimension;
import org.dyad.model.InvalidValueException;
import org.dyad.model.Modality;
import org.dyad.model.Origin;
import org.dyad.model.QuadClass;
import org.dyad.model.RoleLevel;

/**
 * Which events to read: a pair of countries (directed A→B or either way), a date window (events
 * whose span overlaps it), CAMEO codes (a code matches itself and its descendants) or roots, quad
 * classes, dimensions, origins, actor codes (by prefix: {@code IRNGOV} matches {@code IRNGOVMIL}),
 * a person's name, the level of office on either side, and modalities. Immutable; build with
 * {@link #builder()}. Empty filters match everything.
 */
public record EventQuery(String countryA, String countryB, boolean directed, LocalDate from, LocalDate to,
                         Set<String> codes, Set<String> roots, Set<QuadClass> quadClasses,
                         Set<Dimension> dimensions, Set<Origin> origins, Set<String> actors, String person,
                         Set<RoleLevel> levels, Set<Modality> modalities, boolean codedOnly,
                         int limit, int offset) {

    public EventQuery {
        codes = Set.copyOf(codes);
        roots = Set.copyOf(roots);
        quadClasses = Set.copyOf(quadClasses);
        dimensions = Set.copyOf(dimensions);
        origins = Set.copyOf(origins);
        actors = Set.copyOf(actors);
        levels = Set.copyOf(levels);
        modalities = Set.copyOf(modalities);
        if (countryB != null && countryA == null) {
            throw new InvalidValueException("a second country needs a first one");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidValueException("--to " + to + " is before --from " + from);
        }
        if (limit < 0 || offset < 0) {
            throw new InvalidValueException("limit and offset must not be negative");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Every event. */
    public static EventQuery all() {
        return builder().build();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.countryA = countryA; b.countryB = countryB; b.directed = directed; b.from = from; b.to = to;
        b.codes.addAll(codes); b.roots.addAll(roots); b.quads.addAll(quadClasses); b.dims.addAll(dimensions);
        b.origins.addAll(origins); b.actors.addAll(actors); b.person = person; b.levels.addAll(levels);
        b.modalities.addAll(modalities); b.codedOnly = codedOnly; b.limit = limit; b.offset = offset;
        return b;
    }

    /** The WHERE clause (without the keyword; {@code TRUE} when nothing is filtered) and its parameters. */
    public Sql where() {
        List<String> c = new ArrayList<>();
        List<Object> p = new ArrayList<>();
        if (countryA != null && countryB != null) {
            // one equality on the pair column: DuckDB pushes it into the scan and, once the table is
            // clustered by pair, skips every row group of other pairs
            c.add("pair = ?");
            p.add(countryA.compareTo(countryB) <= 0 ? countryA + "-" + countryB : countryB + "-" + countryA);
            if (directed) {
                c.add("source_country = ?");
                p.add(countryA);
            }
        } else if (countryA != null) {
            c.add(directed ? "source_country = ?" : "(source_country = ? OR target_country = ?)");
            p.add(countryA);
            if (!directed) {
                p.add(countryA);
            }
        }
        if (from != null) {
            c.add("day_end >= ?");
            p.add(from);
        }
        if (to != null) {
            c.add("day_start <= ?");
            p.add(to);
        }
        in(c, p, codes, "starts_with(code, ?)");
        in(c, p, roots, "root = ?");
        List<Object> q = new ArrayList<>();
        for (QuadClass x : quadClasses) q.add(x.number());
        inValues(c, p, q, "quad_class");
        List<Object> d = new ArrayList<>();
        for (Dimension x : dimensions) d.add(x.id());
        in(c, p, d, "list_contains(dimensions, ?)");
        List<Object> o = new ArrayList<>();
        for (Origin x : origins) o.add(x.id());
        inValues(c, p, o, "origin");
        List<Object> a = new ArrayList<>();
        for (String x : actors) {
            a.add(x);
            a.add(x);
        }
        if (!actors.isEmpty()) {
            List<String> ors = new ArrayList<>();
            for (int i = 0; i < actors.size(); i++) ors.add("starts_with(source, ?) OR starts_with(target, ?)");
            c.add("(" + String.join(" OR ", ors) + ")");
            p.addAll(a);
        }
        if (person != null) {
            c.add("(source_name ILIKE ? OR target_name ILIKE ?)");
            p.add("%" + person + "%");
            p.add("%" + person + "%");
        }
        if (!levels.isEmpty()) {
            List<Object> lv = new ArrayList<>();
            for (RoleLevel l : levels) lv.add(l.id());
            String list = String.join(", ", java.util.Collections.nCopies(lv.size(), "?"));
            c.add("(source_level IN (" + list + ") OR target_level IN (" + list + "))");
            p.addAll(lv);
            p.addAll(lv);
        }
        List<Object> m = new ArrayList<>();
        for (Modality x : modalities) m.add(x.id());
        inValues(c, p, m, "modality");
        if (codedOnly) {
            c.add("code IS NOT NULL");
        }
        return new Sql(c.isEmpty() ? "TRUE" : String.join(" AND ", c), p);
    }

    private static void in(List<String> c, List<Object> p, Collection<?> values, String test) {
        if (values.isEmpty()) {
            return;
        }
        List<String> ors = new ArrayList<>();
        for (Object v : values) {
            ors.add(test);
            p.add(v);
        }
        c.add("(" + String.join(" OR ", ors) + ")");
    }

    private static void inValues(List<String> c, List<Object> p, Collection<?> values, String column) {
        if (values.isEmpty()) {
            return;
        }
        c.add(column + " IN (" + String.join(", ", java.util.Collections.nCopies(values.size(), "?")) + ")");
        p.addAll(values);
    }

    /** A fragment of SQL and its positional parameters, in order. */
    public record Sql(String text, List<Object> params) {
        public Sql {
            params = List.copyOf(params);
        }
    }

    /** Mutable builder. */
    public static final class Builder {
        private String countryA;
        private String countryB;
        private boolean directed;
        private LocalDate from;
        private LocalDate to;
        private final Set<String> codes = new LinkedHashSet<>();
        private final Set<String> roots = new LinkedHashSet<>();
        private final Set<QuadClass> quads = EnumSet.noneOf(QuadClass.class);
        private final Set<Dimension> dims = EnumSet.noneOf(Dimension.class);
        private final Set<Origin> origins = EnumSet.noneOf(Origin.class);
        private final Set<String> actors = new LinkedHashSet<>();
        private String person;
        private final Set<RoleLevel> levels = EnumSet.noneOf(RoleLevel.class);
        private final Set<Modality> modalities = EnumSet.noneOf(Modality.class);
        private boolean codedOnly;
        private int limit;
        private int offset;

        /** Events between two countries in either direction. */
        public Builder pair(String a, String b) {
            countryA = a;
            countryB = b;
            directed = false;
            return this;
        }

        /** Events with {@code source} acting on {@code target}. */
        public Builder directed(String source, String target) {
            countryA = source;
            countryB = target;
            directed = true;
            return this;
        }

        /**
         * Events of a pair ({@code a} acting on {@code b} when {@code directed}), or involving
         * {@code a} when {@code b} is null; no country filter when both are null.
         */
        public Builder countries(String a, String b, boolean directed) {
            if (a != null && b != null) {
                return directed ? directed(a, b) : pair(a, b);
            }
            countryA = a;
            countryB = b;
            this.directed = false;
            return this;
        }

        /** Events involving one country, on either side. */
        public Builder involving(String country) {
            countryA = country;
            countryB = null;
            directed = false;
            return this;
        }

        public Builder from(LocalDate d) { from = d; return this; }
        public Builder to(LocalDate d) { to = d; return this; }
        public Builder code(String c) { codes.add(c); return this; }
        public Builder root(String r) { roots.add(r.length() == 1 ? "0" + r : r); return this; }
        public Builder quadClass(QuadClass q) { quads.add(q); return this; }
        public Builder dimension(Dimension d) { dims.add(d); return this; }
        public Builder origin(Origin o) { origins.add(o); return this; }
        public Builder actor(String prefix) { actors.add(prefix); return this; }
        public Builder person(String p) { person = p; return this; }
        public Builder level(RoleLevel l) { levels.add(l); return this; }
        public Builder modality(Modality m) { modalities.add(m); return this; }
        public Builder codedOnly(boolean b) { codedOnly = b; return this; }
        public Builder limit(int n) { limit = n; return this; }
        public Builder offset(int n) { offset = n; return this; }

        public EventQuery build() {
            return new EventQuery(countryA, countryB, directed, from, to, codes, roots, quads, dims, origins,
                    actors, person, levels, modalities, codedOnly, limit, offset);
        }
    }
}
