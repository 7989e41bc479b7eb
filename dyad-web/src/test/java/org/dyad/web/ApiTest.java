package org.dyad.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.dyad.store.DyadStore;
import org.dyad.store.EventQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The JSON API on a real server over the case-study store, through HTTP. */
class ApiTest {
    static DyadStore store;
    static DyadServer server;
    static Http http;

    @BeforeAll
    static void start() {
        store = TestStores.caseStudyWithDocument();
        server = DyadServer.start(new StoreService(store), "127.0.0.1", 0);
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    @Test
    void pairsPutIranAzerbaijanFirstWithItsCount() {
        Http.Answer a = http.get("/api/pairs");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.contentType()).startsWith("application/json");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> pairs = (List<Map<String, Object>>) a.json();
        Map<String, Object> first = pairs.get(0);
        assertThat(first).containsEntry("a", "AZE").containsEntry("b", "IRN").containsEntry("a_name", "Azerbaijan");
        long expected = store.events().count(EventQuery.builder().pair("IRN", "AZE").build());
        assertThat(((Number) first.get("events")).longValue()).isEqualTo(expected).isGreaterThan(100);
    }

    @Test
    void eventsArePagedWithTheTotalOfAllThatMatch() {
        long total = store.events().count(EventQuery.builder().pair("IRN", "AZE").build());
        Map<String, Object> p1 = http.get("/api/events?a=Iran&b=AZE&limit=10").object();
        Map<String, Object> p2 = http.get("/api/events?a=IRN&b=AZE&limit=10&offset=10").object();
        assertThat(((Number) p1.get("total")).longValue()).isEqualTo(total);
        List<?> e1 = (List<?>) p1.get("events");
        List<?> e2 = (List<?>) p2.get("events");
        assertThat(e1).hasSize(10);
        assertThat(e2).hasSize(10);
        assertThat(ids(e1)).doesNotContainAnyElementsOf(ids(e2));
        List<String> expected = store.events().query(EventQuery.builder().pair("IRN", "AZE").limit(20).build())
                .stream().map(org.dyad.model.Event::id).toList();
        assertThat(concat(ids(e1), ids(e2))).isEqualTo(expected);
    }

    @Test
    void filtersNarrowTheEventsAsTheStoreDoes() {
        EventQuery q = EventQuery.builder().pair("IRN", "AZE").from(java.time.LocalDate.of(1992, 1, 1))
                .to(java.time.LocalDate.of(1996, 12, 31)).quadClass(org.dyad.model.QuadClass.VERBAL_COOPERATION)
                .limit(1000).build();
        Map<String, Object> page = http.get("/api/events?a=IRN&b=AZE&from=1992&to=1996&quad=1&limit=1000").object();
        List<String> expected = store.events().query(q).stream().map(org.dyad.model.Event::id).toList();
        assertThat(expected).isNotEmpty();
        assertThat(ids((List<?>) page.get("events"))).isEqualTo(expected);
        assertThat(((Number) page.get("total")).longValue()).isEqualTo(expected.size());
        Map<String, Object> dim = http.get("/api/events?a=IRN&b=AZE&dimension=transport,security&origin=text").object();
        assertThat(ids((List<?>) dim.get("events"))).containsExactly(TestStores.TEXT_EVENT_ID);
    }

    @Test
    void anEventComesWithItsSentenceInItsDocument() {
        Map<String, Object> d = http.get("/api/events/" + TestStores.TEXT_EVENT_ID).object();
        @SuppressWarnings("unchecked")
        Map<String, Object> event = (Map<String, Object>) d.get("event");
        @SuppressWarnings("unchecked")
        Map<String, Object> ex = (Map<String, Object>) d.get("excerpt");
        assertThat(event).containsEntry("code", "036").containsEntry("code_name", "Express intent to meet or negotiate")
                .containsEntry("source_country", "IRN").containsEntry("day", "1993-03-12");
        String text = (String) ex.get("text");
        int hs = ((Number) ex.get("highlight_start")).intValue();
        int he = ((Number) ex.get("highlight_end")).intValue();
        assertThat(text.substring(hs, he)).isEqualTo(TestStores.SENTENCE);
        assertThat(text).startsWith("Second paragraph.").doesNotContain("First paragraph").doesNotContain("Third");
        int start = ((Number) ex.get("start")).intValue();
        assertThat(TestStores.DOC_TEXT.substring(start, start + text.length())).isEqualTo(text);
        Map<String, Object> doc = http.get("/api/documents/" + TestStores.DOC_ID).object();
        assertThat(doc).containsEntry("text", TestStores.DOC_TEXT).containsEntry("title", "A test memo <script>");
    }

