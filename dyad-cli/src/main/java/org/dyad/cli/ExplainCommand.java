package org.dyad.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dyad.model.Event;
import org.dyad.model.InvalidValueException;
import org.dyad.store.Documents;
import org.dyad.store.DyadStore;
import org.dyad.store.ImportBatch;
import org.dyad.text.TextExtractor;
import org.dyad.text.code.DocumentCoder;
import org.dyad.text.code.Explanation;
import org.dyad.text.io.DocumentKind;
import org.dyad.text.io.DocumentReaders;
import org.dyad.text.io.SourceDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Show how an extracted event was found: the sentence and its place in the document, the"
            + " words that gave the source, the target and the action, the dictionary entries and the pattern"
            + " that fired, and how the date was resolved.",
            "For an event in the store ('dyad ingest'), the document's stored text is extracted again with the"
            + " dictionaries used at ingest time. With --file, the file is extracted with the options given."},
        footer = {"", "Examples:", "  dyad explain text:3f2a9c0d1e2b4a59",
            "  dyad explain text:3f2a9c0d1e2b4a59 --file paper.txt --pair IRN,AZE"})
final class ExplainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "EVENT_ID", description = "The event's id (the 'id' field of an extracted event).")
    String id;

    @Option(names = "--file", paramLabel = "FILE",
            description = "Explain from this document instead of the store (extraction options apply).")
    Path file;

    @Option(names = "--json", description = "Print the explanation as one JSON object.")
    boolean json;

    @Mixin
    ExtractionOptions extraction;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Explanation x = file != null ? fromFile() : fromStore(err);
        out.print(json ? x.toJson() + "\n" : x.describe());
        out.flush();
        return ExitCodes.OK;
    }

    private Explanation fromFile() {
        List<Explanation> found = new ArrayList<>();
        extraction.extractor().extract(file, collect(found));
        if (found.isEmpty()) {
            throw new InvalidValueException("no event " + id + " is extracted from " + file
                    + " with these options (ids depend on the document, the words and the codes)");
        }
        return found.get(0);
    }

    private Explanation fromStore(PrintWriter err) {
        try (DyadStore s = store.open()) {
            Optional<Event> e = s.events().get(id);
            if (e.isEmpty()) {
                throw new InvalidValueException("no event " + id + " in the store at " + store.home()
                        + " ('dyad events' lists events with their ids)");
            }
            String docId = e.get().provenance().doc();
            if (docId == null) {
                throw new InvalidValueException("event " + id + " was not extracted from a document (origin "
                        + e.get().origin().id() + "): there is nothing to explain");
            }
            Documents.Document d = s.documents().get(docId).orElseThrow(() -> new InvalidValueException(
                    "event " + id + " comes from document " + docId + ", which the store does not hold;"
                            + " run 'dyad explain " + id + " --file FILE' with the document"));
            String text = d.text();
            if (d.kind() != null && d.kind().equals(DocumentKind.RECORDS.id())) {
                Path p = Path.of(d.path());
                text = s.documents().get(p.getFileName().toString()).map(Documents.Document::text).orElse(null);
            }
            if (text == null) {
                throw new InvalidValueException("the store holds no text for document " + docId);
            }
            List<String> warnings = new ArrayList<>();
            ExtractionOptions o = ExtractionOptions.fromJson(batchNote(s, d.path()), warnings);
            warnings.forEach(w -> err.println("dyad explain: " + w));
            TextExtractor t = o.extractor();
            SourceDocument doc = DocumentReaders.stored(docId, kind(d.kind()), text,
                    d.date() == null ? null : LocalDate.parse(d.date()), d.path() == null ? null : Path.of(d.path()));
            List<Explanation> found = new ArrayList<>();
            t.extract(doc, collect(found));
            if (found.isEmpty()) {
                throw new InvalidValueException("extracting document " + docId + " again no longer gives event " + id
                        + " (the dictionaries changed since it was ingested?)");
            }
            return found.get(0);
        }
    }

    /** Keeps the explanation of the event asked for. */
    private java.util.function.Consumer<DocumentCoder.Extracted> collect(List<Explanation> found) {
        return x -> {
            if (x.event().id().equals(id)) {
                found.add(x.explanation());
            }
        };
    }

    private static String batchNote(DyadStore s, String path) {
        String note = null;
        for (ImportBatch b : s.batches().all()) {
            if (IngestCommand.ORIGIN.equals(b.origin()) && b.source().equals(path)) {
                note = b.note();
            }
        }
        return note;
    }

    private static DocumentKind kind(String k) {
        for (DocumentKind x : DocumentKind.values()) {
            if (x.id().equals(k)) {
                return x;
            }
        }
        return DocumentKind.TEXT;
    }

}
