package org.dyad.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.model.Event;
import org.dyad.model.FuzzyDate;
import org.dyad.model.Origin;
import org.dyad.model.Provenance;
import org.dyad.model.json.Json;
import org.dyad.model.ontology.Country;
import org.dyad.model.ontology.Ontology;
import org.dyad.store.CaseStudies;
import org.dyad.store.DyadStore;
import org.dyad.store.EventQuery;
import org.dyad.store.EventWriter;
import org.dyad.store.ImportBatch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
    static final String HOSTILE = "</script><script>alert('x')</script><img src=x onerror=alert(1)>";
    static DyadStore store;
    static Country iran = Ontology.standard().countries().resolve("IRN");
    static Country azerbaijan = Ontology.standard().countries().resolve("AZE");

    @BeforeAll
    static void fill() {
        store = DyadStore.inMemory();
        CaseStudies.ensureLoaded(store);
        try (EventWriter w = store.writer(ImportBatch.of("text", "hostile.txt", "test"))) {
            w.add(Event.builder().id("hostile-1").date(FuzzyDate.day(1994, 5, 1)).source("IRN").target("AZE")
                    .sourceCountry("IRN").targetCountry("AZE").code("040").origin(Origin.TEXT)
                    .sourceName(HOSTILE).provenance(Provenance.span("doc<1>", 0, 10, HOSTILE)).build());
            w.commit();
        }
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static PairReport report() {
        return PairReport.build(store, iran, azerbaijan, EventQuery.builder().pair("IRN", "AZE").build());
    }

    @Test
    void theSameStoreGivesTheSameFileButForTheGeneratedLine() {
        String a = HtmlReport.render(report(), "2026-01-01 00:00 UTC");
        String b = HtmlReport.render(report(), "2026-01-01 00:00 UTC");
        String c = HtmlReport.render(report(), "2030-12-31 23:59 UTC");
        assertThat(a).isEqualTo(b);
        assertThat(a).isNotEqualTo(c);
        assertThat(a.replace("2026-01-01 00:00 UTC", "X")).isEqualTo(c.replace("2030-12-31 23:59 UTC", "X"));
    }

    @Test
    void theCaseStudyReportIsSelfContainedAndUnderThreeMegabytes() {
        String page = HtmlReport.render(report(), "now");
        assertThat(page.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThan(3_000_000);
        assertThat(page).doesNotContain("<script src").doesNotContain("<link").doesNotContainPattern(
                "(src|href)=\"?(https?:)?//");
        assertThat(page).contains("Relationship index by year").contains("Timeline").contains("Events by dimension")
                .contains("Events by quad class").contains("Asserted phases").contains("id=\"filters\"")
                .contains("@media print").contains("Lead–lag").contains("Third parties")
                .contains("Found in the data").contains("id=\"leadlag-chart\"");
    }

    @Test
    void hostileTextStaysTextInTheTableAndTheData() {
        String page = HtmlReport.render(report(), "now");
        // four script elements: the data, ECharts, the chart code and the report's code; none injected
        assertThat(count(page, "<script")).isEqualTo(4);
        assertThat(count(page, "</script>")).isEqualTo(4);
        assertThat(page).doesNotContain("<img src=x").contains("&lt;img src=x onerror=alert(1)&gt;");
        Matcher m = Pattern.compile("<script type=\"application/json\" id=\"dyad-data\">(.*?)</script>",
                Pattern.DOTALL).matcher(page);
        assertThat(m.find()).isTrue();
        Map<String, Object> data = Json.parseObject(m.group(1));
        List<?> events = (List<?>) data.get("events");
        Map<?, ?> hostile = events.stream().map(e -> (Map<?, ?>) e).filter(e -> "hostile-1".equals(e.get("id")))
                .findFirst().orElseThrow();
        assertThat(hostile.get("quote")).isEqualTo(HOSTILE);
        assertThat(hostile.get("source_name")).isEqualTo(HOSTILE);
    }

    @Test
    void theEmbeddedDataAreTheStoresFigures() {
        String page = HtmlReport.render(report(), "now");
        Matcher m = Pattern.compile("id=\"dyad-data\">(.*?)</script>", Pattern.DOTALL).matcher(page);
        assertThat(m.find()).isTrue();
        Map<String, Object> data = Json.parseObject(m.group(1));
        Map<?, ?> summary = (Map<?, ?>) data.get("summary");
        EventQuery pair = EventQuery.builder().pair("IRN", "AZE").build();
        assertThat(((Number) summary.get("total")).longValue()).isEqualTo(store.events().count(pair));
        assertThat((List<?>) data.get("events")).hasSize((int) store.events().count(pair));
        assertThat((List<?>) data.get("phases")).hasSize(store.phases().forPair("IRN", "AZE").size());
        assertThat(count(page, "<tr id=\"ev-")).isEqualTo((int) store.events().count(pair));
    }

    @Test
    void theAnalysesAreThoseOfDyadAnalysis() {
        PairReport r = report();
        var analysis = new org.dyad.analysis.Analysis(store);
        var monthly = new org.dyad.analysis.series.SeriesRequest(EventQuery.builder().pair("IRN", "AZE").build(),
                org.dyad.store.Granularity.MONTH, org.dyad.store.DateRule.SPREAD, false);
        var o = org.dyad.analysis.LeadLag.Options.defaults();
        var expected = analysis.reciprocity(monthly, org.dyad.analysis.series.Measure.GOLDSTEIN_SUM,
                new org.dyad.analysis.LeadLag.Options(o.lags(), o.lagMax(), o.criterion(), PairReport.PERMUTATIONS,
                        o.seed(), o.alpha()));
        // records holding arrays compare by their JSON
        assertThat(org.dyad.analysis.AnalysisJson.write(r.analyses().leadLag()))
                .isEqualTo(org.dyad.analysis.AnalysisJson.write(expected));
        assertThat(r.analyses().found().phases()).isNotEmpty();
        assertThat(r.analyses().triad().links()).hasSize(2 * PairReport.THIRDS.size());
        String page = HtmlReport.render(r, "now");
        assertThat(page).contains(Html.esc(expected.verdict()));
    }

    @Test
    void recordsAreWrittenWithSnakeCaseNames() {
        assertThat(org.dyad.analysis.AnalysisJson.write(new PairData.YearView(1993, 4, List.of(0L, 1L, 2L, 0L, 1L),
                -2.5))).isEqualTo("{\"year\":1993,\"events\":4,\"quads\":[0,1,2,0,1],\"goldstein_sum\":-2.5}");
        assertThat(org.dyad.analysis.AnalysisJson.write(new PairData.CodeView("042", null, 3)))
                .isEqualTo("{\"code\":\"042\",\"name\":null,\"events\":3}");
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}
