package org.dyad.analysis.series;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dyad.analysis.AnalysisException;
import org.dyad.store.DyadStore;
import org.dyad.store.EventQuery;
import org.dyad.store.Granularity;
import org.dyad.store.SeriesQueries;

/**
 * Builds a {@link TimeSeries} of the events matching a {@link SeriesRequest}: one row per period
 * from the query's first to last day (or the events' first to last), periods without events
 * filled with zeros, columns as in {@link Measure}. All aggregation runs in the store.
 */
public final class SeriesBuilder {
    private final SeriesQueries queries;

    public SeriesBuilder(DyadStore store) {
        this.queries = new SeriesQueries(store);
    }

    public TimeSeries build(SeriesRequest r) {
        EventQuery q = r.query();
        Granularity g = r.granularity();
        SeriesQueries.Aggregate agg = queries.aggregateWithCoverage(q, g, r.dateRule());
        List<SeriesQueries.Bucket> buckets = agg.buckets();
        LocalDate from = q.from();
        LocalDate to = q.to();
        if (from == null || to == null) {
            // without a window the series runs from the first to the last period with events
            if (buckets.isEmpty()) {
                throw new AnalysisException("no dated events match " + describe(q) + "; widen the filters or load"
                        + " data (dyad import, dyad extract) first");
            }
            from = from == null ? buckets.get(0).start() : from;
            to = to == null ? buckets.get(buckets.size() - 1).start() : to;
        }
        List<LocalDate> periods = periods(g, from, to);
        Map<LocalDate, Integer> index = new HashMap<>();
        for (int i = 0; i < periods.size(); i++) index.put(periods.get(i), i);
        int n = periods.size();
        Map<String, double[]> cols = new LinkedHashMap<>();
        double[] events = col(cols, Measure.EVENTS, n);
        double[][] quads = new double[4][];
        for (int i = 0; i < 4; i++) quads[i] = col(cols, Measure.QUADS[i], n);
        double[][] roots = new double[SeriesQueries.ROOTS][];
        for (int i = 0; i < SeriesQueries.ROOTS; i++) roots[i] = col(cols, Measure.root(i + 1), n);
        double[] gsum = col(cols, Measure.GOLDSTEIN_SUM, n);
        double[] gmean = col(cols, Measure.GOLDSTEIN_MEAN, n);
        double[] net = col(cols, Measure.NET_COOPERATION, n);
        double[] spanning = col(cols, Measure.SPANNING, n);
        double[] weighted = new double[n];
        int empty = n;
        for (SeriesQueries.Bucket b : buckets) {
            Integer i = index.get(b.start());
            if (i == null) {
                continue; // a spread share outside the window asked for
            }
            events[i] = b.events();
            for (int k = 0; k < 4; k++) quads[k][i] = b.quads()[k];
            for (int k = 0; k < SeriesQueries.ROOTS; k++) roots[k][i] = b.roots()[k];
            gsum[i] = b.goldsteinSum();
            weighted[i] = b.goldsteinEvents();
            gmean[i] = b.goldsteinEvents() > 0 ? b.goldsteinSum() / b.goldsteinEvents() : 0;
            net[i] = b.quads()[0] + b.quads()[1] - b.quads()[2] - b.quads()[3];
            spanning[i] = b.spanning();
            if (b.events() > 0) empty--;
        }
        List<String> notes = new ArrayList<>();
        SeriesQueries.Coverage cov = agg.coverage();
        if (cov.undated() > 0) {
            notes.add(cov.undated() + " of " + cov.matching() + " matching events have no date and are not counted");
        }
        if (cov.spanning() > 0) {
            switch (r.dateRule()) {
                case SPREAD:
                    notes.add(cov.spanning() + " events have dates coarser than a " + g.id() + " (or ranges); each is"
                            + " shared among the " + g.id() + "s it spans in proportion to its days (column spanning)");
                    break;
                case EARLIEST:
                    notes.add(cov.spanning() + " events have dates coarser than a " + g.id() + " (or ranges); each is"
                            + " counted whole in its earliest " + g.id() + ", e.g. a year-only date in January (column spanning)");
                    break;
                default:
                    notes.add(cov.spanning() + " events have dates coarser than a " + g.id() + " (or ranges) and are left out");
            }
        }
        if (empty > 0) {
            notes.add(empty + " of " + n + " " + g.id() + "s have no events; goldstein_mean is 0 there by convention");
        }
        if (r.normalise()) {
            normalise(r, periods, index, cols, notes);
        }
        return new TimeSeries(describe(q), g, periods, labels(g, periods), cols, notes);
    }

