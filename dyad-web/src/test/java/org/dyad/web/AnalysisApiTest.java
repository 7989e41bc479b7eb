package org.dyad.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dyad.analysis.Analysis;
import org.dyad.analysis.AnalysisJson;
import org.dyad.analysis.LeadLag;
import org.dyad.analysis.change.PhaseFinder;
import org.dyad.analysis.series.Measure;
import org.dyad.analysis.series.SeriesRequest;
import org.dyad.analysis.series.TimeSeries;
import org.dyad.model.json.Json;
import org.dyad.store.DateRule;
import org.dyad.store.DyadStore;
import org.dyad.store.EventQuery;
import org.dyad.store.Granularity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The analysis endpoints answer what dyad-analysis computes on the same store. */
class AnalysisApiTest {
    static DyadStore store;
    static DyadServer server;
    static Http http;
    static Analysis analysis;

    @BeforeAll
    static void start() {
        store = TestStores.caseStudyWithDocument();
        server = DyadServer.start(new StoreService(store), "127.0.0.1", 0);
        http = new Http(server.port());
        analysis = new Analysis(store);
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    static SeriesRequest pair(Granularity g) {
        return new SeriesRequest(EventQuery.builder().pair("IRN", "AZE").build(), g, DateRule.SPREAD, false);
    }

    static Object same(Object result) {
        return Json.parse(AnalysisJson.write(result));
    }

    @Test
    void seriesAreTheAnalysisSeries() {
        assertThat(http.get("/api/series?a=IRN&b=AZE&period=quarter").json())
                .isEqualTo(same(analysis.series(pair(Granularity.QUARTER))));
        assertThat(http.get("/api/series?a=IRN&b=AZE").json()).isEqualTo(same(analysis.series(pair(Granularity.MONTH))));
    }

    @Test
    void phasesAreAssertedAndFound() {
        Map<String, Object> p = http.get("/api/phases?a=IRN&b=AZE").object();
        assertThat((List<?>) p.get("asserted")).hasSize(store.phases().forPair("IRN", "AZE").size());
        PhaseFinder.Result found = analysis.phases(pair(Granularity.YEAR), Measure.GOLDSTEIN_MEAN,
                PhaseFinder.Options.defaults());
        assertThat(p.get("found")).isEqualTo(same(found));
        assertThat(found.phases()).isNotEmpty();
    }

    @Test
    void leadLagIsTheReciprocityTest() {
        LeadLag.Options o = new LeadLag.Options(null, LeadLag.Options.defaults().lagMax(),
                LeadLag.Options.defaults().criterion(), 49, 7, LeadLag.Options.defaults().alpha());
        assertThat(http.get("/api/leadlag?a=IRN&b=AZE&period=quarter&permutations=49&seed=7").json())
                .isEqualTo(same(analysis.reciprocity(pair(Granularity.QUARTER), Measure.GOLDSTEIN_SUM, o)));
    }

    @Test
    void triadComparesWithTheThirdStatesAsked() {
        Map<String, Object> t = http.get("/api/triad?a=IRN&b=AZE&period=year&third=ARM,Russia&permutations=0").object();
        List<?> links = (List<?>) t.get("links");
        assertThat(links.stream().map(l -> String.valueOf(((Map<?, ?>) l).get("third"))).toList())
                .containsExactly("ARM", "ARM", "RUS", "RUS");
        LeadLag.Options o = new LeadLag.Options(null, LeadLag.Options.defaults().lagMax(),
                LeadLag.Options.defaults().criterion(), 0, LeadLag.Options.defaults().seed(),
                LeadLag.Options.defaults().alpha());
        assertThat((Object) t).isEqualTo(same(analysis.triad(pair(Granularity.YEAR), List.of("ARM", "RUS"),
                Measure.GOLDSTEIN_SUM, o)));
    }

    @Test
    void theEventsBehindAPeriodAddUpToItsCount() {
        TimeSeries s = analysis.series(pair(Granularity.YEAR));
        int i = s.indexOf(LocalDate.of(1994, 1, 1));
        double events = s.column(Measure.EVENTS)[i];
        List<?> behind = (List<?>) http.get("/api/series/events?a=IRN&b=AZE&period=year&day=1994&limit=500").json();
        double sum = behind.stream().mapToDouble(w -> ((Number) ((Map<?, ?>) w).get("weight")).doubleValue()).sum();
        assertThat(sum).isCloseTo(events, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(behind).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/series?a=IRN&b=AZE&period=decade", "/api/series?a=IRN&dates=sometimes",
        "/api/leadlag?a=IRN", "/api/leadlag?a=IRN&b=AZE&column=nothing", "/api/leadlag?a=IRN&b=AZE&permutations=5000",
        "/api/triad?a=IRN&b=AZE&third=Narnia", "/api/triad?a=IRN&b=AZE&third=IRN", "/api/series/events?a=IRN&b=AZE",
        "/api/series/events?a=IRN&b=AZE&day=someday", "/api/phases?a=IRN&b=AZE&period=fortnight",
        "/api/leadlag?a=IRN&b=AZE&lags=0"})
    void badAnalysisRequestsAre400s(String path) {
        Http.Answer a = http.get(path);
        assertThat(a.status()).as(path + " " + a.body()).isEqualTo(400);
        assertThat((String) a.object().get("message")).isNotBlank();
    }
}
