package org.dyad.data.format;

import org.dyad.data.io.Fields;
import org.dyad.model.Event;

/**
 * Reads the rows of one format into events. The importer gives each line of a file part to
 * {@link #firstLine} once, then every line to {@link #mayPass} (a cheap look at the few raw fields
 * a filter needs) and, if it may pass, to {@link #parse}. Not thread-safe: one per reading thread.
 */
public abstract class RowParser {
    /** What the first line of a part is. */
    public enum FirstLine { HEADER, DATA }

    protected final Normalizer norm;

    protected RowParser(Normalizer norm) {
        this.norm = norm;
    }

    public abstract EventFormat format();

    /** The field separator of the rows as handed to this parser. */
    public byte delimiter() {
        return '\t';
    }

    /**
     * Looks at the first line of a file part: a header this parser has read (it locates its
     * columns by name), or data. A header row where the format has none is a bad row: the
     * exception names it, the importer quarantines it and goes on.
     */
    public abstract FirstLine firstLine(Fields f) throws BadRowException;

    /** False only when the row certainly fails the filter; cheap, reads raw bytes. */
    public abstract boolean mayPass(Fields f, RowFilter filter) throws BadRowException;

    /** The row as an event, normalised; a bad row throws with the reason. */
    public abstract Event parse(Fields f) throws BadRowException;

    /**
     * For formats whose quoted fields may span lines (CSV): true when the line ends inside a
     * quoted field, so the next line belongs to the same row.
     */
    public boolean continues(byte[] buf, int start, int end) {
        return false;
    }

    /** Rewrites a raw line into delimiter-separated fields when the format needs it (CSV quoting). */
    public Fields split(Fields fields, byte[] buf, int start, int end) {
        return fields.reset(buf, start, end);
    }

    /** "expected 57 or 58 tab-separated fields, found 1" with a hint when the separator looks wrong. */
    static String fieldCountReason(Fields f, String expected) {
        int n = f.count();
        StringBuilder s = new StringBuilder(expected).append(", found ").append(n);
        byte[] b = f.buffer();
        int commas = 0;
        int zeros = 0;
        for (int i = f.start(0); i < f.end(n - 1); i++) {
            if (b[i] == ',') {
                commas++;
            } else if (b[i] == 0) {
                zeros++;
            }
        }
        if (zeros > 0) {
            s.append(" (the row holds binary data: NUL bytes)");
        } else if (n <= 2 && commas > 5) {
            s.append(" (the row is comma-separated: wrong format or delimiter?)");
        }
        return s.toString();
    }
}
