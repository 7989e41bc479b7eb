package org.dyad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.dyad.model.UserFacing;
import org.dyad.model.json.EventJson;
import org.dyad.text.TextExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extract dated, coded events from documents: plain text (any common encoding), PDF, HTML"
            + " and PETRARCH/TABARI XML records. Writes one event per line in the event format (JSON Lines),"
            + " with the document, the character offsets of the supporting words in the file as read from"
            + " disk, the quote and the words that gave the date.",
            "A file that cannot be read (binary, empty, invalid encoding, unreadable PDF, a line too long to"
            + " be text) is reported on stderr and skipped; the others are still extracted, and the exit"
            + " status is then 1."},
        footer = {"", "Examples:",
            "  dyad extract paper.txt -o events.jsonl",
            "  dyad extract news/*.html --pair IRN,AZE --doc-date 1997-03-12",
            "  dyad extract records.xml --verbs CAMEO.verbs.txt --actors Phoenix.actors.txt --agents Phoenix.agents.txt",
            "  dyad extract paper.pdf --explanations why.jsonl"})
final class ExtractCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Documents to read (a folder is read recursively).")
    List<Path> files;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write events here (default: standard output).")
    Path output;

    @Option(names = "--explanations", paramLabel = "FILE",
            description = "Also write, one JSON object per event, which words gave its actors, action and date"
                    + " and which dictionary pattern fired.")
    Path explanations;

    @Option(names = {"-q", "--quiet"}, description = "No progress lines on stderr.")
    boolean quiet;

    @Mixin
    ExtractionOptions extraction;

    @Override
    public Integer call() throws IOException {
        TextExtractor x = extraction.extractor();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> inputs = expand(files);
        int failed = 0;
        long events = 0;
        long sentences = 0;
        long skipped = 0;
        long start = System.nanoTime();
        try (Writer out = output == null ? new NonClosing(spec.commandLine().getOut())
                : Files.newBufferedWriter(output, StandardCharsets.UTF_8);
             Writer why = explanations == null ? null : Files.newBufferedWriter(explanations, StandardCharsets.UTF_8)) {
            StringBuilder line = new StringBuilder(512);
            for (Path f : inputs) {
                long t0 = System.nanoTime();
                try {
                    TextExtractor.Stats st = x.extract(f, e -> {
                        line.setLength(0);
                        EventJson.write(e.event(), line);
                        line.append('\n');
                        try {
                            out.write(line.toString());
                            if (why != null) {
                                why.write(e.explanation().toJson());
                                why.write('\n');
                            }
                        } catch (IOException io) {
                            throw new UncheckedIOException(io);
                        }
                    });
                    events += st.events;
                    sentences += st.sentences;
                    skipped += st.skippedCodes;
                    if (!quiet) {
                        double s = (System.nanoTime() - t0) / 1e9;
                        err.printf(Locale.ROOT, "%s: %,d sentences, %,d events (%.0f sentences/s)%n", f, st.sentences,
                                st.events, st.sentences / Math.max(s, 1e-9));
                    }
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                } catch (RuntimeException e) {
                    failed++;
                    err.println("dyad extract: " + (e instanceof UserFacing ? e.getMessage()
                            : f + ": internal error: " + e));
                }
            }
        }
        if (!quiet) {
            double s = (System.nanoTime() - start) / 1e9;
            err.printf(Locale.ROOT, "%d files, %d failed; %,d sentences, %,d events in %.1f s%n", inputs.size(), failed,
                    sentences, events, s);
        }
        if (skipped > 0) {
            err.printf(Locale.ROOT, "%,d events left out: an actor with an office but no state (such as ---GOV),"
                    + " or a dictionary code that is not a CAMEO event code%n", skipped);
        }
        err.flush();
        return failed > 0 ? ExitCodes.USER_ERROR : ExitCodes.OK;
    }

    /** Files as given, folders walked for their regular files, in a stable order. */
    static List<Path> expand(List<Path> given) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : given) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(Files::isRegularFile).sorted().forEach(out::add);
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    /** Standard output is the caller's: flushed, never closed. */
    private static final class NonClosing extends Writer {
        private final PrintWriter w;

        NonClosing(PrintWriter w) {
            this.w = w;
        }

        @Override
        public void write(char[] buf, int off, int len) {
            w.write(buf, off, len);
        }

        @Override
        public void write(String s) {
            w.write(s);
        }

        @Override
        public void flush() {
            w.flush();
        }

        @Override
        public void close() {
            w.flush();
        }
    }

}
