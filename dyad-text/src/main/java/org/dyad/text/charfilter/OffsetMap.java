package org.dyad.text.charfilter;

import java.util.Arrays;

/**
 * Maps offsets of a cleaned text back to the text it was cleaned from, as Lucene's
 * {@code BaseCharFilter} does: a sorted list of checkpoints, each an output offset and the
 * cumulative difference (input minus output) that holds from there on. Looking an offset up is a
 * binary search; a filter that changes nothing has no checkpoint.
 *
 * <p>Immutable once built; build with {@link Builder}, which filters feed as they copy, delete and
 * replace characters.
 */
public final class OffsetMap {
    public static final OffsetMap IDENTITY = new OffsetMap(new int[0], new int[0]);

    private final int[] outOffsets;
    private final int[] diffs;

    private OffsetMap(int[] outOffsets, int[] diffs) {
        this.outOffsets = outOffsets;
        this.diffs = diffs;
    }

    /** The input offset of an output offset (start or end of a span alike). */
    public int toInput(int out) {
        if (out < 0) {
            throw new IllegalArgumentException("offset must be >= 0, got " + out);
        }
        int i = Arrays.binarySearch(outOffsets, out);
        if (i < 0) {
            i = -i - 2;
        } else {
            // several checkpoints may share an offset: the last one holds
            while (i + 1 < outOffsets.length && outOffsets[i + 1] == out) {
                i++;
            }
        }
        return i < 0 ? out : out + diffs[i];
    }

    public boolean isIdentity() {
        return outOffsets.length == 0;
    }

    /** Number of checkpoints (for tests and diagnostics). */
    public int checkpoints() {
        return outOffsets.length;
    }

    /** Collects checkpoints in increasing output order. */
    public static final class Builder {
        private int[] outs = new int[8];
        private int[] diffs = new int[8];
        private int size;
        private int lastDiff;

        /** From output offset {@code out} on, input = output + {@code cumulativeDiff}. */
        public void add(int out, int cumulativeDiff) {
            if (cumulativeDiff == lastDiff) {
                return;
            }
            if (size > 0 && out < outs[size - 1]) {
                throw new IllegalArgumentException("checkpoints must not go backwards: " + out + " after "
                        + outs[size - 1]);
            }
            if (size == outs.length) {
                outs = Arrays.copyOf(outs, size * 2);
                diffs = Arrays.copyOf(diffs, size * 2);
            }
            outs[size] = out;
            diffs[size] = cumulativeDiff;
            size++;
            lastDiff = cumulativeDiff;
        }

        public int lastDiff() {
            return lastDiff;
        }

        public OffsetMap build() {
            return size == 0 ? IDENTITY : new OffsetMap(Arrays.copyOf(outs, size), Arrays.copyOf(diffs, size));
        }
    }
}
