package org.dyad.store;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.duckdb.DuckDBAppender;
import org.dyad.model.ActorCode;
import org.dyad.model.Dimension;
import org.dyad.model.Event;
import org.dyad.model.FuzzyDate;
import org.dyad.model.Modality;
import org.dyad.model.Origin;
import org.dyad.model.Provenance;
import org.dyad.model.QuadClass;
import org.dyad.model.RoleLevel;
import org.dyad.model.json.Json;
import org.dyad.model.json.JsonWriter;

/** Maps an {@link Event} to a row of the {@code events} table and back; the column order is the table's. */
final class EventRows {
    private EventRows() {
    }

    /** The columns of {@code events} in table order, for SELECT lists. */
    static final String COLUMNS = "id, date, date_end, precision, day_start, day_end, date_text, source, target,"
            + " source_country, target_country, source_name, source_role, target_name, target_role, code, root,"
            + " quad_class, goldstein, dimensions, location, quantities, modality, origin, origin_ref, doc,"
            + " char_start, char_end, quote, citation, summary, confidence, reports, report_ids, flags, batch_id,"
            + " source_level, target_level";

    static void append(DuckDBAppender a, Event e, long batchId) throws SQLException {
        a.beginRow();
        a.append(e.id());
        FuzzyDate d = e.date();
        if (d == null) {
            a.appendNull().appendNull().appendNull().appendNull().appendNull();
        } else {
            a.append(d.isoStart());
            str(a, d.isoEnd());
            a.append(d.precision().id());
            a.appendEpochDays((int) d.earliest().toEpochDay());
            a.appendEpochDays((int) d.latest().toEpochDay());
        }
        str(a, e.dateText());
        str(a, e.source() == null ? null : e.source().code());
        str(a, e.target() == null ? null : e.target().code());
        str(a, e.sourceCountry());
        str(a, e.targetCountry());
        str(a, e.sourceName());
        str(a, e.sourceRole());
        str(a, e.targetName());
        str(a, e.targetRole());
        str(a, e.code() == null ? null : e.code().code());
        str(a, e.root());
        if (e.quadClass() == null) {
            a.appendNull();
        } else {
            a.append((byte) e.quadClass().number());
        }
        a.append(e.goldstein());
        List<String> dims = new ArrayList<>(e.dimensions().size());
        for (Dimension x : e.dimensions()) {
            dims.add(x.id());
        }
        a.append(dims);
        str(a, e.location());
        str(a, quantities(e.quantities()));
        a.append(e.modality().id());
        a.append(e.origin().id());
        str(a, e.originRef());
        Provenance p = e.provenance();
        str(a, p.doc());
        a.append(p.charStart());
        a.append(p.charEnd());
        str(a, p.quote());
        str(a, p.citation());
        str(a, e.summary());
        a.append(e.confidence());
        a.append(e.reports());
        a.append(e.reportIds());
        a.append(new ArrayList<>(e.flags()));
        a.append(batchId);
        str(a, level(e.sourceRole()));
        str(a, level(e.targetRole()));
        str(a, pair(e.sourceCountry(), e.targetCountry()));
        a.endRow();
    }

