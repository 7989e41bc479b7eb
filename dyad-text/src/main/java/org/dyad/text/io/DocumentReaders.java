package org.dyad.text.io;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.dyad.text.charfilter.MappedText;

/**
 * Opens any supported file as documents: the kind is recognised from the content first (a PDF
 * signature, HTML markup, {@code <Sentence} records) and the file name second. Errors are
 * {@link InputProblem}s naming the file.
 */
public final class DocumentReaders {
    private DocumentReaders() {
    }

    /** Options for reading: a forced encoding (null: detect) and a document date (null: none). */
    public record Options(Charset encoding, LocalDate documentDate) {
        public static final Options DEFAULT = new Options(null, null);
    }

    public static DocumentKind kindOf(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InputProblem(file, Files.exists(file) ? "is not a regular file" : "does not exist");
        }
        if (!Files.isReadable(file)) {
            throw new InputProblem(file, "is not readable (check its permissions)");
        }
        byte[] head = TextDecoding.head(file, 4096);
        if (head.length == 0) {
            throw new InputProblem(file, "the file is empty");
        }
        String start = new String(head, StandardCharsets.ISO_8859_1);
        if (start.startsWith("%PDF-")) {
            return DocumentKind.PDF;
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".pdf")) {
            throw new InputProblem(file, "is named .pdf but is not a PDF (no %PDF- signature)");
        }
        String lower = start.toLowerCase(Locale.ROOT).stripLeading();
        if (start.contains("<Sentence ") || start.contains("<Sentences>") || start.contains("<Validation>")) {
            return DocumentKind.RECORDS;
        }
        if (lower.startsWith("<!doctype html") || lower.startsWith("<html") || name.endsWith(".html")
                || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            return DocumentKind.HTML;
        }
        if (name.endsWith(".xml") && lower.contains("<sentence")) {
            return DocumentKind.RECORDS;
        }
        return DocumentKind.TEXT;
    }

    /** The documents of a file, read lazily for plain text. */
    public static List<SourceDocument> open(Path file, Options options) {
        DocumentKind kind = kindOf(file);
        String id = file.getFileName().toString();
        switch (kind) {
            case PDF:
                return List.of(PdfReader.read(file, id, options.documentDate()));
            case HTML:
                return List.of(HtmlReader.read(file, id, options.encoding(), options.documentDate()));
            case RECORDS:
                return RecordsFile.read(file).documents();
            default:
                return List.of(plainText(file, id, options));
        }
    }

    /**
     * A document rebuilt from what the store keeps of it (its kind and original text), giving the
     * same text and offsets as reading the file did; for explaining events after the file moved.
     * For records, {@code text} is the whole records file and {@code id} the record's id.
     */
    public static SourceDocument stored(String id, DocumentKind kind, String text, LocalDate date, Path path) {
        Path p = path == null ? java.nio.file.Paths.get(id) : path;
        switch (kind) {
            case HTML:
                return HtmlReader.fromSource(p, id, text, date);
            case PDF:
                return PdfReader.fromText(p, id, text, date);
            case RECORDS:
                for (SourceDocument d : RecordsFile.parse(p, text).documents()) {
                    if (d.id().equals(id)) {
                        return d;
                    }
                }
                throw new InputProblem(p, "holds no record with id " + id);
            default:
                return new SourceDocument(id, p, DocumentKind.TEXT, date, id,
                        () -> List.of(MappedText.original(text, 0, 0)).iterator(), () -> text);
        }
    }

    static SourceDocument plainText(Path file, String id, Options options) {
        byte[] head = TextDecoding.head(file, 8192);
        TextDecoding.Detected d = TextDecoding.detect(file, head, head.length, options.encoding());
        return new SourceDocument(id, file, DocumentKind.TEXT, options.documentDate(), id,
                () -> new ClosingBlocks(new TextBlocks(file, d)),
                () -> TextDecoding.readAll(file, options.encoding(), Integer.MAX_VALUE));
    }

    /** Closes the file when the blocks run out or reading fails. */
    private static final class ClosingBlocks implements Iterator<MappedText> {
        private final TextBlocks blocks;
        private boolean open = true;

        ClosingBlocks(TextBlocks blocks) {
            this.blocks = blocks;
        }

        @Override
        public boolean hasNext() {
            if (!open) {
                return false;
            }
            try {
                boolean more = blocks.hasNext();
                if (!more) {
                    close();
                }
                return more;
            } catch (RuntimeException e) {
                close();
                throw e;
            }
        }

        @Override
        public MappedText next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return blocks.next();
        }

        private void close() {
            open = false;
            blocks.close();
        }
    }
}
