package org.dyad.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dyad.analysis.Analysis;
import org.dyad.analysis.AnalysisException;
import org.dyad.analysis.LeadLag;
import org.dyad.analysis.Triad;
import org.dyad.analysis.change.PhaseFinder;
import org.dyad.analysis.series.Measure;
import org.dyad.analysis.series.SeriesRequest;
import org.dyad.analysis.series.TimeSeries;
import org.dyad.model.Event;
import org.dyad.model.ontology.Country;
import org.dyad.store.DateRule;
import org.dyad.store.DyadStore;
import org.dyad.store.EventQuery;
import org.dyad.store.Granularity;
import org.dyad.store.PairStats;
import org.dyad.store.Phase;

/**
 * Everything a report on one pair shows, read from the store once: yearly figures, events by
 * dimension, top event codes, counts by origin, asserted phases, the events themselves (up to a
 * limit, for the timeline and the table), and the analyses of dyad-analysis: phases found in the
 * yearly series, reciprocity (does A's behaviour towards B lead B's towards A?) and third parties.
 */
public record PairReport(Country a, Country b, EventQuery query, List<PairStats.Year> years,
                         List<PairStats.DimensionYear> dimensions, List<PairStats.CodeCount> topCodes,
                         Map<String, Long> byOrigin, List<Phase> phases, List<Event> events, long totalEvents,
                         Analyses analyses) {

    /**
     * The analyses of the pair; a result is null when the data cannot carry it, with a note saying
     * why. {@code directed} holds the monthly series of each direction the lead–lag test compares.
     */
    public record Analyses(PhaseFinder.Result found, String foundNote, LeadLag.Result leadLag, TimeSeries directed,
                           String leadLagNote, Triad.Result triad, String triadNote) {
    }

    /** Third states the report compares the pair with. */
    public static final List<String> THIRDS = List.of("TUR", "RUS", "ARM", "USA");
    /** Shifts of the lead–lag permutation tests (seeded: the same store gives the same p-values). */
    public static final int PERMUTATIONS = 199;

    /** Events shown in the timeline and table at most; the figures always cover all events. */
    public static final int EVENT_LIMIT = 5000;

    public static PairReport build(DyadStore store, Country a, Country b, EventQuery query) {
        PairStats stats = new PairStats(store);
        long total = store.events().count(query);
        List<Event> events = new ArrayList<>(store.events().query(query.toBuilder().limit(EVENT_LIMIT).build()));
        return new PairReport(a, b, query, stats.years(query), stats.dimensionsByYear(query),
                stats.topCodes(query, PairData.TOP_CODES), stats.byOrigin(query),
                store.phases().forPair(a.cameo(), b.cameo()), events, total, analyses(store, query));
    }

    private static Analyses analyses(DyadStore store, EventQuery query) {
        Analysis analysis = new Analysis(store);
        EventQuery q = query.toBuilder().limit(0).offset(0).build();
        SeriesRequest yearly = new SeriesRequest(q, Granularity.YEAR, DateRule.SPREAD, false);
        SeriesRequest monthly = new SeriesRequest(q, Granularity.MONTH, DateRule.SPREAD, false);
        LeadLag.Options o = LeadLag.Options.defaults();
        LeadLag.Options test = new LeadLag.Options(o.lags(), o.lagMax(), o.criterion(), PERMUTATIONS, o.seed(), o.alpha());
        PhaseFinder.Result found = null;
        String foundNote = null;
        try {
            found = analysis.phases(yearly, Measure.GOLDSTEIN_MEAN, PhaseFinder.Options.defaults());
        } catch (AnalysisException e) {
            foundNote = e.getMessage();
        }
        LeadLag.Result leadLag = null;
        TimeSeries directed = null;
        String leadLagNote = null;
        try {
            leadLag = analysis.reciprocity(monthly, Measure.GOLDSTEIN_SUM, test);
            directed = analysis.directedPair(monthly, Measure.GOLDSTEIN_SUM);
        } catch (AnalysisException e) {
            leadLagNote = e.getMessage();
        }
        Triad.Result triad = null;
        String triadNote = null;
        try {
            triad = analysis.triad(monthly, THIRDS.stream().filter(t -> !t.equals(q.countryA()) && !t.equals(q.countryB()))
                    .toList(), Measure.GOLDSTEIN_SUM, test);
        } catch (AnalysisException e) {
            triadNote = e.getMessage();
        }
        return new Analyses(found, foundNote, leadLag, directed, leadLagNote, triad, triadNote);
    }

    public String title() {
        return a.name() + " – " + b.name();
    }

    /** The figures as the charts read them. */
    public PairData.Summary summary() {
        return PairData.summary(query, totalEvents, byOrigin, years, dimensions, topCodes);
    }
}
