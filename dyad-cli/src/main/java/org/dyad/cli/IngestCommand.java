package org.dyad.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dyad.model.UserFacing;
import org.dyad.store.Documents;
import org.dyad.store.DyadStore;
import org.dyad.store.EventWriter;
import org.dyad.store.ImportBatch;
import org.dyad.text.TextExtractor;
import org.dyad.text.io.DocumentKind;
import org.dyad.text.io.DocumentReaders;
import org.dyad.text.io.SourceDocument;
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
    static final String ORIGIN = "text";

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
        String path = f.toAbsolutePath().normalize().toString();
        String sha = sha256(f);
        List<SourceDocument> docs = DocumentReaders.open(f, new DocumentReaders.Options(extraction.charset(),
                extraction.date()));
        Documents documents = s.documents();
        try (EventWriter w = s.writer(ImportBatch.of(ORIGIN, path, sha).withNote(extraction.toJson()))) {
            w.replacePreviousLoadsOfSource();
            boolean containerStored = false;
            for (SourceDocument d : docs) {
                x.extract(d, e -> w.add(e.event()));
                String date = d.date() == null ? null : d.date().toString();
                if (d.kind() == DocumentKind.RECORDS) {
                    // records share their file's text: stored once, each record points to it by path
                    if (!containerStored) {
                        documents.put(new Documents.Document(f.getFileName().toString(), path, "records-file",
                                f.getFileName().toString(), sha, null, d.originalText()));
                        containerStored = true;
                    }
                    documents.put(new Documents.Document(d.id(), path, DocumentKind.RECORDS.id(), d.title(), sha, date,
                            null));
                } else {
                    documents.put(new Documents.Document(d.id(), path, d.kind().id(), d.title(), sha, date,
                            d.originalText()));
                }
            }
            return w.commit().rowsKept();
        }
    }

    static String sha256(Path f) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(f), MessageDigest.getInstance("SHA-256"))) {
            byte[] buf = new byte[65536];
            while (in.read(buf) >= 0) {
                // digesting
            }
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new org.dyad.text.io.InputProblem(f, "cannot be read: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
