package org.dyad.data.io;

import java.util.Arrays;

/**
 * A small cache from byte strings (a field as it is in the line) to values, so that codes,
 * countries and dates repeated millions of times are decoded once, without making a string per
 * row to look them up. Open addressing; bounded: when full it starts over.
 */
public final class ByteCache<V> {
    private final int mask;
    private final int limit;
    private final byte[][] keys;
    private final Object[] values;
    private int size;

    /** @param capacity a power of two; the cache holds at most three quarters of it */
    public ByteCache(int capacity) {
        if (Integer.bitCount(capacity) != 1) {
            throw new IllegalArgumentException("capacity must be a power of two");
        }
        this.mask = capacity - 1;
        this.limit = capacity / 4 * 3;
        this.keys = new byte[capacity][];
        this.values = new Object[capacity];
    }

    private static int hash(byte[] b, int from, int to) {
        int h = 1;
        for (int i = from; i < to; i++) {
            h = 31 * h + b[i];
        }
        return h ^ (h >>> 16);
    }

    /** The value cached for {@code b[from, to)}, or null. */
    @SuppressWarnings("unchecked")
    public V get(byte[] b, int from, int to) {
        int i = hash(b, from, to) & mask;
        byte[] k;
        while ((k = keys[i]) != null) {
            if (Bytes.equals(b, from, to, k)) {
                return (V) values[i];
            }
            i = (i + 1) & mask;
        }
        return null;
    }

    public void put(byte[] b, int from, int to, V value) {
        if (size >= limit) {
            Arrays.fill(keys, null);
            Arrays.fill(values, null);
            size = 0;
        }
        int i = hash(b, from, to) & mask;
        while (keys[i] != null) {
            if (Bytes.equals(b, from, to, keys[i])) {
                values[i] = value;
                return;
            }
            i = (i + 1) & mask;
        }
        keys[i] = Arrays.copyOfRange(b, from, to);
        values[i] = value;
        size++;
    }
}
