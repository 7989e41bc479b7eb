package org.dyad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.dyad.text.bench.CorpusGenerator;
import org.dyad.text.bench.TextBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "text", mixinStandardHelpOptions = true,
        description = {"Measure extraction throughput end to end (read, clean, split, code, resolve, write JSON)"
            + " on a corpus, and the heap it needs. Without --corpus, a synthetic corpus is generated"
            + " reproducibly (same seed and size, same bytes) into --dir, or reused if already there.",
            "Run the launcher with a heap limit to check memory, e.g. DYAD_JAVA_OPTS=-Xmx512m."},
        footer = {"", "Example:", "  DYAD_JAVA_OPTS=-Xmx512m dyad bench text --megabytes 100 --dir /tmp/dyad-corpus"})
final class BenchTextCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--corpus", paramLabel = "DIR", description = "Measure on these files instead of a synthetic corpus.")
    Path corpus;

    // The corpus goes under the temporary folder by default: it is data a seed makes again, never
    // something to keep beside the sources.
    @Option(names = "--dir", paramLabel = "DIR",
            description = "Where synthetic corpora are written and reused, one folder per seed, size and file count"
                + " (default: dyad-bench-corpus under the system's temporary folder).")
    Path dir = Path.of(System.getProperty("java.io.tmpdir"), "dyad-bench-corpus");

    @Option(names = "--megabytes", defaultValue = "100", description = "Size of the synthetic corpus (default: ${DEFAULT-VALUE}).")
    int megabytes;

    @Option(names = "--files", defaultValue = "100", description = "Files of the synthetic corpus (default: ${DEFAULT-VALUE}).")
    int fileCount;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the synthetic corpus (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", defaultValue = "2", description = "Extraction threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Mixin
    ExtractionOptions extraction;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        List<Path> files = corpus != null ? list(corpus) : synthetic(err);
        TextBenchmark.Result r = TextBenchmark.run(files, extraction.extractor(), threads, line -> {
            err.println(line);
            err.flush();
        });
        spec.commandLine().getOut().print(r.format());
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    private List<Path> synthetic(PrintWriter err) throws IOException {
        long per = (long) megabytes * 1_000_000L / fileCount;
        // Each seed, size and file count has a folder of its own, so that corpora of other sizes
        // written under the same --dir are never taken for this one.
        Path home = dir.resolve(String.format("seed%d-%dMB-%dfiles", seed, megabytes, fileCount));
        Path marker = home.resolve("corpus-seed-complete");
        if (Files.exists(marker)) {
            return list(home);
        }
        err.println("generating a " + megabytes + " MB synthetic corpus in " + home + " (seed " + seed + ")");
        err.flush();
        List<Path> files = new CorpusGenerator(seed).write(home, fileCount, per);
        Files.writeString(marker, "synthetic corpus written by dyad bench text\n");
        return files;
    }

    private static List<Path> list(Path d) throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(d)) {
            s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("corpus-seed"))
                    .sorted().forEach(out::add);
        }
        return out;
    }
}
