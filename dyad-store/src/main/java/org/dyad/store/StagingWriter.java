package org.dyad.store;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * Writes rows for DuckDB's CSV reader: tab-separated, {@code \N} for null, fields quoted only when
 * they hold a tab, line break or the quote character, or would read as null or empty. The quote
 * character is the record separator (0x1E), which text does not contain, so JSON and names with
 * quotation marks go through as they are.
 * Lists are one field with elements separated by the unit separator (0x1F). ASCII text, the bulk
 * of event data, is copied byte by byte without an encoder.
 */
final class StagingWriter implements Closeable {
    static final char LIST_SEPARATOR = '\u001F';
    /** The quote (and escape) character of staging files; see {@link EventRows#STAGED_TYPES}. */
    static final char QUOTE = '\u001E';
    private final OutputStream out;
    private final byte[] buf = new byte[1 << 20];
    private int n;
    private boolean first = true;

    StagingWriter(OutputStream out) {
        this.out = out;
    }

    private void room(int bytes) throws IOException {
        if (n + bytes > buf.length) {
            out.write(buf, 0, n);
            n = 0;
        }
    }

    private void separator() throws IOException {
        room(1);
        if (!first) {
            buf[n++] = '\t';
        }
        first = false;
    }

    void endRow() throws IOException {
        room(1);
        buf[n++] = '\n';
        first = true;
    }

    void nul() throws IOException {
        separator();
        room(2);
        buf[n++] = '\\';
        buf[n++] = 'N';
    }

    void text(String s) throws IOException {
        if (s == null) {
            nul();
            return;
        }
        separator();
        int len = s.length();
        if (len > 0 && len < (buf.length >> 2) && !s.equals("\\N")) {
            room(len);
            int start = n;
            int i = 0;
            for (; i < len; i++) {
                char c = s.charAt(i);
                if (c >= 0x80 || c == '\t' || c == '\n' || c == '\r' || c == QUOTE) {
                    break;
                }
                buf[n++] = (byte) c;
            }
            if (i == len) {
                return;
            }
            n = start;
        }
        quoted(s);
    }

    private void quoted(String s) throws IOException {
        boolean needed = s.isEmpty() || s.equals("\\N") || s.indexOf('\t') >= 0 || s.indexOf('\n') >= 0
                || s.indexOf('\r') >= 0 || s.indexOf(QUOTE) >= 0;
        String q = String.valueOf(QUOTE);
        byte[] b = (needed ? q + s.replace(q, q + q) + q : s).getBytes(StandardCharsets.UTF_8);
        room(b.length);
        if (b.length > buf.length) {
            out.write(b);
            return;
        }
        System.arraycopy(b, 0, buf, n, b.length);
        n += b.length;
    }

    void number(long v) throws IOException {
        separator();
        room(20);
        if (v >= 0 && v < 10) {
            buf[n++] = (byte) ('0' + v);
            return;
        }
        ascii(Long.toString(v));
    }

    void number(Integer v) throws IOException {
        if (v == null) {
            nul();
        } else {
            number((long) v);
        }
    }

    void number(Double v) throws IOException {
        if (v == null) {
            nul();
        } else {
            separator();
            double d = v;
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                ascii(Long.toString((long) d));
            } else {
                ascii(Double.toString(d));
            }
        }
    }

    /** A date as {@code YYYY-MM-DD}, digits written directly (years 1 to 9999). */
    void date(LocalDate d) throws IOException {
        if (d == null) {
            nul();
            return;
        }
        separator();
        room(10);
        int y = d.getYear();
        int m = d.getMonthValue();
        int day = d.getDayOfMonth();
        buf[n++] = (byte) ('0' + y / 1000 % 10);
        buf[n++] = (byte) ('0' + y / 100 % 10);
        buf[n++] = (byte) ('0' + y / 10 % 10);
        buf[n++] = (byte) ('0' + y % 10);
        buf[n++] = '-';
        buf[n++] = (byte) ('0' + m / 10);
        buf[n++] = (byte) ('0' + m % 10);
        buf[n++] = '-';
        buf[n++] = (byte) ('0' + day / 10);
        buf[n++] = (byte) ('0' + day % 10);
    }

    /** A list as one field, elements joined by {@link #LIST_SEPARATOR}; null when empty. */
    void list(Iterable<String> items) throws IOException {
        StringBuilder b = null;
        for (String s : items) {
            if (b == null) {
                b = new StringBuilder();
            } else {
                b.append(LIST_SEPARATOR);
            }
            b.append(s.replace(LIST_SEPARATOR, ' '));
        }
        if (b == null) {
            nul();
        } else {
            text(b.toString());
        }
    }

    private void ascii(String s) throws IOException {
        room(s.length());
        for (int i = 0; i < s.length(); i++) {
            buf[n++] = (byte) s.charAt(i);
        }
    }

    void flush() throws IOException {
        out.write(buf, 0, n);
        n = 0;
        out.flush();
    }

    @Override
    public void close() throws IOException {
        try {
            flush();
        } finally {
            out.close();
        }
    }
}
