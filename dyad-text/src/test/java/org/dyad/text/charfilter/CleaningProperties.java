package org.dyad.text.charfilter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.text.OffsetAssert.assertMonotonic;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.dyad.text.lexicon.Lexicon;

/** Cleaning never loses the way back: on any text, offsets map into the original and never go backwards. */
class CleaningProperties {
    private static final Lexicon LEXICON = Lexicon.of(List.of("Iran", "Iranian", "Azerbaijan", "IRI"));

    @Provide
    Arbitrary<String> messyText() {
        Arbitrary<String> pieces = Arbitraries.of("coun-\ntries", "Hashemi-\nRafsanjani", "lran", "IRl", "I[ran", "Qil",
                "\r\n", "\n\n12\n\n", "\f", "\u00AD", "\uFB01", "&amp;", "word", " ", "-\n", "1978-\n1979", ".", ",",
                "\u00A0", "\uD83D\uDE00", "x");
        return pieces.list().ofMaxSize(40).map(l -> String.join("", l));
    }

    @Property(tries = 400)
    void everyOffsetMapsBackMonotonically(@ForAll("messyText") String text) {
        MappedText t = MappedText.original(text, 0).apply(LineEndFilter.INSTANCE).apply(FurnitureFilter.INSTANCE)
                .apply(new DehyphenationFilter(LEXICON)).apply(new OcrFilter(LEXICON)).apply(XmlEntityFilter.INSTANCE);
        assertMonotonic(text, t);
        assertThat(t.toOriginal(t.length())).isEqualTo(text.length());
        assertThat(t.toOriginalCodePoint(t.length())).isEqualTo(text.codePointCount(0, text.length()));
    }

    @Property(tries = 300)
    void anyStringSurvivesCleaning(@ForAll String text) {
        MappedText t = MappedText.original(text, 0).apply(LineEndFilter.INSTANCE).apply(new DehyphenationFilter(LEXICON))
                .apply(new OcrFilter(LEXICON));
        assertMonotonic(text, t);
    }
}
