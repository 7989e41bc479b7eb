package org.dyad.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dyad.model.Dimension;
import org.dyad.model.Event;
import org.dyad.model.FuzzyDate;
import org.dyad.model.Modality;
import org.dyad.model.Origin;
import org.dyad.model.Provenance;
import org.dyad.model.QuadClass;
import org.dyad.model.SharedData;
import org.junit.jupiter.api.Test;

class EventJsonTest {

    static Event sample() {
        return Event.builder().id("text:abc").date(FuzzyDate.day(1993, 10, 26)).dateText("On October 26th, 1993")
                .source("IRNGOV").target("AZE").sourceCountry("IRN").targetCountry("AZE")
                .sourceName("Ali Akbar Hashemi-Rafsanjani").sourceRole("President").code("042")
                .quadClass(QuadClass.VERBAL_COOPERATION).goldstein(1.9).dimension(Dimension.POLITICAL)
                .location("Baku").quantity("documents_signed", 14).modality(Modality.ASSERTED)
                .provenance(Provenance.span("paper.txt", 120, 240, "made an official visit to \"Baku\""))
                .origin(Origin.TEXT).confidence(0.9).build();
    }

    @Test
    void writesTheDocumentedFields() {
        String line = EventJson.write(sample());
        assertThat(line).startsWith("{\"id\":\"text:abc\",\"date\":\"1993-10-26\",\"precision\":\"day\"");
        assertThat(line).contains("\"code\":\"042\",\"root\":\"04\",\"quad_class\":1,\"goldstein\":1.9");
        assertThat(line).contains("\"quantities\":{\"documents_signed\":14}");
        assertThat(line).contains("\"char_start\":120,\"char_end\":240");
        assertThat(line).doesNotContain("date_end");
    }

    @Test
    void roundTrips() {
        Event e = sample();
        assertThat(EventJson.read(EventJson.write(e))).isEqualTo(e);
        Event season = e.toBuilder().date(FuzzyDate.parse("1994-09", "1994-11", "season")).code((String) null)
                .quadClass(null).goldstein(null).reports(3).reportIds(List.of("1", "2", "3")).flag("anachronism")
                .build();
        assertThat(EventJson.read(EventJson.write(season))).isEqualTo(season);
    }

    @Test
    void badFieldsAreNamed() {
        assertThatThrownBy(() -> EventJson.read("{\"id\":\"x\",\"origin\":\"text\",\"code\":\"42\"}"))
                .hasMessageContaining("event x").hasMessageContaining("'42'");
        assertThatThrownBy(() -> EventJson.read("{\"id\":\"x\",\"origin\":\"text\",\"quad_class\":\"1\"}"))
                .hasMessageContaining("quad_class");
        assertThatThrownBy(() -> EventJson.read("{\"id\":\"x\"}")).hasMessageContaining("no origin");
        assertThatThrownBy(() -> EventJson.read("{\"id\":\"x\",\"origin\":\"text\",\"date\":\"1993-14\"}"))
                .hasMessageContaining("month 14");
    }

    @Test
    void readsTheDevelopmentGoldSet() throws Exception {
        Path gold = SharedData.path("gold-dev/seed_events.dev.jsonl");
        List<String> lines = Files.readAllLines(gold);
        for (String l : lines) {
            Event e = EventJson.read(l, Origin.TEXT);
            assertThat(e.id()).startsWith("E");
        }
        Event e010 = EventJson.read(lines.get(9), Origin.TEXT);
        assertThat(e010.date().isoEnd()).isEqualTo("1991-06-11");
        assertThat(e010.code().code()).isEqualTo("042");
    }
}
