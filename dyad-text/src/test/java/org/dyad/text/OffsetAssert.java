package org.dyad.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.dyad.text.charfilter.MappedText;

/**
 * The one offset check every test of text handling uses: a span of cleaned (or extracted) text,
 * mapped back, must cover exactly the expected characters of the original file, and mapping must
 * never go backwards. Whitespace is compared collapsed, since cleaning joins lines.
 */
public final class OffsetAssert {
    private OffsetAssert() {
    }

    /** {@code original[start, end)} read with runs of whitespace collapsed equals {@code expected}. */
    public static void assertOriginalSpan(String original, int start, int end, String expected) {
        assertThat(start).as("start offset").isBetween(0, original.length());
        assertThat(end).as("end offset").isBetween(start, original.length());
        assertThat(collapse(original.substring(start, end))).as("original text at [%d, %d)", start, end)
                .isEqualTo(collapse(expected));
    }

    /** The cleaned span {@code [cs, ce)} maps back to {@code expectedOriginal} in {@code original}. */
    public static void assertMapsTo(String original, MappedText cleaned, int cs, int ce, String expectedOriginal) {
        assertOriginalSpan(original, cleaned.toOriginal(cs), cleaned.toOriginal(ce), expectedOriginal);
    }

    /** Every offset of the cleaned text maps into the original and the mapping never decreases. */
    public static void assertMonotonic(String original, MappedText cleaned) {
        int previous = -1;
        for (int o = 0; o <= cleaned.length(); o++) {
            int m = cleaned.toOriginal(o);
            assertThat(m).as("offset %d maps to %d", o, m).isBetween(0, original.length());
            assertThat(m).as("offset %d maps backwards", o).isGreaterThanOrEqualTo(previous);
            previous = m;
        }
    }

    public static String collapse(String s) {
        return s.replaceAll("\\s+", " ").trim();
    }
}
