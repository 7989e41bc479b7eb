package org.dyad.text.charfilter;

/**
 * A text together with the way back to the file it came from. The root of a chain is a slice of
 * the original text, starting at {@code base} in the original; every cleaning step adds a link
 * with its own {@link OffsetMap}. {@link #toOriginal} walks the chain, so offsets of the final
 * cleaned text index the original file.
 */
public final class MappedText {
    private final String text;
    private final MappedText parent;
    private final OffsetMap map;
    private final int base;
    private final int baseCodePoint;
    private final boolean surrogates;

    private MappedText(String text, MappedText parent, OffsetMap map, int base, int baseCodePoint) {
        this.text = text;
        this.parent = parent;
        this.map = map;
        this.base = base;
        this.baseCodePoint = baseCodePoint;
        this.surrogates = parent == null && hasSurrogates(text);
    }

    private static boolean hasSurrogates(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** A slice of the original text that starts at char {@code base} in the original. */
    public static MappedText original(String text, int base) {
        return original(text, base, base);
    }

    /**
     * A slice of the original text that starts at char {@code base}, which is code point
     * {@code baseCodePoint} of the original (they differ after characters outside the BMP).
     */
    public static MappedText original(String text, int base, int baseCodePoint) {
        if (base < 0 || baseCodePoint < 0 || baseCodePoint > base) {
            throw new IllegalArgumentException("bad base " + base + "/" + baseCodePoint);
        }
        return new MappedText(text, null, OffsetMap.IDENTITY, base, baseCodePoint);
    }

    /** A text derived from {@code parent}, with offsets mapped by {@code map}. */
    public static MappedText derived(String text, MappedText parent, OffsetMap map) {
        if (parent == null || map == null) {
            throw new IllegalArgumentException("a derived text needs its parent and its offset map");
        }
        return new MappedText(text, parent, map, 0, 0);
    }

    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    /** The offset in the original file (in chars of the decoded original) of an offset of this text. */
    public int toOriginal(int offset) {
        if (offset < 0 || offset > text.length()) {
            throw new IllegalArgumentException("offset " + offset + " is outside 0.." + text.length());
        }
        MappedText t = this;
        int o = offset;
        while (t.parent != null) {
            o = t.map.toInput(o);
            t = t.parent;
        }
        return t.base + o;
    }

    /**
     * The offset in the original file counted in Unicode code points, as Python, DuckDB and most
     * readers count characters; equal to {@link #toOriginal} unless the text has characters outside
     * the Basic Multilingual Plane.
     */
    public int toOriginalCodePoint(int offset) {
        MappedText root = this;
        int o = offset;
        if (offset < 0 || offset > text.length()) {
            throw new IllegalArgumentException("offset " + offset + " is outside 0.." + text.length());
        }
        while (root.parent != null) {
            o = root.map.toInput(o);
            root = root.parent;
        }
        o = Math.min(o, root.text.length());
        return root.baseCodePoint + (root.surrogates ? root.text.codePointCount(0, o) : o);
    }

    /** The original file's text behind {@code [start, end)} of this text, as written (OCR errors, hyphens and all). */
    public String originalText(int start, int end) {
        MappedText root = root();
        int a = toOriginal(start) - root.base;
        int b = toOriginal(end) - root.base;
        return root.text.substring(Math.max(0, a), Math.min(root.text.length(), Math.max(a, b)));
    }

    /** The root slice of the original this text was cleaned from. */
    public MappedText root() {
        MappedText t = this;
        while (t.parent != null) {
            t = t.parent;
        }
        return t;
    }

    /** Applies a cleaning step; a step that changed nothing returns this text itself. */
    public MappedText apply(CharFilter filter) {
        return filter.filter(this);
    }

    /** Chain depth (1 for an original slice). */
    public int depth() {
        int d = 1;
        for (MappedText t = parent; t != null; t = t.parent) {
            d++;
        }
        return d;
    }
}
