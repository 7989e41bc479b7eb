package org.dyad.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dyad.model.Dimension;
import org.dyad.model.Event;
import org.dyad.model.ontology.Ontology;
import org.dyad.store.DyadStore;
import org.dyad.store.EventQuery;
import org.dyad.store.PairStats;
import org.dyad.store.Phase;

/**
 * The data of a pair as the charts read it, in the report and in the dashboard alike: records
 * written as JSON with snake_case names (the names of the event format) by {@link
 * org.dyad.analysis.AnalysisJson}, like the analysis results.
 * Dates are ISO strings.
 */
public final class PairData {
    private PairData() {
    }

    /**
     * One event as the API shows it: the event-format fields, plus {@code day} and {@code day_end}
     * (the first and last day its date may mean) and the name of its CAMEO code.
     */
    public record EventView(String id, String date, String dateEnd, String precision, String day, String dayEnd,
                            String dateText, String source, String target, String sourceCountry,
                            String targetCountry, String sourceName, String sourceRole, String targetName,
                            String targetRole, String code, String codeName, String root, Integer quadClass,
                            Double goldstein, List<String> dimensions, String location, Map<String, Double> quantities,
                            String modality, String origin, String originRef, String doc, Integer charStart,
                            Integer charEnd, String quote, String citation, String summary, Double confidence,
                            int reports, List<String> flags) {

        public static EventView of(Event e) {
            String code = e.code() == null ? null : e.code().code();
            String codeName = PairData.codeName(code);
            var p = e.provenance();
            return new EventView(e.id(), e.date() == null ? null : e.date().isoStart(),
                    e.date() == null || !e.date().isRange() ? null : e.date().isoEnd(),
                    e.date() == null ? null : e.date().precision().id(),
                    e.date() == null ? null : e.date().earliest().toString(),
                    e.date() == null ? null : e.date().latest().toString(), e.dateText(),
                    e.source() == null ? null : e.source().code(), e.target() == null ? null : e.target().code(),
                    e.sourceCountry(), e.targetCountry(), e.sourceName(), e.sourceRole(), e.targetName(),
                    e.targetRole(), code, codeName, e.root(), e.quadClass() == null ? null : e.quadClass().number(),
                    e.goldstein(), e.dimensions().stream().map(Dimension::id).toList(), e.location(),
                    e.quantities().isEmpty() ? null : e.quantities(), e.modality().id(), e.origin().id(),
                    e.originRef(), p.doc(), p.charStart(), p.charEnd(), p.quote(), p.citation(), e.summary(),
                    e.confidence(), e.reports(), e.flags().isEmpty() ? null : List.copyOf(e.flags()));
        }
    }

    /** A phase of the relationship, asserted by a source or found in the data. */
    public record PhaseView(String id, String label, String from, String to, String day, String dayEnd, String tone,
                            int level, String citation, String summary, String origin) {

        public static PhaseView of(Phase p) {
            String to = p.to() == null ? null : p.to().isRange() ? p.to().isoEnd() : p.to().isoStart();
            return new PhaseView(p.id(), p.label(), p.from().isoStart(), to, p.from().earliest().toString(),
                    p.to() == null ? null : p.to().latest().toString(), p.tone(), p.level(), p.citation(),
                    p.summary(), p.origin());
        }
    }

    /** One year of a pair: events per quad class (index 0 uncoded, 1..4) and the Goldstein sum. */
    public record YearView(int year, long events, List<Long> quads, double goldsteinSum) {
    }

    /** Events of one dimension in one year. */
    public record DimensionYearView(int year, String dimension, long events) {
    }

    /** An event code with its count and name. */
    public record CodeView(String code, String name, long events) {
    }

    /** The figures of the events a query selects. */
    public record Summary(String a, String b, long total, Map<String, Long> byOrigin, List<YearView> years,
                          List<DimensionYearView> dimensions, List<CodeView> topCodes) {
    }

    /** Event codes listed in a summary. */
    public static final int TOP_CODES = 12;

    /** The figures of the events a query selects, computed in the store (limit and offset ignored). */
    public static Summary summary(DyadStore store, EventQuery query) {
        EventQuery q = query.toBuilder().limit(0).offset(0).build();
        PairStats stats = new PairStats(store);
        return summary(q, store.events().count(q), stats.byOrigin(q), stats.years(q), stats.dimensionsByYear(q),
                stats.topCodes(q, TOP_CODES));
    }

    /** The figures of a query as the charts read them, from what the store computed. */
    public static Summary summary(EventQuery q, long total, Map<String, Long> byOrigin, List<PairStats.Year> years,
                                  List<PairStats.DimensionYear> dimensions, List<PairStats.CodeCount> topCodes) {
        List<YearView> ys = new ArrayList<>();
        for (PairStats.Year y : years) {
            ys.add(new YearView(y.year(), y.events(), java.util.Arrays.stream(y.byQuad()).boxed().toList(),
                    y.goldsteinSum()));
        }
        List<DimensionYearView> dims = new ArrayList<>();
        for (PairStats.DimensionYear d : dimensions) {
            dims.add(new DimensionYearView(d.year(), d.dimension(), d.events()));
        }
        List<CodeView> codes = new ArrayList<>();
        for (PairStats.CodeCount c : topCodes) {
            codes.add(new CodeView(c.code(), codeName(c.code()), c.events()));
        }
        return new Summary(q.countryA(), q.countryB(), total, byOrigin, ys, dims, codes);
    }

    /** The CAMEO name of an event code, or null for an unknown one. */
    public static String codeName(String code) {
        return code == null ? null : Ontology.standard().cameo().find(code).map(t -> t.name()).orElse(null);
    }
}
