package org.dyad.data.format;

import org.dyad.data.io.Fields;

/**
 * Splits a CSV row with RFC 4180 quoting ({@code "a, b"}, {@code "say ""hi"""}) by rewriting it,
 * unquoted, into a buffer whose fields are separated by the ASCII unit separator (a byte no text
 * field contains; one that does is read as a space), so the rest of the reader works on plain
 * {@link Fields}.
 */
final class QuotedSplitter {
    static final byte UNIT = 0x1F;
    private final byte delimiter;
    private final Fields fields = new Fields(UNIT);
    private byte[] out = new byte[4096];

    QuotedSplitter(byte delimiter) {
        this.delimiter = delimiter;
    }

    byte delimiter() {
        return delimiter;
    }

    Fields split(byte[] buf, int start, int end) {
        if (out.length < end - start) {
            out = new byte[Math.max(out.length * 2, end - start)];
        }
        int o = 0;
        boolean quoted = false;
        boolean fieldStart = true;
        for (int i = start; i < end; i++) {
            byte c = buf[i];
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < end && buf[i + 1] == '"') {
                        out[o++] = '"';
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    out[o++] = c == UNIT ? (byte) ' ' : c;
                }
            } else if (c == '"' && fieldStart) {
                quoted = true;
                fieldStart = false;
            } else if (c == delimiter) {
                out[o++] = UNIT;
                fieldStart = true;
            } else {
                out[o++] = c == UNIT ? (byte) ' ' : c;
                fieldStart = false;
            }
        }
        return fields.reset(out, 0, o);
    }

    /**
     * True when the row ends inside a quoted field: a quote opens one only at the start of a
     * field, as the splitter reads it, so a stray quote inside a value does not swallow the
     * lines after it.
     */
    boolean unclosed(byte[] buf, int start, int end) {
        boolean quoted = false;
        boolean fieldStart = true;
        for (int i = start; i < end; i++) {
            byte c = buf[i];
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < end && buf[i + 1] == '"') {
                        i++;
                    } else {
                        quoted = false;
                    }
                }
            } else if (c == '"' && fieldStart) {
                quoted = true;
                fieldStart = false;
            } else {
                fieldStart = c == delimiter;
            }
        }
        return quoted;
    }

    /**
     * The delimiter of a header or data line: the most frequent of tab, comma, semicolon and
     * bar outside quotes; tab when there is none.
     */
    static byte guess(byte[] buf, int start, int end) {
        byte[] candidates = {'\t', ',', ';', '|'};
        int[] counts = new int[candidates.length];
        boolean quoted = false;
        for (int i = start; i < end; i++) {
            byte c = buf[i];
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                for (int k = 0; k < candidates.length; k++) {
                    if (c == candidates[k]) {
                        counts[k]++;
                    }
                }
            }
        }
        int best = 0;
        for (int k = 1; k < candidates.length; k++) {
            if (counts[k] > counts[best]) {
                best = k;
            }
        }
        return candidates[best];
    }
}
