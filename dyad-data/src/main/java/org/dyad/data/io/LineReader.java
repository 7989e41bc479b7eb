package org.dyad.data.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads lines of bytes from a stream without decoding them. After {@link #next} the line is
 * {@code buffer()[start(), end())}, valid until the next call; line ends ({@code \n} or
 * {@code \r\n}) are not part of it.
 *
 * <p>Memory is bounded whatever the input: a line longer than {@code maxLine} bytes is not kept
 * whole. Its first {@link #EXCERPT} bytes are kept, the rest is skipped up to the next line end,
 * and {@link #truncated()} says so, with {@link #length()} giving the full length, so the caller
 * can reject it by name and go on.
 */
public final class LineReader implements Closeable {
    public static final int DEFAULT_MAX_LINE = 1 << 20;
    /** Bytes kept of a line that is too long. */
    public static final int EXCERPT = 4096;
    private final InputStream in;
    private final int maxLine;
    private final byte[] buf;
    private final byte[] excerpt = new byte[EXCERPT];
    private int pos;
    private int limit;
    private boolean eof;
    private byte[] lineBuf;
    private int lineStart;
    private int lineEnd;
    private long lineNumber;
    private long lineLength;
    private boolean truncated;
    private long consumed;

    public LineReader(InputStream in) {
        this(in, DEFAULT_MAX_LINE);
    }

    public LineReader(InputStream in, int maxLine) {
        if (maxLine < EXCERPT) {
            throw new IllegalArgumentException("maxLine must be at least " + EXCERPT);
        }
        this.in = in;
        this.maxLine = maxLine;
        this.buf = new byte[Math.max(1 << 20, maxLine + (1 << 16))];
    }

    /** Moves to the next line; false at the end of the input. */
    public boolean next() throws IOException {
        truncated = false;
        int scanFrom = pos;
        while (true) {
            int nl = Bytes.indexOf(buf, scanFrom, limit, (byte) '\n');
            if (nl >= 0) {
                setLine(buf, pos, nl, nl - pos);
                consumed += nl + 1 - pos;
                pos = nl + 1;
                return true;
            }
            if (eof) {
                if (pos < limit) {
                    setLine(buf, pos, limit, limit - pos);
                    consumed += limit - pos;
                    pos = limit;
                    return true;
                }
                return false;
            }
            if (limit - pos >= maxLine) {
                skipLongLine();
                return true;
            }
            scanFrom = limit - pos;
            fill();
        }
    }

    private void setLine(byte[] b, int start, int end, long length) {
        lineBuf = b;
        lineStart = start;
        lineEnd = end > start && b[end - 1] == '\r' ? end - 1 : end;
        lineLength = length;
        lineNumber++;
    }

    /** Keeps the start of an over-long line and reads on to its end. */
    private void skipLongLine() throws IOException {
        System.arraycopy(buf, pos, excerpt, 0, EXCERPT);
        long length = 0;
        while (true) {
            int nl = Bytes.indexOf(buf, pos, limit, (byte) '\n');
            if (nl >= 0) {
                length += nl - pos;
                consumed += nl + 1 - pos;
                pos = nl + 1;
                break;
            }
            length += limit - pos;
            consumed += limit - pos;
            pos = limit;
            if (eof) {
                break;
            }
            fill();
        }
        lineBuf = excerpt;
        lineStart = 0;
        lineEnd = EXCERPT;
        lineLength = length;
        lineNumber++;
        truncated = true;
    }

    /** Moves the unread bytes to the front and reads more after them. */
    private void fill() throws IOException {
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            limit -= pos;
            pos = 0;
        }
        while (limit < buf.length) {
            int n = in.read(buf, limit, buf.length - limit);
            if (n < 0) {
                eof = true;
                return;
            }
            limit += n;
            if (n > 0 && limit - pos >= 1 << 16) {
                return;
            }
        }
    }

    public byte[] buffer() {
        return lineBuf;
    }

    public int start() {
        return lineStart;
    }

    public int end() {
        return lineEnd;
    }

    /** 1-based number of the current line. */
    public long number() {
        return lineNumber;
    }

    /** Whether the current line was longer than the limit and only its start is held. */
    public boolean truncated() {
        return truncated;
    }

    /** The full length of the current line in bytes, line end excluded (for a truncated line, all of it). */
    public long length() {
        return lineLength;
    }

    public boolean isBlank() {
        for (int i = lineStart; i < lineEnd; i++) {
            byte c = lineBuf[i];
            if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    /** Bytes of the input consumed so far (line ends included). */
    public long consumed() {
        return consumed;
    }

    public int maxLine() {
        return maxLine;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