    @Test
    void curatedEventsHaveTheirCitationAndNoExcerpt() {
        String id = store.events().query(EventQuery.builder().pair("IRN", "AZE").origin(org.dyad.model.Origin.CURATED)
                .limit(1).build()).get(0).id();
        Map<String, Object> d = http.get("/api/events/" + id).object();
        assertThat(d.get("excerpt")).isNull();
        @SuppressWarnings("unchecked")
        Map<String, Object> event = (Map<String, Object>) d.get("event");
        assertThat((String) event.get("citation")).isNotBlank();
    }

    @Test
    void summaryMatchesTheEventsAndPhasesAreThoseOfTheCaseStudy() {
        Map<String, Object> s = http.get("/api/summary?a=IRN&b=AZE").object();
        long total = ((Number) s.get("total")).longValue();
        assertThat(total).isEqualTo(store.events().count(EventQuery.builder().pair("IRN", "AZE").build()));
        long sumYears = 0;
        for (Object y : (List<?>) s.get("years")) {
            sumYears += ((Number) ((Map<?, ?>) y).get("events")).longValue();
        }
        long undated = store.events().count(EventQuery.builder().pair("IRN", "AZE").build())
                - store.events().count(EventQuery.builder().pair("IRN", "AZE")
                        .from(java.time.LocalDate.of(1, 1, 1)).build());
        assertThat(sumYears).isEqualTo(total - undated);
        Map<String, Object> p = http.get("/api/phases?a=AZE&b=Iran").object();
        assertThat((List<?>) p.get("asserted")).hasSize(store.phases().forPair("IRN", "AZE").size()).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/events?a=Narnia", "/api/events?limit=0", "/api/events?limit=100000",
        "/api/events?offset=-1", "/api/events?from=1993-13", "/api/events?from=1995&to=1994", "/api/events?quad=7",
        "/api/events?root=21", "/api/events?code=999", "/api/events?dimension=sports", "/api/events?b=AZE",
        "/api/events?limit=ten", "/api/events?sort=date", "/api/events?a=IRN&a=AZE", "/api/phases?a=IRN",
        "/api/events?directed=maybe", "/api/pairs?limit=0", "/api/events/bad%20id", "/api/events/x?y=1"})
    void badParametersAreRefusedWithAJsonMessage(String path) {
        Http.Answer a = http.get(path);
        assertThat(a.status()).as(path).isEqualTo(400);
        assertThat(a.contentType()).startsWith("application/json");
        Map<String, Object> e = a.object();
        assertThat(e).containsEntry("status", 400L).containsEntry("error", "bad_request");
        assertThat((String) e.get("message")).isNotBlank();
    }

    @Test
    void messagesNameTheParameter() {
        assertThat((String) http.get("/api/events?quad=7").object().get("message")).contains("quad");
        assertThat((String) http.get("/api/events?sort=date").object().get("message"))
                .contains("unknown parameter 'sort'").contains("dimension");
        assertThat((String) http.get("/api/events?limit=5000").object().get("message")).contains("between 1 and 1000");
    }

    @Test
    void unknownIdsAndPathsAreJson404s() {
        Http.Answer e = http.get("/api/events/no-such-event");
        assertThat(e.status()).isEqualTo(404);
        assertThat(e.object()).containsEntry("error", "not_found");
        Http.Answer p = http.get("/api/nothing-here");
        assertThat(p.status()).isEqualTo(404);
        assertThat(p.object()).containsEntry("error", "not_found");
        assertThat(http.get("/assets/..%2F..%2Fetc%2Fpasswd").status()).isEqualTo(404);
        assertThat(http.get("/assets/../openapi.json").status()).isIn(200, 404);
    }

    @Test
    void aLoopbackServerRefusesForeignHostNames() {
        // the JDK client will not set Host; a raw request shows what the server does
        assertThat(rawGet("/api/pairs", "attacker.example")).startsWith("HTTP/1.1 421").contains("misdirected_request");
        assertThat(rawGet("/api/pairs", "localhost:" + server.port())).startsWith("HTTP/1.1 200");
    }

    @Test
    void pagesCarryHeadersThatKeepThemToThemselves() {
        Http.Answer a = http.get("/");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.contentType()).startsWith("text/html");
        assertThat(a.headers().get("content-security-policy").get(0)).contains("script-src 'self'");
        assertThat(a.headers().get("x-content-type-options")).containsExactly("nosniff");
        Http.Answer js = http.get("/assets/echarts.min.js");
        assertThat(js.status()).isEqualTo(200);
        assertThat(js.body()).contains("echarts").hasSizeGreaterThan(500_000);
    }

    private String rawGet(String path, String host) {
        try (java.net.Socket s = new java.net.Socket("127.0.0.1", server.port())) {
            s.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            return new String(s.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static List<String> ids(List<?> events) {
        return events.stream().map(e -> (String) ((Map<?, ?>) e).get("id")).toList();
    }

    static List<String> concat(List<String> a, List<String> b) {
        List<String> l = new java.util.ArrayList<>(a);
        l.addAll(b);
        return l;
    }
}
