package org.dyad.analysis;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.analysis.change.PhaseFinder;
import org.dyad.analysis.series.CsvSeries;
import org.dyad.analysis.series.SeriesBuilder;
import org.dyad.analysis.series.SeriesRequest;
import org.dyad.analysis.series.TimeSeries;
import org.dyad.store.DyadStore;
import org.dyad.store.EventQuery;
import org.dyad.store.Phase;
import org.dyad.store.SeriesQueries;

/**
 * The analyses of a relationship, for the CLI, the dashboard and the report: series from the store
 * or a CSV file, phases found by change points beside asserted ones, lead–lag tests, third
 * parties and the dialogue-before-cooperation question. Results are plain records ({@link
 * AnalysisJson} writes any of them; {@link Charts} draws them). Thread use: one instance per thread
 * is cheap; the store hands each thread its own connection.
 */
public final class Analysis {
    private final DyadStore store;
    private final SeriesBuilder builder;

    public Analysis(DyadStore store) {
        this.store = store;
        this.builder = new SeriesBuilder(store);
    }

    /** The series of the events a request selects, one row per period. */
    public TimeSeries series(SeriesRequest r) {
        return builder.build(r);
    }

    /** The events counted in the period holding {@code day}, with their shares; at most {@code limit} (0: all). */
    public List<SeriesQueries.WeightedEvent> explain(SeriesRequest r, LocalDate day, int limit) {
        return builder.explain(r, day, limit);
    }

    /** A series from a delimited file (see {@link CsvSeries}). */
    public static TimeSeries readCsv(Path file, String dateColumn) {
        return CsvSeries.read(file, dateColumn);
    }

    /** Phases of any series, compared with the given asserted phases (may be empty). */
    public static PhaseFinder.Result phases(TimeSeries s, String column, PhaseFinder.Options o, List<Phase> asserted) {
        return PhaseFinder.find(s, column, o, asserted);
    }

    /** Phases of a pair's series beside the phases asserted for the pair in the store (case studies). */
    public PhaseFinder.Result phases(SeriesRequest r, String column, PhaseFinder.Options o) {
        EventQuery q = r.query();
        List<Phase> asserted = q.countryA() != null && q.countryB() != null
                ? store.phases().forPair(q.countryA(), q.countryB()) : List.of();
        return PhaseFinder.find(series(r), column, o, asserted);
    }

    public static LeadLag.Result leadLag(TimeSeries s, String cause, String effect, LeadLag.Options o) {
        return LeadLag.run(s, cause, effect, o);
    }

    /**
     * Reciprocity: the {@code column} of A→B against B→A (the request's pair, its filters, any direction
     * setting ignored). The columns are named {@code A->B} and {@code B->A}.
     */
    public LeadLag.Result reciprocity(SeriesRequest r, String column, LeadLag.Options o) {
        return LeadLag.run(directedPair(r, column), forward(r), backward(r), o);
    }

    /** A→B and B→A values of {@code column} over the same periods, named {@code A->B} and {@code B->A}. */
    public TimeSeries directedPair(SeriesRequest r, String column) {
        EventQuery q = requirePair(r.query());
        LocalDate[] span = span(q);
        EventQuery.Builder window = q.toBuilder().from(span[0]).to(span[1]);
        TimeSeries ab = series(r.withQuery(window.directed(q.countryA(), q.countryB()).build()));
        TimeSeries ba = series(r.withQuery(window.directed(q.countryB(), q.countryA()).build()));
        TimeSeries empty = new TimeSeries(q.countryA() + "–" + q.countryB() + " both ways", r.granularity(), ab.periods(),
                ab.labels(), java.util.Map.of(), List.of());
        return empty.with(rename(ab.select(List.of(column)), column, forward(r)), "")
                .with(rename(ba.select(List.of(column)), column, backward(r)), "");
    }

    /** The one column {@code from} of {@code s}, named {@code to}, its notes prefixed with the new name. */
    private static TimeSeries rename(TimeSeries s, String from, String to) {
        List<String> notes = new ArrayList<>();
        for (String n : s.notes()) notes.add(to + ": " + n);
        return new TimeSeries(s.title(), s.granularity(), s.periods(), s.labels(), java.util.Map.of(to, s.column(from)), notes);
    }

    static String forward(SeriesRequest r) {
        return r.query().countryA() + "->" + r.query().countryB();
    }

    static String backward(SeriesRequest r) {
        return r.query().countryB() + "->" + r.query().countryA();
    }

    /**
     * The pair A–B of the request against each third state C: the A–C and B–C series built with the same
     * filters (undirected), compared on {@code column}.
     */
    public Triad.Result triad(SeriesRequest r, List<String> thirds, String column, LeadLag.Options o) {
        EventQuery q = requirePair(r.query());
        LocalDate[] span = span(q);
        EventQuery base = q.toBuilder().from(span[0]).to(span[1]).build();
        String a = q.countryA();
        String b = q.countryB();
        TimeSeries pair = series(r.withQuery(base.toBuilder().pair(a, b).build()));
        List<TimeSeries> others = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> who = new ArrayList<>();
        for (String c : thirds) {
            if (c.equals(a) || c.equals(b)) {
                throw new AnalysisException("third state " + c + " is one of the pair " + a + "–" + b);
            }
            for (String x : List.of(a, b)) {
                others.add(series(r.withQuery(base.toBuilder().pair(x, c).build())));
                names.add(x + "–" + c);
                who.add(c);
            }
        }
        return Triad.run(a + "–" + b, pair, others, names, who, column, o);
    }

    public DialogueClaim.Result dialogueBeforeCooperation(DialogueClaim.Request r) {
        return DialogueClaim.run(store, r);
    }

    private LocalDate[] span(EventQuery q) {
        if (q.from() != null && q.to() != null) {
            return new LocalDate[] {q.from(), q.to()};
        }
        LocalDate[] s = new SeriesQueries(store).span(q.toBuilder().pair(q.countryA(), q.countryB()).build());
        if (s == null) {
            throw new AnalysisException("no dated events match " + SeriesBuilder.describe(q) + "; widen the filters or"
                    + " load data first");
        }
        return new LocalDate[] {q.from() == null ? s[0] : q.from(), q.to() == null ? s[1] : q.to()};
    }

    private static EventQuery requirePair(EventQuery q) {
        if (q.countryA() == null || q.countryB() == null) {
            throw new AnalysisException("this analysis needs a pair of countries (e.g. IRN AZE)");
        }
        return q;
    }
}
