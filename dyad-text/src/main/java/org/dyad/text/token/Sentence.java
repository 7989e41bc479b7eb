package org.dyad.text.token;

import org.dyad.text.charfilter.MappedText;

/**
 * A sentence as tokens over a cleaned block of text. Tokens are held in parallel arrays (surface
 * form, upper-case matching form, offsets into the block, kind) so that coding a sentence
 * allocates little. Offsets map to the original file through {@link #block()}.
 */
public final class Sentence {
    private final MappedText block;
    private final String[] surface;
    private final String[] upper;
    private final int[] starts;
    private final int[] ends;
    private final byte[] kinds;
    private final int size;
    private final int paragraph;
    private final boolean paragraphStart;

    Sentence(MappedText block, String[] surface, String[] upper, int[] starts, int[] ends, byte[] kinds, int size,
             int paragraph, boolean paragraphStart) {
        this.block = block;
        this.surface = surface;
        this.upper = upper;
        this.starts = starts;
        this.ends = ends;
        this.kinds = kinds;
        this.size = size;
        this.paragraph = paragraph;
        this.paragraphStart = paragraphStart;
    }

    public MappedText block() {
        return block;
    }

    public int size() {
        return size;
    }

    /** The token as written in the cleaned text ({@code Gondor}, {@code 's}, {@code n't}). */
    public String surface(int i) {
        return surface[i];
    }

    /** The form dictionaries match: upper case, apostrophes straightened ({@code GONDOR}, {@code 'S}). */
    public String upper(int i) {
        return upper[i];
    }

    /** The matching forms as an array, for dictionary lookups; do not modify. */
    public String[] uppers() {
        return upper;
    }

    public TokenKind kind(int i) {
        return TokenKind.VALUES[kinds[i]];
    }

    public boolean is(int i, TokenKind k) {
        return kinds[i] == k.ordinal();
    }

    public int start(int i) {
        return starts[i];
    }

    public int end(int i) {
        return ends[i];
    }

    /** Block offset where the sentence starts. */
    public int start() {
        return size == 0 ? 0 : starts[0];
    }

    public int end() {
        return size == 0 ? 0 : ends[size - 1];
    }

    /** Index of the paragraph in its document (blank-line separated), counting from 0. */
    public int paragraph() {
        return paragraph;
    }

    /** True for the first sentence of a paragraph. */
    public boolean startsParagraph() {
        return paragraphStart;
    }

    /** The cleaned text of tokens {@code [from, to)}. */
    public String text(int from, int to) {
        if (from >= to) {
            return "";
        }
        return block.text().substring(starts[from], ends[to - 1]);
    }

    public String text() {
        return text(0, size);
    }

    /** True when the token starts with a capital letter. */
    public boolean capitalized(int i) {
        String s = surface[i];
        return !s.isEmpty() && Character.isUpperCase(s.charAt(0));
    }

    @Override
    public String toString() {
        return text();
    }
}
