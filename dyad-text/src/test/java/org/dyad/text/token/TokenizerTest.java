package org.dyad.text.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.text.OffsetAssert.assertMapsTo;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.dyad.text.charfilter.MappedText;
import org.junit.jupiter.api.Test;

class TokenizerTest {
    private static List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        new Tokenizer().split(MappedText.original(text, 0), out::add);
        return out;
    }

    private static List<String> tokens(Sentence s) {
        List<String> t = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            t.add(s.surface(i));
        }
        return t;
    }

    @Test
    void splitsPossessivesAndCliticsLikeTheTreebank() {
        Sentence s = split("Gondor's envoy didn't go; the nations’ leaders won't, Azerbaijan’'s too.").get(0);
        assertThat(tokens(s)).containsExactly("Gondor", "'s", "envoy", "did", "n't", "go", ";", "the", "nations",
                "’", "leaders", "wo", "n't", ",", "Azerbaijan", "’'s", "too", ".");
        assertThat(s.kind(1)).isEqualTo(TokenKind.POSSESSIVE);
        assertThat(s.upper(1)).isEqualTo("'S");
        assertThat(s.upper(9)).isEqualTo("'");
        assertThat(s.kind(4)).isEqualTo(TokenKind.CLITIC);
        assertThat(s.upper(15)).isEqualTo("'S");
    }

    @Test
    void keepsAbbreviationsInitialsNumbersAndHyphenatedWords() {
        Sentence s = split("Iranian Foreign Minister A.A. Vilayati met M. Nurbakhsh of the U.S.S.R on June 10-11, "
                + "signing a 19-point deal worth 11.8 million and 50,000 tonnes with Hashemi-Rafsanjani and anti- Gondor groups.")
                .get(0);
        assertThat(tokens(s)).contains("A.A.", "M.", "U.S.S.R", "10-11", "19-point", "11.8", "50,000",
                "Hashemi-Rafsanjani", "anti-");
    }

    @Test
    void endsSentencesButNotAfterInitialsOrTitles() {
        List<Sentence> l = split("Mr. Aliyev met Dr. Smith. On December 3rd, H. Aliyev signed it. The U.S. The next "
                + "one (Talibly, 2017). It ends!");
        assertThat(l).extracting(Sentence::text).containsExactly("Mr. Aliyev met Dr. Smith.",
                "On December 3rd, H. Aliyev signed it.", "The U.S.", "The next one (Talibly, 2017).", "It ends!");
    }

    @Test
    void paragraphBreaksEndSentencesUnlessALowerCaseWordContinues() {
        List<Sentence> l = split("Heading of a section\n\nIran grew. Additionally,\n\ncooperation with Baku "
                + "mattered.\n\nNew paragraph here.");
        assertThat(l).extracting(Sentence::text).containsExactly("Heading of a section", "Iran grew.",
                "Additionally,\n\ncooperation with Baku mattered.", "New paragraph here.");
        assertThat(l).extracting(Sentence::paragraph).containsExactly(0, 1, 1, 2);
        assertThat(l.get(1).startsParagraph()).isTrue();
        assertThat(l.get(2).startsParagraph()).isFalse();
    }

    @Test
    void tokenOffsetsIndexTheText() {
        String text = "Tehran’s envoy didn't come.";
        Sentence s = split(text).get(0);
        for (int i = 0; i < s.size(); i++) {
            assertMapsTo(text, s.block(), s.start(i), s.end(i), s.surface(i));
        }
    }

    @Property(tries = 300)
    void anyTextTokenizesIntoOrderedNonOverlappingSpans(@ForAll @StringLength(max = 300) String text) {
        int previousEnd = 0;
        int count = 0;
        for (Sentence s : split(text)) {
            for (int i = 0; i < s.size(); i++) {
                assertThat(s.start(i)).isGreaterThanOrEqualTo(previousEnd);
                assertThat(s.end(i)).isGreaterThan(s.start(i));
                assertThat(text.substring(s.start(i), s.end(i))).isEqualTo(s.surface(i));
                previousEnd = s.end(i);
                count++;
            }
        }
        assertThat(count == 0).isEqualTo(text.isBlank());
    }
}
