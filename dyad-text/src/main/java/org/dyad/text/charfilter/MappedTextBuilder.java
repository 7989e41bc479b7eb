package org.dyad.text.charfilter;

/**
 * Writes a cleaned text from an input text left to right, recording how output offsets map back:
 * copied characters keep their offsets, deleted ones shift what follows, a replacement maps its
 * first character to the start of what it replaced and the end of the replacement to the end.
 */
public final class MappedTextBuilder {
    private final MappedText input;
    private final String in;
    private final StringBuilder out;
    private final OffsetMap.Builder map = new OffsetMap.Builder();
    private int pos;
    private boolean changed;

    public MappedTextBuilder(MappedText input) {
        this.input = input;
        this.in = input.text();
        this.out = new StringBuilder(in.length());
    }

    /** Input position: the next character to read. */
    public int position() {
        return pos;
    }

    /** Copies input up to (not including) {@code to}. */
    public void copyTo(int to) {
        if (to < pos || to > in.length()) {
            throw new IllegalArgumentException("cannot copy to " + to + " from " + pos + " of " + in.length());
        }
        out.append(in, pos, to);
        pos = to;
    }

    /** Drops {@code n} input characters. */
    public void delete(int n) {
        if (n <= 0) {
            return;
        }
        pos += n;
        changed = true;
        map.add(out.length(), pos - out.length());
    }

    /** Replaces the next {@code n} input characters with {@code replacement}. */
    public void replace(int n, CharSequence replacement) {
        int start = out.length();
        out.append(replacement);
        pos += n;
        changed = changed || n != replacement.length()
                || !in.regionMatches(pos - n, replacement.toString(), 0, n);
        if (replacement.length() > 0 && map.lastDiff() != (pos - n) - start) {
            map.add(start, (pos - n) - start);
        }
        // an expansion ("\uFB03" to "ffi"): its extra characters all map to the end of what it replaced
        for (int k = start + Math.max(n, 1); k < out.length(); k++) {
            map.add(k, pos - k);
        }
        map.add(out.length(), pos - out.length());
    }

    /** Copies the rest and returns the cleaned text (the input itself when nothing changed). */
    public MappedText finish() {
        copyTo(in.length());
        return changed ? MappedText.derived(out.toString(), input, map.build()) : input;
    }
}
