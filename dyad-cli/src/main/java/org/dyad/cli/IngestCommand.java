package org.dyad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dyad.model.UserFacing;
import org.dyad.store.DyadStore;
import org.dyad.text.TextExtractor;
import org.dyad.web.TextStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Extract events from documents into the store, keeping each document's text so that"
            + " every event can be shown in its context and explained ('dyad explain').",
            "Each file is one load: ingesting a file again replaces what it gave before. A file that cannot"
            + " be read is reported and skipped; the others are still ingested, and the exit status is then 1."},
        footer = {"", "Examples:", "  dyad ingest paper.pdf --pair IRN,AZE",
            "  dyad ingest news/ --doc-date 1997-03-12", "  dyad events IRN AZE --origin text"})
final class IngestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Documents to read (a folder is read recursively).")
    List<Path> files;

    @Option(names = {"-q", "--quiet"}, description = "No progress lines on stderr.")
    boolean quiet;

    @Mixin
    ExtractionOptions extraction;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() throws IOException {
        TextExtractor x = extraction.extractor();
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        int failed = 0;
        long total = 0;
        try (DyadStore s = store.open()) {
            for (Path f : ExtractCommand.expand(files)) {
                try {
                    long kept = ingest(s, x, f);
                    total += kept;
                    if (!quiet) {
                        err.printf(Locale.ROOT, "%s: %,d events stored%n", f, kept);
                    }
                } catch (RuntimeException e) {
                    failed++;
                    err.println("dyad ingest: " + (e instanceof UserFacing ? e.getMessage() : f + ": internal error: " + e));
                }
            }
        }
        out.printf(Locale.ROOT, "%,d events from %d files stored; %d files failed%n", total, files.size(), failed);
        err.flush();
        return failed > 0 ? ExitCodes.USER_ERROR : ExitCodes.OK;
    }

    /** One file in one transaction: its documents and events, replacing an earlier load of the same file. */
    private long ingest(DyadStore s, TextExtractor x, Path f) {
        return TextStore.ingest(s, x, f, f.toAbsolutePath().normalize().toString(), extraction.charset(),
                extraction.date(), extraction.toJson(), TextStore.Progress.NONE);
    }
}
