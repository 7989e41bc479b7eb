package org.dyad.text.charfilter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.text.OffsetAssert.assertMapsTo;
import static org.dyad.text.OffsetAssert.assertMonotonic;

import java.util.List;
import org.dyad.text.lexicon.Lexicon;
import org.junit.jupiter.api.Test;

class CleaningTest {
    private static final Lexicon LEXICON = Lexicon.of(List.of("Iran", "Iranian", "IRI", "Azerbaijan", "Tehran"));

    private static MappedText clean(String s) {
        return MappedText.original(s, 0)
                .apply(LineEndFilter.INSTANCE)
                .apply(FurnitureFilter.INSTANCE)
                .apply(new DehyphenationFilter(LEXICON))
                .apply(new OcrFilter(LEXICON));
    }

    @Test
    void joinsLineEndHyphenWhereTheWordDemandsIt() {
        String original = "both coun-\ntries and Hashemi-\nRafsanjani met";
        MappedText t = clean(original);
        assertThat(t.text()).isEqualTo("both countries and Hashemi-Rafsanjani met");
        int c = t.text().indexOf("countries");
        assertMapsTo(original, t, c, c + "countries".length(), "coun-\ntries");
        int h = t.text().indexOf("Hashemi-Rafsanjani");
        assertMapsTo(original, t, h, h + "Hashemi-Rafsanjani".length(), "Hashemi-\nRafsanjani");
        assertMonotonic(original, t);
    }

    @Test
    void keepsHyphenOfCompoundsAndNumbers() {
        assertThat(clean("trade-\neconomic ties in 1978-\n1979").text()).isEqualTo("trade-economic ties in 1978-1979");
        assertThat(clean("develop-\nment and inde-\npendent").text()).isEqualTo("development and independent");
        assertThat(clean("self-\ndetermination").text()).isEqualTo("self-determination");
    }

    @Test
    void joinsAcrossCarriageReturnLineFeed() {
        String original = "the coun-\r\ntries\r\nsigned";
        MappedText t = clean(original);
        assertThat(t.text()).isEqualTo("the countries\nsigned");
        int s = t.text().indexOf("signed");
        assertMapsTo(original, t, s, s + 6, "signed");
        assertMonotonic(original, t);
    }

    @Test
    void fixesOcrConfusionsTheLexiconProves() {
        String original = "lran and the IRl; I[ranian oil, Qil prices, lranian";
        MappedText t = clean(original);
        assertThat(t.text()).isEqualTo("Iran and the IRI; Iranian oil, Oil prices, Iranian");
        int i = t.text().indexOf("Iranian oil");
        assertMapsTo(original, t, i, i + "Iranian".length(), "I[ranian");
        assertMonotonic(original, t);
    }

    @Test
    void leavesKnownAndUnprovableWordsAlone() {
        assertThat(clean("large lakes, QOIC and lrrx").text()).isEqualTo("large lakes, QOIC and lrrx");
    }

    @Test
    void dropsPageNumberLines() {
        String original = "end of page.\n\n12\n\nNext page starts";
        MappedText t = clean(original);
        assertThat(t.text()).isEqualTo("end of page.\n\n\n\nNext page starts");
        int n = t.text().indexOf("Next");
        assertMapsTo(original, t, n, n + 4, "Next");
    }

    @Test
    void keepsAYearHeadingAboveChronologyEntries() {
        String original = "Chronology\n\n1965\n\nAug. 5 \u2013 Troops cross the line.\n\n1966\n\n12 March \u2013 Talks.";
        assertThat(clean(original).text()).isEqualTo(original);
        // a lone number above ordinary text is still a page number, even if it looks like a year
        assertThat(clean("end of page.\n\n1995\n\nNext page starts").text())
                .isEqualTo("end of page.\n\n\n\nNext page starts");
    }

    @Test
    void offsetMapHandlesDeletionsAndReplacements() {
        String original = "a&amp;b &lt;c&gt;";
        MappedText t = MappedText.original(original, 100).apply(XmlEntityFilter.INSTANCE);
        assertThat(t.text()).isEqualTo("a&b <c>");
        assertThat(t.toOriginal(0)).isEqualTo(100);
        assertThat(t.toOriginal(2)).isEqualTo(100 + original.indexOf('b'));
        assertThat(t.toOriginal(t.length())).isEqualTo(100 + original.length());
    }

    @Test
    void countsCodePointsOutsideTheBasicPlane() {
        String original = "\uD83D\uDE00 Iran";
        MappedText t = MappedText.original(original, 0);
        int i = original.indexOf("Iran");
        assertThat(t.toOriginal(i)).isEqualTo(3);
        assertThat(t.toOriginalCodePoint(i)).isEqualTo(2);
    }
}