    /**
     * The staging file's columns and their types for {@code read_csv}: the columns of {@code events}
     * except {@code batch_id} (set at commit), lists as text (see {@link StagingWriter#list}), and
     * {@code seq}, the row's position in its file, which decides which of two copies comes first.
     */
    static final String STAGED_TYPES = "{'id': 'VARCHAR', 'date': 'VARCHAR', 'date_end': 'VARCHAR',"
            + " 'precision': 'VARCHAR', 'day_start': 'DATE', 'day_end': 'DATE', 'date_text': 'VARCHAR',"
            + " 'source': 'VARCHAR', 'target': 'VARCHAR', 'source_country': 'VARCHAR', 'target_country': 'VARCHAR',"
            + " 'source_name': 'VARCHAR', 'source_role': 'VARCHAR', 'target_name': 'VARCHAR', 'target_role': 'VARCHAR',"
            + " 'code': 'VARCHAR', 'root': 'VARCHAR', 'quad_class': 'TINYINT', 'goldstein': 'DOUBLE',"
            + " 'dimensions': 'VARCHAR', 'location': 'VARCHAR', 'quantities': 'VARCHAR', 'modality': 'VARCHAR',"
            + " 'origin': 'VARCHAR', 'origin_ref': 'VARCHAR', 'doc': 'VARCHAR', 'char_start': 'INTEGER',"
            + " 'char_end': 'INTEGER', 'quote': 'VARCHAR', 'citation': 'VARCHAR', 'summary': 'VARCHAR',"
            + " 'confidence': 'DOUBLE', 'reports': 'INTEGER', 'report_ids': 'VARCHAR', 'flags': 'VARCHAR',"
            + " 'source_level': 'VARCHAR', 'target_level': 'VARCHAR', 'seq': 'BIGINT'}";

    /** True when the id is {@code origin:origin_ref}, as importers make them. */
    private static boolean isImportedId(Event e) {
        String ref = e.originRef();
        String o = ORIGINS[e.origin().ordinal()];
        String id = e.id();
        return ref != null && id.length() == o.length() + 1 + ref.length() && id.startsWith(o)
                && id.charAt(o.length()) == ':' && id.endsWith(ref);
    }

    /**
     * A staging file as a table, with the values {@link #stage} left out put back: a SQL
     * expression for FROM.
     */
    static String staged(String reader, Origin batchOrigin) {
        String o = "'" + ORIGINS[batchOrigin.ordinal()] + "'";
        return "(SELECT * REPLACE (coalesce(id, coalesce(origin, " + o + ") || ':' || origin_ref) AS id,"
                + " coalesce(day_end, day_start) AS day_end, coalesce(modality, 'asserted') AS modality,"
                + " coalesce(origin, " + o + ") AS origin) FROM " + reader + ")";
    }

    /**
     * The narrow staging file's columns: the row's position, its id, a 64-bit hash of its
     * near-duplicate key (null when the event lacks a day, an actor or a code), its first day, and
     * the reports it already counts.
     */
    static final String KEY_TYPES = "{'seq': 'BIGINT', 'id': 'VARCHAR', 'key': 'BIGINT', 'day_start': 'DATE',"
            + " 'reports': 'INTEGER', 'report_ids': 'VARCHAR'}";

    /** Writes an event's row of the narrow staging file (columns as in {@link #KEY_TYPES}). */
    static void stageKey(StagingWriter w, Event e, long seq) throws java.io.IOException {
        w.number(seq);
        w.text(e.id());
        if (e.date() == null || e.source() == null || e.target() == null || e.code() == null) {
            w.nul();
        } else {
            w.number(nearDuplicateKey(e));
        }
        w.date(e.date() == null ? null : e.date().earliest());
        w.number(e.reports());
        w.list(e.reportIds());
        w.endRow();
    }

    /**
     * A hash of what makes two events near-duplicates: origin, first and last day, actor codes,
     * actor names and event code. 64 bits: two different keys among ten million rows share a hash
     * with a probability of about one in two hundred thousand.
     */
    static long nearDuplicateKey(Event e) {
        long h = 0x243F6A8885A308D3L;
        h = mix(h, e.origin().ordinal());
        h = mix(h, e.date().earliest().toEpochDay());
        h = mix(h, e.date().latest().toEpochDay());
        h = mix(h, text(e.source().code()));
        h = mix(h, text(e.target().code()));
        h = mix(h, text(e.sourceName()));
        h = mix(h, text(e.targetName()));
        return mix(h, text(e.code().code()));
    }

