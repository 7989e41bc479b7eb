package org.dyad.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dyad.store.DyadStore;
import org.dyad.store.EventQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "optimize", mixinStandardHelpOptions = true,
        description = {"Cluster the stored events by pair of countries and date, so that queries for one pair"
            + " skip every other pair's data.",
            "Imports append rows in file order; after large imports this makes pages, counts and series of a"
            + " pair several times faster (the server and reports read one pair at a time). It rewrites the"
            + " events table in one transaction: interrupted, the store is unchanged."},
        footer = {"", "Example:", "  dyad import gdelt1 1979.zip 1980.zip && dyad optimize"})
final class OptimizeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (DyadStore s = store.open()) {
            long t0 = System.nanoTime();
            long n = s.optimize();
            out.printf(Locale.ROOT, "%,d events clustered by pair and date in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
        }
        out.flush();
        return ExitCodes.OK;
    }

    /**
     * A one-line hint when many events arrived since the store was last clustered, or null.
     * Shown after imports and when the server starts.
     */
    static String hint(DyadStore s) {
        long total = s.events().count(EventQuery.all());
        long unclustered = total - s.clusteredEvents();
        if (unclustered > 100_000 && unclustered > total / 5) {
            return String.format(Locale.ROOT, "%,d of %,d events are not clustered by pair yet: 'dyad optimize'"
                    + " makes queries for one pair several times faster", unclustered, total);
        }
        return null;
    }
}
