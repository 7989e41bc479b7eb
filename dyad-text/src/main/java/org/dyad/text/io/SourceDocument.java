package org.dyad.text.io;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.function.Supplier;
import org.dyad.text.charfilter.MappedText;

/**
 * One document to extract events from: its id (the file name, or a record id), where it came
 * from, an optional document date (a record's date, a dateline, a date the user gives), and its
 * text as blocks of the original, each knowing its offsets in the original file.
 *
 * <p>Blocks of a large plain-text file are read lazily, one at a time, so memory does not grow
 * with the file: iterate them once, in order, before moving to the next document.
 */
public final class SourceDocument {
    private final String id;
    private final Path path;
    private final DocumentKind kind;
    private final LocalDate date;
    private final Supplier<Iterator<MappedText>> blocks;
    private final Supplier<String> originalText;
    private final String title;

    public SourceDocument(String id, Path path, DocumentKind kind, LocalDate date, String title,
                          Supplier<Iterator<MappedText>> blocks, Supplier<String> originalText) {
        this.id = id;
        this.path = path;
        this.kind = kind;
        this.date = date;
        this.title = title;
        this.blocks = blocks;
        this.originalText = originalText;
    }

    public String id() {
        return id;
    }

    public Path path() {
        return path;
    }

    public DocumentKind kind() {
        return kind;
    }

    /** The document's own date (record date, dateline), or null. */
    public LocalDate date() {
        return date;
    }

    public String title() {
        return title;
    }

    /** The text as blocks of the original; call once. */
    public Iterator<MappedText> blocks() {
        return blocks.get();
    }

    /** The whole original text (what offsets index), read again from the source; for storage and display. */
    public String originalText() {
        return originalText.get();
    }
}
