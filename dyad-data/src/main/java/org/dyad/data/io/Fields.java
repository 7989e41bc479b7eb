package org.dyad.data.io;

import java.nio.charset.StandardCharsets;

/**
 * The fields of one delimited line (no quoting: GDELT, ICEWS, Phoenix and POLECAT files have
 * none), located lazily: a reader that needs fields 8 and 18 to decide whether to keep a row
 * finds only the first 18 delimiters. Field numbers are 0-based.
 */
public final class Fields {
    private final byte delimiter;
    private byte[] buf;
    private int end;
    /** starts[i] is where field i begins; field i ends one byte before starts[i + 1]. */
    private int[] starts = new int[64];
    private int located;
    private boolean complete;

    public Fields(byte delimiter) {
        this.delimiter = delimiter;
    }

    public Fields reset(byte[] buf, int start, int end) {
        this.buf = buf;
        this.end = end;
        starts[0] = start;
        located = 1;
        complete = false;
        return this;
    }

    /** Locates the first {@code n} fields; returns how many exist (fewer than n when the line is short). */
    public int locate(int n) {
        while (located < n && !complete) {
            int from = starts[located - 1];
            int d = Bytes.indexOf(buf, from, end, delimiter);
            if (d < 0) {
                complete = true;
                if (located == starts.length) {
                    grow();
                }
                starts[located] = end + 1;
                return located;
            }
            if (located + 1 >= starts.length) {
                grow();
            }
            starts[located++] = d + 1;
        }
        return Math.min(located, n);
    }

    /** The number of fields on the line. */
    public int count() {
        locate(Integer.MAX_VALUE);
        return located;
    }

    private void grow() {
        int[] s = new int[starts.length * 2];
        System.arraycopy(starts, 0, s, 0, starts.length);
        starts = s;
    }

    public byte[] buffer() {
        return buf;
    }

    public int start(int i) {
        return starts[i];
    }

    public int end(int i) {
        return (i + 1 < located || complete) ? starts[i + 1] - 1 : endOf(i);
    }

    /** The end of the last located field when it is not yet known to be followed by another. */
    private int endOf(int i) {
        locate(i + 2);
        return starts[i + 1] - 1;
    }

    public int length(int i) {
        return end(i) - start(i);
    }

    public boolean isEmpty(int i) {
        return end(i) == start(i);
    }

    /** The field as text (UTF-8), or null when empty. */
    public String string(int i) {
        int s = start(i);
        int e = end(i);
        return s == e ? null : new String(buf, s, e - s, StandardCharsets.UTF_8);
    }

    /** The field as text with surrounding spaces removed, or null when empty or only spaces. */
    public String trimmed(int i) {
        int s = start(i);
        int e = end(i);
        while (s < e && buf[s] == ' ') {
            s++;
        }
        while (e > s && buf[e - 1] == ' ') {
            e--;
        }
        return s == e ? null : new String(buf, s, e - s, StandardCharsets.UTF_8);
    }

    public boolean equalsBytes(int i, byte[] value) {
        return Bytes.equals(buf, start(i), end(i), value);
    }

    /** The field as a non-negative integer, or -1 when it is empty or not digits. */
    public long unsigned(int i) {
        return Bytes.parseUnsigned(buf, start(i), end(i));
    }

    /** The field as a number, or NaN when empty or not a number. */
    public double number(int i) {
        return Bytes.parseDouble(buf, start(i), end(i));
    }
}
