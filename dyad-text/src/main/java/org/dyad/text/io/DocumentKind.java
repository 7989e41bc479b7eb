package org.dyad.text.io;

import java.util.Locale;

/** The kinds of input the readers understand. */
public enum DocumentKind {
    /** Plain text in any common encoding; offsets index the decoded file. */
    TEXT,
    /** PDF; offsets index the text extracted page by page (pages joined by form feeds). */
    PDF,
    /** HTML; the main text is read, offsets index the HTML source. */
    HTML,
    /** PETRARCH/TABARI XML records; each {@code <Sentence>} is a document, offsets index the file. */
    RECORDS;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
