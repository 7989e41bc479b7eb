package org.dyad.data.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Event;
import org.dyad.model.QuadClass;
import org.dyad.model.SharedData;
import org.junit.jupiter.api.Test;

class IcewsParserTest {
    private final Normalizer norm = new Normalizer();

    private List<String> sample() throws IOException {
        return Files.readAllLines(SharedData.path("datasets/samples/icews_events.2018.sample.tab"));
    }

    @Test
    void readsEveryRowOfTheDataverseSample() throws IOException {
        Rows r = Rows.parse(EventFormat.ICEWS.parser(norm, null), sample());
        assertThat(r.headers).isEqualTo(1);
        assertThat(r.bad).isEmpty();
        assertThat(r.events).hasSize(3705);
        Event e = r.byRef("32896733");
        assertThat(e.id()).isEqualTo("icews:32896733");
        assertThat(e.sourceCountry()).isEqualTo("AZE");
        assertThat(e.source().code()).isEqualTo("AZEGOV");
        assertThat(e.sourceName()).isEqualTo("Elmar Mammadyarov");
        assertThat(e.targetCountry()).isEqualTo("PRT");
        assertThat(e.code().code()).isEqualTo("040");
        assertThat(e.goldstein()).isEqualTo(1.0);
        assertThat(e.quadClass()).isEqualTo(QuadClass.VERBAL_COOPERATION);
        assertThat(e.location()).isEqualTo("New York City, state of New York, United States");
        assertThat(e.provenance().doc()).isEqualTo("47408965");
        assertThat(e.provenance().citation()).isEqualTo("Trend News Agency (Azerbaijan)");
    }

    @Test
    void nearlyAllCountryNamesResolveAndTheRestAreFlaggedNotDropped() throws IOException {
        Rows r = Rows.parse(EventFormat.ICEWS.parser(norm, null), sample());
        long unknown = r.events.stream().filter(e -> e.flags().contains(IcewsParser.UNKNOWN_COUNTRY)).count();
        assertThat(unknown).isLessThan(40);
        assertThat(r.events.stream().filter(e -> "IRN".equals(e.sourceCountry()) || "IRN".equals(e.targetCountry())))
                .hasSize(33);
    }

    @Test
    void theMonthFirstDatesOfThe2017FileAreRead() throws IOException {
        List<String> lines = new ArrayList<>(sample().subList(0, 3));
        lines.set(1, lines.get(1).replace("\t2018-06-01\t", "\t6/1/2018\t"));
        lines.set(2, lines.get(2).replace("\t2018-06-01\t", "\t12/31/2017\t"));
        Rows r = Rows.parse(EventFormat.ICEWS.parser(norm, null), lines);
        assertThat(r.bad).isEmpty();
        assertThat(r.events.get(0).date().isoStart()).isEqualTo("2018-06-01");
        assertThat(r.events.get(1).date().isoStart()).isEqualTo("2017-12-31");
    }

    @Test
    void aFileWithoutTheCameoColumnGetsItsCodesFromTheEventText() throws IOException {
        List<String> lines = new ArrayList<>();
        for (String l : sample().subList(0, 200)) {
            List<String> f = new ArrayList<>(List.of(l.split("\t", -1)));
            f.remove(6);
            lines.add(String.join("\t", f));
        }
        Rows r = Rows.parse(EventFormat.ICEWS.parser(norm, null), lines);
        Rows full = Rows.parse(EventFormat.ICEWS.parser(norm, null), sample().subList(0, 200));
        assertThat(r.bad).isEmpty();
        assertThat(r.events).extracting(e -> e.code().code())
                .containsExactlyElementsOf(full.events.stream().map(e -> e.code().code()).toList());
    }

    @Test
    void theInvalidCode13yOfThe2017FileIsABadRow() throws IOException {
        List<String> lines = new ArrayList<>(sample().subList(0, 2));
        lines.set(1, lines.get(1).replace("\t040\t", "\t13y\t"));
        Rows r = Rows.parse(EventFormat.ICEWS.parser(norm, null), lines);
        assertThat(r.bad).singleElement().asString().contains("CAMEO Code '13y' is not a CAMEO event code");
    }

    @Test
    void quotesAreJustCharacters() throws IOException {
        List<String> lines = new ArrayList<>(sample().subList(0, 3));
        lines.set(1, lines.get(1).replace("Foreign Affairs (Bangladesh)", "\"Foreign Affairs (Bangladesh)"));
        Rows r = Rows.parse(EventFormat.ICEWS.parser(norm, null), lines);
        assertThat(r.events).hasSize(2);
        assertThat(r.events.get(0).sourceName()).isEqualTo("\"Foreign Affairs (Bangladesh)");
    }

    @Test
    void aMissingColumnIsNamed() {
        Rows r = Rows.parse(EventFormat.ICEWS.parser(norm, null), List.of("Event ID\tEvent Date\tSource Country"));
        assertThat(r.bad).singleElement().asString().contains("no 'Target Country' column");
    }

}
