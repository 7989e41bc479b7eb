package org.dyad.analysis.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import org.dyad.analysis.series.SeriesBuilder;
import org.dyad.analysis.series.SeriesRequest;
import org.dyad.analysis.series.TimeSeries;
import org.dyad.store.DateRule;
import org.dyad.store.DyadStore;
import org.dyad.store.EventQuery;
import org.dyad.store.Granularity;
import org.dyad.store.SyntheticEvents;

/**
 * Times series building over a store of N synthetic events (10 million by default) against the
 * target of 0.5 s, with a plain count of the pair's events as the in-process baseline.
 * Run with {@code dyad-analysis/bench.sh [--events N] [--runs R] [--dir DIR]}.
 */
public final class SeriesBench {
    private SeriesBench() {
    }

    public static void main(String[] args) throws Exception {
        long events = 10_000_000L;
        int runs = 15;
        Path dir = Paths.get("target", "bench-store");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--events": events = Long.parseLong(args[++i].replace("_", "")); break;
                case "--runs": runs = Integer.parseInt(args[++i]); break;
                case "--dir": dir = Paths.get(args[++i]); break;
                default: throw new IllegalArgumentException("unknown option " + args[i] + "; use --events N --runs R --dir DIR");
            }
        }
        Files.createDirectories(dir);
        try (DyadStore store = DyadStore.open(dir)) {
            long have = store.events().count(EventQuery.all());
            if (have != events) {
                store.execute("DELETE FROM events");
                long t0 = System.nanoTime();
                SyntheticEvents.generate(store, events, 1);
                store.checkpoint();
                System.out.printf(Locale.ROOT, "generated %,d synthetic events in %.1f s into %s%n", events,
                        (System.nanoTime() - t0) / 1e9, store.file());
            } else {
                System.out.printf(Locale.ROOT, "reusing %,d synthetic events in %s%n", have, store.file());
            }
            SeriesBuilder b = new SeriesBuilder(store);
            EventQuery pair = EventQuery.builder().pair("IRN", "AZE").build();
            System.out.printf(Locale.ROOT, "IRN–AZE events in the store: %,d; %d cores; %d timed runs after 3 warm-up runs%n",
                    store.events().count(pair), Runtime.getRuntime().availableProcessors(), runs);
            double base = time("baseline: count(*) of IRN–AZE", runs, () -> store.events().count(pair));
            time("series IRN–AZE month (all columns)", runs, base, () -> b.build(SeriesRequest.of(pair, Granularity.MONTH)));
            time("series IRN→AZE week, directed", runs, base, () -> b.build(SeriesRequest.of(
                    EventQuery.builder().directed("IRN", "AZE").build(), Granularity.WEEK)));
            time("series IRN–AZE quarter, codes 04+05, earliest", runs, base, () -> b.build(new SeriesRequest(
                    pair.toBuilder().code("04").code("05").build(), Granularity.QUARTER, DateRule.EARLIEST, false)));
            time("series IRN–AZE month normalised by volume", runs, base, () -> b.build(new SeriesRequest(pair,
                    Granularity.MONTH, DateRule.SPREAD, true)));
        }
    }

    static double time(String what, int runs, Supplier<?> task) {
        return time(what, runs, Double.NaN, task);
    }

    static double time(String what, int runs, double baseline, Supplier<?> task) {
        Object keep = null;
        for (int i = 0; i < 3; i++) keep = task.get();
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            keep = task.get();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        double median = ms[runs / 2];
        String rows = keep instanceof TimeSeries t ? " (" + t.length() + " periods)" : "";
        System.out.printf(Locale.ROOT, "%-48s median %7.1f ms  min %7.1f  max %7.1f%s%s%n", what, median, ms[0],
                ms[runs - 1], Double.isNaN(baseline) ? "" : String.format(Locale.ROOT, "  x%.1f baseline  %s", median / baseline,
                        median < 500 ? "under 0.5 s" : "OVER 0.5 s"), rows);
        return median;
    }
}
