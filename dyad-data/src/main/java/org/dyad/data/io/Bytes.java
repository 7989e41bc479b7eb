package org.dyad.data.io;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Byte scanning eight bytes at a time (SWAR: a byte equal to the wanted one becomes a zero byte,
 * and zero bytes are found with the carry trick), and small parsers that read numbers straight
 * from bytes. Event files are mostly ASCII digits and codes: decoding them to strings first would
 * cost more than everything else.
 */
public final class Bytes {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    private Bytes() {
    }

    /** The first index of {@code b} in {@code a[from, to)}, or -1. */
    public static int indexOf(byte[] a, int from, int to, byte b) {
        long pattern = ONES * (b & 0xFF);
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long v = (long) LONGS.get(a, i) ^ pattern;
            long t = (v - ONES) & ~v & HIGHS;
            if (t != 0) {
                return i + (Long.numberOfTrailingZeros(t) >>> 3);
            }
        }
        for (; i < to; i++) {
            if (a[i] == b) {
                return i;
            }
        }
        return -1;
    }

    /** True when {@code a[from, to)} holds exactly the bytes of {@code b}. */
    public static boolean equals(byte[] a, int from, int to, byte[] b) {
        if (to - from != b.length) {
            return false;
        }
        for (int i = 0; i < b.length; i++) {
            if (a[from + i] != b[i]) {
                return false;
            }
        }
        return true;
    }

    /** True when every byte of the range is an ASCII digit (and there is at least one). */
    public static boolean isDigits(byte[] a, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (a[i] < '0' || a[i] > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * A non-negative decimal integer of at most 18 digits, or -1 when the range is empty, too long
     * or holds anything but digits.
     */
    public static long parseUnsigned(byte[] a, int from, int to) {
        if (from >= to || to - from > 18) {
            return -1;
        }
        long v = 0;
        for (int i = from; i < to; i++) {
            int d = a[i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            v = v * 10 + d;
        }
        return v;
    }

    private static final double[] POW10 = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
        1e13, 1e14, 1e15, 1e16, 1e17, 1e18};

    /**
     * A decimal number such as {@code -5.8}, {@code 3}, {@code 0.4} or {@code 1.5e3}; NaN when the
     * range is not a number. Plain decimals of up to 15 significant digits are computed here
     * (exactly as {@link Double#parseDouble} would round them); anything else goes to it.
     */
    public static double parseDouble(byte[] a, int from, int to) {
        int i = from;
        boolean negative = false;
        if (i < to && (a[i] == '-' || a[i] == '+')) {
            negative = a[i] == '-';
            i++;
        }
        long mantissa = 0;
        int significant = 0;
        int fraction = 0;
        boolean dot = false;
        boolean digit = false;
        for (; i < to; i++) {
            byte c = a[i];
            if (c >= '0' && c <= '9') {
                digit = true;
                mantissa = mantissa * 10 + (c - '0');
                if (mantissa != 0 && ++significant > 15) {
                    return slowDouble(a, from, to);
                }
                if (dot && ++fraction >= POW10.length) {
                    return slowDouble(a, from, to);
                }
            } else if (c == '.' && !dot) {
                dot = true;
            } else {
                return slowDouble(a, from, to);
            }
        }
        if (!digit) {
            return Double.NaN;
        }
        double v = fraction == 0 ? mantissa : mantissa / POW10[fraction];
        return negative ? -v : v;
    }

    private static double slowDouble(byte[] a, int from, int to) {
        try {
            double v = Double.parseDouble(new String(a, from, to - from, java.nio.charset.StandardCharsets.ISO_8859_1));
            return Double.isFinite(v) ? v : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
