package org.dyad.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.dyad.model.Event;
import org.dyad.model.InvalidValueException;
import org.dyad.model.json.Json;
import org.dyad.model.ontology.Ontology;
import org.dyad.store.Documents;
import org.dyad.store.DyadStore;
import org.dyad.store.EventWriter;
import org.dyad.store.ImportBatch;
import org.dyad.text.TextExtractor;
import org.dyad.text.code.CoderOptions;
import org.dyad.text.code.Explanation;
import org.dyad.text.dict.BuiltInDictionaries;
import org.dyad.text.dict.Dictionaries;
import org.dyad.text.io.DocumentKind;
import org.dyad.text.io.DocumentReaders;
import org.dyad.text.io.SourceDocument;

/**
 * Extracting documents into the store, and explaining a stored event by extracting its document
 * again: what {@code dyad ingest}, {@code dyad explain} and the server's uploads share. It lives in
 * dyad-web, the lowest module that sees both dyad-text and the store (dyad-text never sees DuckDB).
 */
public final class TextStore {
    /** The origin of events extracted from documents. */
    public static final String ORIGIN = "text";

    private TextStore() {
    }

    /** Called as an ingest advances: documents done of all, and the events stored so far. */
    public interface Progress {
        Progress NONE = (done, of, events) -> { };

        void advanced(int documentsDone, int documents, long events);
    }

    /**
     * Ingests one file in one transaction: its documents (with their text, so events can be shown
     * in context) and their events, replacing an earlier load of the same {@code source}. The
     * {@code note} is kept with the load (the extraction options, to explain events later).
     * Returns the number of events stored.
     */
    public static long ingest(DyadStore s, TextExtractor x, Path f, String source, Charset charset, LocalDate date,
                              String note, Progress progress) {
        String sha = sha256(f);
        List<SourceDocument> docs = DocumentReaders.open(f, new DocumentReaders.Options(charset, date));
        Documents documents = s.documents();
        String name = Path.of(source).getFileName().toString();
        try (EventWriter w = s.writer(ImportBatch.of(ORIGIN, source, sha).withNote(note))) {
            w.replacePreviousLoadsOfSource();
            boolean containerStored = false;
            int done = 0;
            long[] events = new long[1];
            for (SourceDocument d : docs) {
                x.extract(d, e -> {
                    w.add(e.event());
                    events[0]++;
                });
                String day = d.date() == null ? null : d.date().toString();
                if (d.kind() == DocumentKind.RECORDS) {
                    // records share their file's text: stored once, each record points to it by path
                    if (!containerStored) {
                        documents.put(new Documents.Document(name, source, "records-file", name, sha, null,
                                d.originalText()));
                        containerStored = true;
                    }
                    documents.put(new Documents.Document(d.id(), source, DocumentKind.RECORDS.id(), d.title(), sha, day,
                            null));
                } else {
                    documents.put(new Documents.Document(d.id(), source, d.kind().id(), d.title(), sha, day,
                            d.originalText()));
                }
                progress.advanced(++done, docs.size(), events[0]);
            }
            return w.commit().rowsKept();
        }
    }

    /**
     * How a stored event was found: its document's stored text extracted again with the options
     * kept at ingest time ({@code extractorForNote} turns that note into an extractor).
     */
    public static Explanation explain(DyadStore s, String eventId, Function<String, TextExtractor> extractorForNote) {
        Optional<Event> e = s.events().get(eventId);
        if (e.isEmpty()) {
            throw new InvalidValueException("no event " + eventId + " in the store");
        }
        String docId = e.get().provenance().doc();
        if (docId == null || !ORIGIN.equals(e.get().origin().id())) {
            throw new InvalidValueException("event " + eventId + " was not extracted from a document (origin "
                    + e.get().origin().id() + "): there is nothing to explain");
        }
        Documents.Document d = s.documents().get(docId).orElseThrow(() -> new InvalidValueException(
                "event " + eventId + " comes from document " + docId + ", which the store does not hold"));
        String text = d.text();
        if (DocumentKind.RECORDS.id().equals(d.kind()) && d.path() != null) {
            text = s.documents().get(Path.of(d.path()).getFileName().toString()).map(Documents.Document::text)
                    .orElse(null);
        }
        if (text == null) {
            throw new InvalidValueException("the store holds no text for document " + docId);
        }
        TextExtractor t = extractorForNote.apply(batchNote(s, d.path()));
        SourceDocument doc = DocumentReaders.stored(docId, kind(d.kind()), text,
                d.date() == null ? null : LocalDate.parse(d.date()), d.path() == null ? null : Path.of(d.path()));
        List<Explanation> found = new ArrayList<>();
        t.extract(doc, x -> {
            if (x.event().id().equals(eventId)) {
                found.add(x.explanation());
            }
        });
        if (found.isEmpty()) {
            throw new InvalidValueException("extracting document " + docId + " again no longer gives event " + eventId
                    + " (the dictionaries changed since it was ingested?)");
        }
        return found.get(0);
    }

    /**
     * An extractor with the options an ingest kept as its note (dictionary files, the pair, the
     * document date, the encoding: {@code dyad ingest} writes them); a dictionary file that is gone
     * falls back to the built-in one of its kind, with a warning.
     */
    public static TextExtractor extractorFor(String note, List<String> warnings) {
        Map<String, Object> m = note == null || !note.trim().startsWith("{") ? Map.of() : Json.parseObject(note);
        List<Path> persons = new ArrayList<>();
        if (m.get("persons") instanceof List<?> l) {
            for (Object p : l) {
                Path x = existing(p, warnings);
                if (x != null) {
                    persons.add(x);
                }
            }
        }
        Dictionaries d = BuiltInDictionaries.load(new BuiltInDictionaries.Overrides(existing(m.get("verbs"), warnings),
                existing(m.get("actors"), warnings), existing(m.get("agents"), warnings),
                existing(m.get("discards"), warnings), persons));
        String[] pair = m.get("pair") == null ? null : String.valueOf(m.get("pair")).split(",");
        LocalDate date = m.get("doc_date") == null ? null : LocalDate.parse(String.valueOf(m.get("doc_date")).trim());
        Charset cs = m.get("encoding") == null ? null : Charset.forName(String.valueOf(m.get("encoding")).trim());
        return new TextExtractor(d, new TextExtractor.Options(pair == null ? null : country(pair[0]),
                pair == null ? null : country(pair[1]), date, cs, CoderOptions.narrative()));
    }

    private static String country(String c) {
        return Ontology.standard().countries().resolve(c.trim()).cameo();
    }

    private static Path existing(Object v, List<String> warnings) {
        if (v == null) {
            return null;
        }
        Path p = Path.of(String.valueOf(v));
        if (!Files.isRegularFile(p)) {
            warnings.add("dictionary " + p + " used at ingest time is gone; using the built-in one of its kind");
            return null;
        }
        return p;
    }

    /** The note kept with the latest text load of a source. */
    private static String batchNote(DyadStore s, String path) {
        String note = null;
        for (ImportBatch b : s.batches().all()) {
            if (ORIGIN.equals(b.origin()) && b.source().equals(path)) {
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
