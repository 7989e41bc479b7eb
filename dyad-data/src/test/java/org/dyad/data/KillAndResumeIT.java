package org.dyad.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dyad.data.format.EventFormat;
import org.dyad.data.synth.Synth;
import org.dyad.data.synth.SynthOptions;
import org.dyad.store.DyadStore;
import org.dyad.store.EventQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import killed with SIGKILL at any moment (reading, staging, committing) leaves the store
 * holding all of a file or none of it, and running it again finishes the job.
 */
class KillAndResumeIT {
    @TempDir
    Path dir;

    /** The child process: imports the files given into the store given. */
    public static void main(String[] args) {
        try (DyadStore s = DyadStore.open(Path.of(args[0]))) {
            List<Path> files = java.util.Arrays.stream(args).skip(1).map(Path::of).toList();
            new Importer(s.imports(), ImportOptions.of(EventFormat.GDELT1, Path.of(args[0], "q")), null, false)
                    .run(files);
        }
    }

    @Test
    void killedImportsLeaveWholeFilesOrNothingAndARerunCompletesThem() throws Exception {
        Path a = dir.resolve("a.tsv");
        Path b = dir.resolve("b.tsv");
        for (Path p : List.of(a, b)) {
            try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(p))) {
                new Synth(EventFormat.GDELT1, SynthOptions.of(150_000, p.equals(a) ? 1 : 2)).write(o);
            }
        }
        Path reference = dir.resolve("reference");
        long expectedA;
        long expectedAll;
        try (DyadStore s = DyadStore.open(reference)) {
            Importer imp = new Importer(s.imports(), ImportOptions.of(EventFormat.GDELT1, dir), null, false);
            expectedA = imp.run(List.of(a)).kept();
            expectedAll = expectedA + imp.run(List.of(b)).kept();
        }
        List<Long> interrupted = new java.util.ArrayList<>();
        for (long delayMs : new long[] {300, 1200, 2500, 4000}) {
            Path home = dir.resolve("store-" + delayMs);
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m", "-cp", System.getProperty("java.class.path"), KillAndResumeIT.class.getName(),
                    home.toString(), a.toString(), b.toString()).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("child-" + delayMs + ".log").toFile()).start();
            Thread.sleep(delayMs);
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            try (DyadStore s = DyadStore.open(home)) {
                long stored = s.events().count(EventQuery.all());
                assertThat(stored).as("after a kill at %d ms", delayMs).isIn(0L, expectedA, expectedAll);
                assertThat(s.batches().all().size()).isEqualTo(stored == 0 ? 0 : stored == expectedA ? 1 : 2);
                if (stored < expectedAll) {
                    interrupted.add(delayMs);
                }
                ImportSummary rerun = new Importer(s.imports(), ImportOptions.of(EventFormat.GDELT1, dir), null, false)
                        .run(List.of(a, b));
                assertThat(rerun.failed()).isZero();
                assertThat(s.events().count(EventQuery.all())).isEqualTo(expectedAll);
                assertThat(Files.list(home.resolve("staging")).toList()).isEmpty();
            }
        }
        assertThat(interrupted).as("kills that cut an import short").isNotEmpty();
    }
}
