package org.dyad.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.dyad.data.format.EventFormat;
import org.dyad.data.synth.Synth;
import org.dyad.data.synth.SynthOptions;
import org.dyad.text.bench.CorpusGenerator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Benchmarks of the Spark jobs at local[1] and local[2] in one process on the same input: wall
 * time, throughput and the ratio, medians over repeats. Sessions are started afresh for each run;
 * a small warm-up run comes first so that neither setting pays for class loading and JIT alone.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure the Spark jobs at local[1] and local[2] on the same synthetic input, in one process.",
        subcommands = {Bench.Import.class, Bench.Extract.class})
final class Bench implements Runnable {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Options both benchmarks share. */
    static final class Common {
        @Option(names = "--repeat", paramLabel = "K", defaultValue = "1", description = "Runs per setting; medians are reported (default: ${DEFAULT-VALUE}).")
        int repeat;

        @Option(names = "--threads", paramLabel = "N,M", split = ",", defaultValue = "1,2",
                description = "The local[N] settings to compare (default: ${DEFAULT-VALUE}).")
        List<Integer> threads;

        @Option(names = "--dir", paramLabel = "DIR", description = "Where the input is written once and reused (default: a temporary folder, removed).")
        Path dir;

        @Option(names = "--seed", defaultValue = "42", description = "Seed of the synthetic input (default: ${DEFAULT-VALUE}).")
        long seed;

        /** Runs the body in --dir (kept, inputs reused) or in a temporary folder removed afterwards. */
        void inWorkDir(WorkDirBody body) throws IOException {
            boolean temp = dir == null;
            Path d = temp ? Files.createTempDirectory("dyad-spark-bench") : dir;
            Files.createDirectories(d);
            try {
                body.run(d);
            } finally {
                if (temp) {
                    delete(d);
                }
            }
        }
    }

    interface WorkDirBody {
        void run(Path dir) throws IOException;
    }

    /** Runs one job; returns its result line and the work units it did (rows, documents). */
    interface Job {
        double[] run(SparkSession spark, Path out) throws IOException;
    }

    static void measure(PrintWriter w, Common c, String what, String unit, Job job, Path work) throws IOException {
        List<List<Double>> seconds = new ArrayList<>();
        double units = 0;
        for (int i = 0; i < c.threads.size(); i++) {
            seconds.add(new ArrayList<>());
        }
        // warm-up: class loading and JIT, not counted
        timed(c.threads.get(c.threads.size() - 1), job, work.resolve("warmup"), true);
        w.printf(Locale.ROOT, "cpu before: %s%n", cpuProbe());
        for (int r = 0; r < c.repeat; r++) {
            for (int k = 0; k < c.threads.size(); k++) {
                int i = r % 2 == 0 ? k : c.threads.size() - 1 - k; // alternate the order between repeats
                int t = c.threads.get(i);
                double[] res = timed(t, job, work.resolve("out-" + r + "-" + t), false);
                seconds.get(i).add(res[0]);
                units = res[1];
                w.printf(Locale.ROOT, "%s local[%d] run %d: %.1f s, %s %s/s%n", what, t, r + 1, res[0],
                        rate(units / res[0]), unit);
                w.flush();
            }
        }
        w.printf(Locale.ROOT, "cpu after: %s%n", cpuProbe());
        w.printf(Locale.ROOT, "%s, %,.0f %s, median of %d:%n", what, units, unit, c.repeat);
        double base = median(seconds.get(0));
        for (int i = 0; i < c.threads.size(); i++) {
            double m = median(seconds.get(i));
            w.printf(Locale.ROOT, "  local[%d]: %.1f s, %s %s/s, %.2fx local[%d]%n", c.threads.get(i), m,
                    rate(units / m), unit, base / m, c.threads.get(0));
        }
        w.flush();
    }

    private static double[] timed(int threads, Job job, Path out, boolean warmup) throws IOException {
        SparkSession spark = SparkSessions.local(threads, "dyad bench");
        try {
            long t0 = System.nanoTime();
            double[] r = job.run(spark, out);
            return new double[] {(System.nanoTime() - t0) / 1e9, r[0]};
        } finally {
            spark.stop();
            delete(out);
        }
    }

    /**
     * How much throughput two threads get on this machine right now compared with one, on a pure CPU
     * loop: on a machine shared with other work the ratio of local[2] to local[1] cannot exceed it.
     */
    static String cpuProbe() {
        double one = spin(1);
        double two = spin(2);
        return String.format(Locale.ROOT, "2 busy threads do %.2fx the work of 1 on this machine now", two / one);
    }

