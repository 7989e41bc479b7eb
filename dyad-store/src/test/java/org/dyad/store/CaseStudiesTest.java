package org.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.model.Event;
import org.dyad.model.Origin;
import org.dyad.model.SharedData;
import org.dyad.model.json.Json;
import org.dyad.model.ontology.Ontology;
import org.junit.jupiter.api.Test;

class CaseStudiesTest {

    @Test
    void theIranAzerbaijanCaseStudyLoadsOnceAndIsComplete() {
        try (DyadStore store = DyadStore.inMemory()) {
            List<CaseStudies.LoadResult> first = CaseStudies.ensureLoaded(store);
            assertThat(first).anySatisfy(r -> {
                assertThat(r.study().folder()).isEqualTo("irn-aze");
                assertThat(r.loaded()).isTrue();
                assertThat(r.events()).isGreaterThanOrEqualTo(100);
                assertThat(r.phases()).isGreaterThanOrEqualTo(6);
                assertThat(r.actors()).isGreaterThanOrEqualTo(20);
            });
            assertThat(CaseStudies.ensureLoaded(store)).allSatisfy(r -> assertThat(r.loaded()).isFalse());

            List<Event> events = store.events().query(EventQuery.builder().origin(Origin.CURATED).build());
            assertThat(events).allSatisfy(e -> {
                assertThat(e.date()).as(e.id()).isNotNull();
                assertThat(e.date().earliest().getYear()).as(e.id()).isBetween(1979, 2016);
                assertThat(e.provenance().citation()).as(e.id()).isNotBlank();
                if (e.code() != null) {
                    assertThat(Ontology.standard().cameo().contains(e.code().code())).as(e.id()).isTrue();
                    assertThat(e.goldstein()).as(e.id()).isNotNull();
                    assertThat(e.quadClass()).as(e.id()).isNotNull();
                }
            });
            long bilateral = store.events().count(EventQuery.builder().pair("IRN", "AZE").origin(Origin.CURATED).build());
            assertThat(bilateral).isGreaterThanOrEqualTo(90);
            assertThat(store.phases().forPair("AZE", "IRN")).extracting(Phase::tone).contains("tension", "cooperation", "cooling", "warming");
            assertThat(store.actors().find("Rafsanjani", "IRN")).isNotEmpty();
        }
    }

    /** Every citation points at lines of the paper that carry the event's year (explicit dates). */
    @Test
    void citationsPointAtTheLinesThatStateTheFacts() throws Exception {
        Path paper = SharedData.path("corpus/iran-azerbaijan-relations-1979-2000s.txt");
        List<String> lines = Files.readAllLines(paper);
        Path events = Path.of("..", "data", "case-studies", "irn-aze", "events.jsonl");
        Pattern year = Pattern.compile("(19|20)\\d\\d");
        int checked = 0;
        for (String l : Files.readAllLines(events)) {
            Map<String, Object> m = Json.parseObject(l);
            Map<?, ?> cite = (Map<?, ?>) m.get("citation");
            List<?> range = (List<?>) cite.get("lines");
            int a = ((Number) range.get(0)).intValue();
            int b = ((Number) range.get(range.size() - 1)).intValue();
            assertThat(a).as((String) m.get("id")).isBetween(1, lines.size());
            assertThat(b).as((String) m.get("id")).isBetween(a, lines.size());
            if (m.get("date_note") == null) {
                String text = String.join(" ", lines.subList(a - 1, b));
                Matcher y = year.matcher((String) m.get("date"));
                assertThat(y.find()).isTrue();
                assertThat(text).as(m.get("id") + " lines " + a + "-" + b).contains(y.group());
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(40);
    }
}