    private static long text(String s) {
        if (s == null) {
            return 0x9E3779B97F4A7C15L;
        }
        long h = 0xCBF29CE484222325L;
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x100000001B3L;
        }
        return h ^ s.length();
    }

    /** Combines with the finaliser of MurmurHash3, so that every input bit moves every output bit. */
    private static long mix(long h, long v) {
        long x = (h ^ v) * 0xFF51AFD7ED558CCDL;
        x ^= x >>> 33;
        x *= 0xC4CEB9FE1A85EC53L;
        return x ^ (x >>> 33);
    }

    private static final String[] PRECISIONS = ids(org.dyad.model.Precision.values());
    private static final String[] MODALITIES = ids(Modality.values());
    private static final String[] ORIGINS = ids(Origin.values());

    /** Lower-case enum names, computed once rather than per row. */
    private static String[] ids(Enum<?>[] values) {
        String[] s = new String[values.length];
        for (Enum<?> v : values) {
            s[v.ordinal()] = v.name().toLowerCase(java.util.Locale.ROOT);
        }
        return s;
    }

    /**
     * Writes an event as one staging row (columns as in {@link #STAGED_TYPES}). Values the commit
     * can derive are left out, to spare DuckDB's reader bytes: the id when it is the batch's
     * origin and the record id ({@code gdelt1:123}), the last day when it is the first, the
     * origin when it is the batch's, the modality when it is {@code asserted}; {@link #staged}
     * puts them back.
     */
    static void stage(StagingWriter w, Event e, long seq, Origin batchOrigin) throws java.io.IOException {
        boolean ownOrigin = e.origin() == batchOrigin;
        w.text(ownOrigin && isImportedId(e) ? null : e.id());
        FuzzyDate d = e.date();
        if (d == null) {
            w.nul(); w.nul(); w.nul(); w.nul(); w.nul();
        } else {
            if (d.precision() == org.dyad.model.Precision.DAY && d.earliest().equals(d.latest())) {
                // a single day, the common case: its text is the ISO date, with no end
                w.date(d.earliest());
                w.nul();
            } else {
                w.text(d.isoStart());
                w.text(d.isoEnd());
            }
            w.text(PRECISIONS[d.precision().ordinal()]);
            w.date(d.earliest());
            w.date(d.latest().equals(d.earliest()) ? null : d.latest());
        }
        w.text(e.dateText());
        w.text(e.source() == null ? null : e.source().code());
        w.text(e.target() == null ? null : e.target().code());
        w.text(e.sourceCountry());
        w.text(e.targetCountry());
        w.text(e.sourceName());
        w.text(e.sourceRole());
        w.text(e.targetName());
        w.text(e.targetRole());
        w.text(e.code() == null ? null : e.code().code());
        w.text(e.root());
        w.number(e.quadClass() == null ? null : e.quadClass().number());
        w.number(e.goldstein());
        List<String> dims = new ArrayList<>(e.dimensions().size());
        for (Dimension x : e.dimensions()) {
            dims.add(x.id());
        }
        w.list(dims);
        w.text(e.location());
        w.text(quantities(e.quantities()));
        w.text(e.modality() == Modality.ASSERTED ? null : MODALITIES[e.modality().ordinal()]);
        w.text(ownOrigin ? null : ORIGINS[e.origin().ordinal()]);
        w.text(e.originRef());
        Provenance p = e.provenance();
        w.text(p.doc());
        w.number(p.charStart());
        w.number(p.charEnd());
        w.text(p.quote());
        w.text(p.citation());
        w.text(e.summary());
        w.number(e.confidence());
        w.number(e.reports());
        w.list(e.reportIds());
        w.list(e.flags());
        w.text(level(e.sourceRole()));
        w.text(level(e.targetRole()));
        w.number(seq);
        w.endRow();
    }

    private static void str(DuckDBAppender a, String s) throws SQLException {
        if (s == null) {
            a.appendNull();
        } else {
            a.append(s);
        }
    }

    /** The level of an office, stored so queries can filter on it; null without a role. */
    /** The unordered pair key as the {@code dyad_pair} macro computes it ({@code AZE-IRN}); null without both. */
    static String pair(String a, String b) {
        if (a == null || b == null) {
            return null;
        }
        return a.compareTo(b) <= 0 ? a + "-" + b : b + "-" + a;
    }

    static String level(String role) {
        return role == null ? null : RoleLevel.fromTitle(role).id();
    }

    static String quantities(Map<String, Double> q) {
        if (q.isEmpty()) {
            return null;
        }
        StringBuilder b = new StringBuilder(16 * q.size());
        if (simple(q)) {
            // the common case (counts under plain names) without the general JSON writer
            b.append('{');
            for (Map.Entry<String, Double> en : q.entrySet()) {
                if (b.length() > 1) {
                    b.append(',');
                }
                double v = en.getValue();
                b.append('"').append(en.getKey()).append("\":").append((long) v);
            }
            return b.append('}').toString();
        }
        new JsonWriter(b).value(q);
        return b.toString();
    }

    /** True when every name is plain ASCII letters, digits or underscores and every value a whole number. */
    private static boolean simple(Map<String, Double> q) {
        for (Map.Entry<String, Double> en : q.entrySet()) {
            double v = en.getValue();
            if (v != Math.rint(v) || Math.abs(v) > 1e15) {
                return false;
            }
            for (int i = 0; i < en.getKey().length(); i++) {
                char c = en.getKey().charAt(i);
                if (!(c < 0x80 && (Character.isLetterOrDigit(c) || c == '_'))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Reads the current row of a result set selected with {@link #COLUMNS}. */
    static Event read(ResultSet rs) throws SQLException {
        Event.Builder b = Event.builder().id(rs.getString(1));
        String date = rs.getString(2);
        if (date != null) {
            b.date(FuzzyDate.parse(date, rs.getString(3), rs.getString(4)));
        }
        b.dateText(rs.getString(7));
        b.source(ActorCode.ofNullable(rs.getString(8)));
        b.target(ActorCode.ofNullable(rs.getString(9)));
        b.sourceCountry(rs.getString(10)).targetCountry(rs.getString(11));
        b.sourceName(rs.getString(12)).sourceRole(rs.getString(13));
        b.targetName(rs.getString(14)).targetRole(rs.getString(15));
        b.code(rs.getString(16));
        int quad = rs.getInt(18);
        b.quadClass(rs.wasNull() ? null : QuadClass.of(quad));
        double g = rs.getDouble(19);
        b.goldstein(rs.wasNull() ? null : g);
        Set<Dimension> dims = EnumSet.noneOf(Dimension.class);
        for (String s : strings(rs.getArray(20))) {
            dims.add(Dimension.parse(s));
        }
        b.dimensions(dims);
        b.location(rs.getString(21));
        String q = rs.getString(22);
        if (q != null) {
            Map<String, Double> qm = new TreeMap<>();
            for (Map.Entry<String, Object> en : Json.parseObject(q).entrySet()) {
                qm.put(en.getKey(), ((Number) en.getValue()).doubleValue());
            }
            b.quantities(qm);
        }
        b.modality(Modality.parse(rs.getString(23)));
        b.origin(Origin.parse(rs.getString(24)));
        b.originRef(rs.getString(25));
        int cs = rs.getInt(27);
        Integer charStart = rs.wasNull() ? null : cs;
        int ce = rs.getInt(28);
        Integer charEnd = rs.wasNull() ? null : ce;
        b.provenance(new Provenance(rs.getString(26), charStart, charEnd, rs.getString(29), rs.getString(30)));
        b.summary(rs.getString(31));
        double conf = rs.getDouble(32);
        b.confidence(rs.wasNull() ? null : conf);
        b.reports(rs.getInt(33));
        b.reportIds(strings(rs.getArray(34)));
        b.flags(new LinkedHashSet<>(strings(rs.getArray(35))));
        return b.build();
    }

    static List<String> strings(Array a) throws SQLException {
        if (a == null) {
            return List.of();
        }
        Object[] arr = (Object[]) a.getArray();
        List<String> l = new ArrayList<>(arr.length);
        for (Object o : arr) {
            l.add(String.valueOf(o));
        }
        return l;
    }

    static Date sqlDate(java.time.LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }
}
