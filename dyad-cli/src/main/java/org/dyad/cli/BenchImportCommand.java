package org.dyad.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.dyad.data.FileResult;
import org.dyad.data.ImportOptions;
import org.dyad.data.Importer;
import org.dyad.data.format.EventFormat;
import org.dyad.data.format.RowFilter;
import org.dyad.data.synth.Synth;
import org.dyad.data.synth.SynthOptions;
import org.dyad.model.InvalidValueException;
import org.dyad.store.DyadStore;
import org.dyad.store.EventQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Benchmark the import on a synthetic GDELT 1.0 file (written once, then reused): in the"
            + " same run, DuckDB's own read_csv of the file into a table (the baseline), 'dyad import' of the"
            + " whole file into a fresh store, and 'dyad import --dyad IRN,AZE'. Prints rows per second, the"
            + " ratio of each time to the baseline's, and the peak Java heap of each import.",
            "CPU seconds (of the whole process, DuckDB's threads included) are printed too: on a machine shared"
                + " with other work they vary less than elapsed time.",
            "Run it with the heap the targets assume: DYAD_JAVA_OPTS=-Xmx512m ./dyad bench import"},
        footer = {"", "Targets: dyad-filtered >= 1,000,000 rows/s; unfiltered >= 300,000 rows/s and within 2x of"
            + " DuckDB's read_csv; heap <= 512 MB at any file size."})
