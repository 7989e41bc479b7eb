package org.dyad.text.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.dyad.text.charfilter.MappedText;

/** The lenient records reader takes any mix of fragments without failing, and its text spans stay inside the file. */
class RecordsProperties {
    @Provide
    Arbitrary<String> recordish() {
        return Arbitraries.of("<Sentence id=\"A\" date=\"19950101\" category=\"DEMO\">", "</Sentence>", "<Text>", "</Text>",
                "<!--", "-->", "<! --", "<EventCoding sourcecode=\"ARN\" targetcode=\"GON\" eventcode=\"064\">",
                "<Parse>(ROOT (S))</Parse>", "<Config option=\"require_dyad\" value=\"false\">", "Arnor &amp; Gondor",
                "stray line\n", "<PLEvent {\"a\": 1}>", "<", ">", "\"", "'", "id='x'", "\n").list().ofMaxSize(30)
                .map(l -> String.join("", l));
    }

    @Property(tries = 500)
    void anyFragmentsParseWithSpansInsideTheFile(@ForAll("recordish") String text) {
        RecordsFile f = RecordsFile.parse(Path.of("fuzz.xml"), text);
        for (RecordsFile.Record r : f.records()) {
            assertThat(r.textStart()).isBetween(0, text.length());
            assertThat(r.textEnd()).isBetween(r.textStart(), text.length());
            MappedText t = f.recordText(r);
            assertThat(t.toOriginal(0)).isEqualTo(r.textStart());
            assertThat(t.toOriginal(t.length())).isEqualTo(r.textEnd());
        }
    }
}
