package org.dyad.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.dyad.analysis.LeadLag;
import org.dyad.analysis.series.SeriesRequest;
import org.dyad.model.ActorCode;
import org.dyad.model.CameoCode;
import org.dyad.model.Dimension;
import org.dyad.model.FuzzyDate;
import org.dyad.model.Modality;
import org.dyad.model.Origin;
import org.dyad.model.QuadClass;
import org.dyad.model.RoleLevel;
import org.dyad.model.ontology.Country;
import org.dyad.model.ontology.Ontology;
import org.dyad.store.DateRule;
import org.dyad.store.EventQuery;
import org.dyad.store.Granularity;

/**
 * The query parameters of one request, checked: unknown names, repeated single values, values too
 * long or too many, numbers out of range and unknown codes are refused with a message naming the
 * parameter. List parameters may repeat or be comma-separated. Values only ever reach the store as
 * bound parameters of an {@link EventQuery}.
 */
final class QueryParams {
    /** The event filters, shared by every endpoint that selects events. */
    static final Set<String> FILTERS = Set.of("a", "b", "directed", "from", "to", "code", "root", "quad", "dimension",
            "origin", "actor", "person", "level", "modality");
    static final Set<String> PAGING = Set.of("limit", "offset");
    /** How a series is built: the period, the rule for imprecise dates, normalisation by volume. */
    static final Set<String> SERIES = Set.of("period", "dates", "normalise");
    /** The lead–lag test's settings. */
    static final Set<String> TEST = Set.of("lags", "permutations", "seed");
    /** Permutations of the lead–lag test when not asked: enough for p-values to two decimals, quick to answer. */
    static final int DEFAULT_PERMUTATIONS = 199;
    static final int MAX_VALUE_LENGTH = 200;
    static final int MAX_VALUES = 50;
    private static final Pattern ROOT = Pattern.compile("0?[1-9]|1[0-9]|20");

    private final Map<String, List<String>> params;

    private QueryParams(Map<String, List<String>> params) {
        this.params = params;
    }

    /** Checks that every parameter is one of {@code accepted}. */
    static QueryParams of(Map<String, List<String>> params, Set<String> accepted) {
        for (Map.Entry<String, List<String>> e : params.entrySet()) {
            if (!accepted.contains(e.getKey())) {
                throw ApiException.badRequest("unknown parameter '" + clip(e.getKey()) + "'; this endpoint accepts: "
                        + String.join(", ", new TreeSet<>(accepted)));
            }
            if (e.getValue().size() > MAX_VALUES) {
                throw ApiException.badRequest("too many values for '" + e.getKey() + "' (at most " + MAX_VALUES + ")");
            }
            for (String v : e.getValue()) {
                if (v.length() > MAX_VALUE_LENGTH) {
                    throw ApiException.badRequest("the value of '" + e.getKey() + "' is longer than "
                            + MAX_VALUE_LENGTH + " characters");
                }
            }
        }
        return new QueryParams(params);
    }