final class BenchImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--rows", paramLabel = "N", defaultValue = "10000000", description = "Rows in the file (default: ${DEFAULT-VALUE}).")
    long rows;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed of the file (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--dir", paramLabel = "DIR",
            description = "Where the file and the scratch stores go (default: <tmp>/dyad-bench).")
    Path dir;

    @Option(names = "--repeat", paramLabel = "K", defaultValue = "1",
            description = "Run each measurement K times, interleaved, and report the median (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Override
    public Integer call() throws IOException {
        if (rows < 1 || repeat < 1) {
            throw new InvalidValueException("--rows and --repeat must be at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        Path d = dir != null ? dir : Path.of(System.getProperty("java.io.tmpdir"), "dyad-bench");
        Files.createDirectories(d);
        Path file = d.resolve(Synth.suggestedName(EventFormat.GDELT1, rows, seed));
        if (!Files.exists(file)) {
            long t0 = System.nanoTime();
            try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                new Synth(EventFormat.GDELT1, SynthOptions.of(rows, seed)).write(o);
            }
            out.printf(Locale.ROOT, "wrote %s in %.1f s%n", file, seconds(t0));
        }
        out.printf(Locale.ROOT, "dyad bench import: %s, %,d rows, %,.0f MB; %d cores, max heap %,d MB%n",
                file.getFileName(), rows, Files.size(file) / 1e6, Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        out.flush();
        List<double[]> duck = new ArrayList<>();
        List<double[]> all = new ArrayList<>();
        List<double[]> pair = new ArrayList<>();
        for (int i = 0; i < repeat; i++) {
            duck.add(baseline(d, file));
            all.add(dyad(d, file, RowFilter.NONE));
            pair.add(dyad(d, file, new RowFilter("IRN", "AZE", null, null)));
        }
        double[] b = median(duck);
        double[] u = median(all);
        double[] p = median(pair);
        out.printf(Locale.ROOT, "%-40s %8s %12s %11s %9s %14s %10s%n", "", "seconds", "rows/s", "x baseline",
                "cpu s", "rows/cpu-s", "peak heap");
        out.printf(Locale.ROOT, "%-40s %8.2f %,12.0f %11s %9.2f %,14.0f %10s%n", "DuckDB read_csv into a table", b[0],
                rows / b[0], "1.00 (base)", b[6], rows / b[6], "-");
        line(out, "dyad import (whole file, de-duplicated)", u, b, rows);
        line(out, "dyad import --dyad IRN,AZE", p, b, rows);
        out.printf(Locale.ROOT, "stored: DuckDB %,.0f rows; dyad %,.0f events (%,.0f duplicate, %,.0f collapsed,"
                + " %,.0f quarantined); dyad IRN-AZE %,.0f events%n", b[2], u[2], u[3], u[4], u[5], p[2]);
        out.printf(Locale.ROOT, "targets: unfiltered %s (>= 300,000 rows/s), %s (within 2x of DuckDB);"
                + " dyad-filtered %s (>= 1,000,000 rows/s); heap %s (<= 512 MB)%n",
                rows / u[0] >= 300_000 ? "met" : "MISSED", u[0] <= 2 * b[0] ? "met" : "MISSED",
                rows / p[0] >= 1_000_000 ? "met" : "MISSED", Math.max(u[1], p[1]) <= 512 ? "met" : "MISSED");
        out.flush();
        return ExitCodes.OK;
    }

    private static void line(PrintWriter out, String what, double[] m, double[] base, long rows) {
        out.printf(Locale.ROOT, "%-40s %8.2f %,12.0f %11.2f %9.2f %,14.0f %7.0f MB%n", what, m[0], rows / m[0],
                m[0] / base[0], m[6], rows / m[6], m[1]);
    }

    /** CPU time of the whole process (all threads, DuckDB's included), in nanoseconds. */
    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** DuckDB alone: {seconds, -, rows stored, -, -, -, cpu seconds}. */
    private static double[] baseline(Path d, Path file) throws IOException {
        Path home = fresh(d.resolve("duckdb-store"));
        try (DyadStore s = DyadStore.open(home)) {
            long c0 = cpu();
            long t0 = System.nanoTime();
            long n = s.raw().readTabSeparated(file, "raw_gdelt");
            s.checkpoint();
            return new double[] {seconds(t0), 0, n, 0, 0, 0, (cpu() - c0) / 1e9};
        } finally {
            fresh(home);
        }
    }

    /** Dyad's import: {seconds, peak heap MB, events stored, duplicates, collapsed, quarantined, cpu seconds}. */
    private static double[] dyad(Path d, Path file, RowFilter filter) throws IOException {
        Path home = fresh(d.resolve("dyad-store"));
        try (DyadStore s = DyadStore.open(home)) {
            System.gc();
            resetHeapPeaks();
            long c0 = cpu();
            long t0 = System.nanoTime();
            ImportOptions o = new ImportOptions(EventFormat.GDELT1, filter, home.resolve("quarantine"), null, null, 0,
                    false);
            FileResult r = new Importer(s.imports(), o, null, false).run(List.of(file)).files().get(0);
            s.checkpoint();
            double secs = seconds(t0);
            double cpuSecs = (cpu() - c0) / 1e9;
            if (r.status() != FileResult.Status.IMPORTED) {
                throw new IllegalStateException("the benchmark import failed: " + r.describe());
            }
            return new double[] {secs, heapPeakMb(), s.events().count(EventQuery.all()), r.duplicates(), r.collapsed(),
                r.quarantined(), cpuSecs};
        } finally {
            fresh(home);
        }
    }

    private static void resetHeapPeaks() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                p.resetPeakUsage();
            }
        }
    }

    /** The sum of the heap pools' peaks: an upper bound of the heap in use at any moment. */
    private static double heapPeakMb() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum / (1024.0 * 1024.0);
    }

    private static double[] median(List<double[]> runs) {
        double[] m = new double[runs.get(0).length];
        for (int i = 0; i < m.length; i++) {
            final int k = i;
            double[] v = runs.stream().mapToDouble(r -> r[k]).sorted().toArray();
            m[i] = v[v.length / 2];
        }
        return m;
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    /** Deletes a scratch directory (and returns it, to be created afresh). */
    private static Path fresh(Path p) throws IOException {
        if (Files.exists(p)) {
            try (Stream<Path> s = Files.walk(p)) {
                for (Path x : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(x);
                }
            }
        }
        return p;
    }

}