    private void normalise(SeriesRequest r, List<LocalDate> periods, Map<LocalDate, Integer> index,
                           Map<String, double[]> cols, List<String> notes) {
        EventQuery q = r.query();
        if (q.countryA() == null || q.countryB() == null) {
            throw new AnalysisException("normalising by volume needs a pair of countries");
        }
        // events involving A or B with anyone, each counted once, same origins, modalities and window
        double[] volume = new double[periods.size()];
        for (SeriesQueries.Bucket b : queries.volume(List.of(q.countryA(), q.countryB()), volumeQuery(q).build(),
                r.granularity(), r.dateRule())) {
            Integer i = index.get(b.start());
            if (i != null) volume[i] = b.events();
        }
        cols.put(Measure.VOLUME, volume);
        List<String> scaled = new ArrayList<>(List.of(Measure.EVENTS));
        scaled.addAll(List.of(Measure.QUADS));
        scaled.add(Measure.GOLDSTEIN_SUM);
        scaled.add(Measure.NET_COOPERATION);
        int zero = 0;
        for (double v : volume) if (v <= 0) zero++;
        for (String name : scaled) {
            double[] src = cols.get(name);
            double[] out = new double[src.length];
            for (int i = 0; i < src.length; i++) out[i] = volume[i] > 0 ? 1000.0 * src[i] / volume[i] : 0;
            cols.put(name + Measure.PER_1000, out);
        }
        notes.add("normalised: *_per_1000 = value per 1,000 events involving " + q.countryA() + " or " + q.countryB()
                + " with anyone (origins " + (q.origins().isEmpty() ? "all" : q.origins().toString().toLowerCase(Locale.ROOT))
                + ")" + (zero > 0 ? "; 0 in the " + zero + " periods with no such events" : ""));
    }

    private static EventQuery.Builder volumeQuery(EventQuery q) {
        EventQuery.Builder b = EventQuery.builder().from(q.from()).to(q.to());
        q.origins().forEach(b::origin);
        q.modalities().forEach(b::modality);
        return b;
    }

    /** The events counted in one period of the series, with the share of each counted there. */
    public List<SeriesQueries.WeightedEvent> explain(SeriesRequest r, LocalDate day, int limit) {
        return queries.eventsBehind(r.query(), r.granularity(), r.granularity().start(day), r.dateRule(), limit);
    }

    static List<LocalDate> periods(Granularity g, LocalDate from, LocalDate to) {
        List<LocalDate> l = new ArrayList<>();
        for (LocalDate d = g.start(from); !d.isAfter(to); d = g.next(d)) l.add(d);
        return l;
    }

    static List<String> labels(Granularity g, List<LocalDate> periods) {
        List<String> l = new ArrayList<>(periods.size());
        for (LocalDate d : periods) l.add(g.label(d));
        return l;
    }

    private static double[] col(Map<String, double[]> cols, String name, int n) {
        double[] c = new double[n];
        cols.put(name, c);
        return c;
    }

    /** A short description of the events a query selects: {@code IRN–AZE}, {@code IRN→AZE}, with filters. */
    public static String describe(EventQuery q) {
        StringBuilder b = new StringBuilder();
        if (q.countryA() == null) {
            b.append("all events");
        } else if (q.countryB() == null) {
            b.append("events involving ").append(q.countryA());
        } else {
            b.append(q.countryA()).append(q.directed() ? "→" : "–").append(q.countryB());
        }
        if (!q.codes().isEmpty()) b.append(" codes ").append(String.join(",", new java.util.TreeSet<>(q.codes())));
        if (!q.roots().isEmpty()) b.append(" roots ").append(String.join(",", new java.util.TreeSet<>(q.roots())));
        if (!q.quadClasses().isEmpty()) b.append(" quad ").append(q.quadClasses().stream().map(x -> String.valueOf(x.number())).sorted().toList());
        if (!q.dimensions().isEmpty()) b.append(" dimension ").append(q.dimensions().stream().map(x -> x.id()).sorted().toList());
        if (!q.levels().isEmpty()) b.append(" level ").append(q.levels().stream().map(x -> x.id()).sorted().toList());
        if (!q.origins().isEmpty()) b.append(" origin ").append(q.origins().stream().map(x -> x.id()).sorted().toList());
        if (q.from() != null || q.to() != null) {
            b.append(' ').append(q.from() == null ? "…" : q.from()).append("..").append(q.to() == null ? "…" : q.to());
        }
        return b.toString();
    }

}