    private static String clip(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    /** A parameter given at most once; null when absent or empty. */
    String one(String name) {
        List<String> v = params.get(name);
        if (v == null || v.isEmpty()) {
            return null;
        }
        if (v.size() > 1) {
            throw ApiException.badRequest("'" + name + "' is given " + v.size() + " times; give it once");
        }
        String s = v.get(0).trim();
        return s.isEmpty() ? null : s;
    }

    /** Every value of a list parameter, repeated or comma-separated, blanks dropped. */
    List<String> many(String name) {
        List<String> out = new ArrayList<>();
        for (String v : params.getOrDefault(name, List.of())) {
            for (String part : v.split(",")) {
                if (!part.isBlank()) {
                    out.add(part.trim());
                }
            }
        }
        if (out.size() > MAX_VALUES) {
            throw ApiException.badRequest("too many values for '" + name + "' (at most " + MAX_VALUES + ")");
        }
        return out;
    }

    int integer(String name, int absent, int min, int max) {
        String s = one(name);
        if (s == null) {
            return absent;
        }
        int v;
        try {
            v = Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("'" + name + "' must be a whole number, got '" + clip(s) + "'");
        }
        if (v < min || v > max) {
            throw ApiException.badRequest("'" + name + "' must be between " + min + " and " + max + ", got " + v);
        }
        return v;
    }

    boolean bool(String name) {
        String s = one(name);
        if (s == null || s.equals("false") || s.equals("0")) {
            return false;
        }
        if (s.equals("true") || s.equals("1")) {
            return true;
        }
        throw ApiException.badRequest("'" + name + "' must be true or false, got '" + clip(s) + "'");
    }

    /** A country as a CAMEO/ISO code or a name; null when absent. */
    Country country(String name) {
        String s = one(name);
        return s == null ? null : named(name, () -> Ontology.standard().countries().resolve(s));
    }

    /** Runs a parse, prefixing the parameter's name to the model's message when it fails. */
    private static <T> T named(String name, java.util.function.Supplier<T> parse) {
        try {
            return parse.get();
        } catch (ApiException e) {
            throw e;
        } catch (RuntimeException e) {
            throw ApiException.badRequest("'" + name + "': " + e.getMessage());
        }
    }

    /** The event query these parameters describe, with a limit of 1..{@code maxLimit} (default {@code defaultLimit}). */
    EventQuery eventQuery(int defaultLimit, int maxLimit) {
        EventQuery.Builder q = filters();
        q.limit(integer("limit", defaultLimit, 1, maxLimit));
        q.offset(integer("offset", 0, 0, 100_000_000));
        return q.build();
    }

    /** The event filters of these parameters, without paging. */
    EventQuery.Builder filters() {
        EventQuery.Builder q = EventQuery.builder();
        Country a = country("a");
        Country b = country("b");
        boolean directed = bool("directed");
        if (b != null && a == null) {
            throw ApiException.badRequest("'b' needs 'a': give the first country too");
        }
        q.countries(a == null ? null : a.cameo(), b == null ? null : b.cameo(), directed);
        String from = one("from");
        String to = one("to");
        LocalDate fromDay = from == null ? null : named("from", () -> FuzzyDate.parse(from).earliest());
        LocalDate toDay = to == null ? null : named("to", () -> FuzzyDate.parse(to).latest());
        if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
            throw ApiException.badRequest("'to' (" + to + ") is before 'from' (" + from + ")");
        }
        q.from(fromDay).to(toDay);
        for (String c : many("code")) {
            q.code(named("code", () -> Ontology.standard().cameo().get(CameoCode.of(c)).code().code()));
        }
        for (String r : many("root")) {
            if (!ROOT.matcher(r).matches()) {
                throw ApiException.badRequest("'root': unknown CAMEO root '" + clip(r) + "', expected 01 to 20");
            }
            q.root(r);
        }
        many("quad").forEach(s -> q.quadClass(named("quad", () -> QuadClass.parse(s))));
        many("dimension").forEach(s -> q.dimension(named("dimension", () -> Dimension.parse(s))));
        many("origin").forEach(s -> q.origin(named("origin", () -> Origin.parse(s))));
        many("actor").forEach(s -> q.actor(named("actor", () -> ActorCode.of(s).code())));
        many("level").forEach(s -> q.level(named("level", () -> RoleLevel.parse(s))));
        many("modality").forEach(s -> q.modality(named("modality", () -> Modality.parse(s))));
        String person = one("person");
        if (person != null) {
            q.person(person);
        }
        return q;
    }

    /** The series these parameters describe: the event filters, {@code period} (default given) and {@code dates}. */
    SeriesRequest seriesRequest(Granularity defaultPeriod) {
        EventQuery q = filters().build();
        String period = one("period");
        String dates = one("dates");
        Granularity g = period == null ? defaultPeriod : named("period", () -> Granularity.parse(period));
        DateRule rule = dates == null ? DateRule.SPREAD : named("dates", () -> DateRule.parse(dates));
        return new SeriesRequest(q, g, rule, bool("normalise"));
    }

    /** The same, for analyses of a pair: both countries are required. */
    SeriesRequest pairSeriesRequest(Granularity defaultPeriod) {
        if (one("a") == null || one("b") == null) {
            throw ApiException.badRequest("give both countries of the pair: a and b (codes such as IRN or names)");
        }
        return seriesRequest(defaultPeriod);
    }

    /** The lead–lag test's options: {@code lags} (chosen by BIC when absent), {@code permutations}, {@code seed}. */
    LeadLag.Options testOptions() {
        LeadLag.Options d = LeadLag.Options.defaults();
        String lags = one("lags");
        Integer p = lags == null ? null : integer("lags", 0, 1, 24);
        long seed = one("seed") == null ? d.seed() : integer("seed", 0, 0, Integer.MAX_VALUE);
        return new LeadLag.Options(p, d.lagMax(), d.criterion(), integer("permutations", DEFAULT_PERMUTATIONS, 0, 999),
                seed, d.alpha());
    }

    /** The names a set of endpoints accepts, in a stable order for messages. */
    @SafeVarargs
    static Set<String> names(Set<String>... sets) {
        Set<String> s = new LinkedHashSet<>();
        for (Set<String> x : sets) {
            s.addAll(x);
        }
        return s;
    }
}