    /** Loop iterations per second done by {@code threads} threads in about half a second. */
    private static double spin(int threads) {
        long[] counts = new long[threads];
        Thread[] ts = new Thread[threads];
        long end = System.nanoTime() + 500_000_000L;
        for (int i = 0; i < threads; i++) {
            int k = i;
            ts[i] = new Thread(() -> {
                long n = 0;
                long x = 1;
                while ((n & 0xFFFF) != 0 || System.nanoTime() < end) {
                    x = x * 6364136223846793005L + 1442695040888963407L;
                    n++;
                }
                counts[k] = n + (x == 42 ? 1 : 0);
            });
            ts[i].start();
        }
        long total = 0;
        for (int i = 0; i < threads; i++) {
            try {
                ts[i].join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            total += counts[i];
        }
        return total / 0.5;
    }

    static String rate(double x) {
        return String.format(Locale.ROOT, x >= 100 ? "%,.0f" : "%.2f", x);
    }

    static double median(List<Double> l) {
        double[] a = l.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return a.length % 2 == 1 ? a[a.length / 2] : (a[a.length / 2 - 1] + a[a.length / 2]) / 2;
    }

    static void delete(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> s = Files.walk(p)) {
            for (Path x : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(x);
            }
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Import a synthetic GDELT 1.0 file (dyad-data's Synth: duplicates, near-duplicates, bad rows)"
                    + " through Spark at local[1] and local[2].",
            footer = {"", "Examples:", "  dyad spark bench import --rows 1000000 --repeat 3",
                "  DYAD_SPARK_JAVA_OPTS=-Xmx6g dyad spark bench import --rows 10000000 --dir /tmp/bench"})
    static final class Import implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--rows", defaultValue = "1000000", description = "Rows of the file (default: ${DEFAULT-VALUE}).")
        long rows;

        @CommandLine.Mixin
        Common common = new Common();

        @Override
        public Integer call() throws IOException {
            PrintWriter w = spec.commandLine().getOut();
            common.inWorkDir(dir -> {
                Path file = synth(w, dir, rows, common.seed);
                Path small = synth(w, dir, Math.min(rows, 50_000), common.seed + 1);
                Job job = (spark, out) -> {
                    boolean warm = out.getFileName().toString().equals("warmup");
                    SparkImport.Result r = SparkImport.run(spark, List.of((warm ? small : file).toString()),
                            out.toString(), SparkImport.Options.of("gdelt1"));
                    if (!warm) {
                        w.println("  " + r.describe());
                    }
                    return new double[] {r.rowsRead()};
                };
                measure(w, common, String.format(Locale.ROOT, "import of %,d GDELT rows (%,d MB)", rows,
                        Files.size(file) >> 20), "rows", job, dir);
            });
            return 0;
        }

        static Path synth(PrintWriter w, Path dir, long rows, long seed) throws IOException {
            Path f = dir.resolve(Synth.suggestedName(EventFormat.GDELT1, rows, seed));
            if (!Files.isRegularFile(f)) {
                w.printf(Locale.ROOT, "writing %s ...%n", f);
                w.flush();
                Path part = dir.resolve(f.getFileName() + ".part");
                try (OutputStream o = new java.io.BufferedOutputStream(Files.newOutputStream(part), 1 << 20)) {
                    new Synth(EventFormat.GDELT1, SynthOptions.of(rows, seed)).write(o);
                }
                Files.move(part, f);
            }
            return f;
        }
    }

    @Command(name = "extract", mixinStandardHelpOptions = true,
            description = "Extract events from a synthetic corpus (dyad-text's CorpusGenerator) through Spark at"
                    + " local[1] and local[2].",
            footer = {"", "Examples:", "  dyad spark bench extract --docs 400 --kb 100 --repeat 3"})
    static final class Extract implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--docs", defaultValue = "200", description = "Documents (default: ${DEFAULT-VALUE}).")
        int docs;

        @Option(names = "--kb", defaultValue = "100", description = "Size of each, in KB (default: ${DEFAULT-VALUE}).")
        int kb;

        @CommandLine.Mixin
        Common common = new Common();

        @Override
        public Integer call() throws IOException {
            PrintWriter w = spec.commandLine().getOut();
            common.inWorkDir(dir -> {
                Path corpus = dir.resolve("corpus-" + docs + "x" + kb + "k-" + common.seed);
                if (!Files.isDirectory(corpus)) {
                    new CorpusGenerator(common.seed).write(corpus, docs, kb * 1024L);
                }
                Path warm = dir.resolve("corpus-warmup");
                if (!Files.isDirectory(warm)) {
                    new CorpusGenerator(common.seed + 1).write(warm, 8, 20 * 1024L);
                }
                Job job = (spark, out) -> {
                    boolean isWarm = out.getFileName().toString().equals("warmup");
                    SparkExtract.Result r = SparkExtract.run(spark, List.of((isWarm ? warm : corpus).toString()),
                            out.toString(), SparkExtract.Options.defaults());
                    if (!isWarm) {
                        w.println("  " + r.describe());
                    }
                    return new double[] {r.documents()};
                };
                measure(w, common, String.format(Locale.ROOT, "extraction of %d documents of %d KB", docs, kb),
                        "documents", job, dir);
            });
            return 0;
        }
    }

    static String list(int[] a) {
        return Arrays.toString(a);
    }
}
