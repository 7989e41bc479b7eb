package org.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.dyad.model.Dimension;
import org.dyad.model.Event;
import org.dyad.model.FuzzyDate;
import org.dyad.model.Origin;
import org.dyad.model.QuadClass;
import org.dyad.model.RoleLevel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EventQueryTest {
    static DyadStore store;

    static Event ev(String id, String date, String src, String tgt, String code, Origin origin, Dimension... dims) {
        Event.Builder b = Event.builder().id(id).date(FuzzyDate.parse(date)).source(src).target(tgt)
                .sourceCountry(src.substring(0, 3)).targetCountry(tgt.substring(0, 3)).code(code).origin(origin);
        for (Dimension d : dims) {
            b.dimension(d);
        }
        return org.dyad.model.ontology.Ontology.standard().cameo().enrich(b.build(),
                org.dyad.model.ontology.GoldsteinScale.GDELT);
    }

    @BeforeAll
    static void fill() {
        store = DyadStore.inMemory();
        try (EventWriter w = store.writer(ImportBatch.of("test", "q", "q"))) {
            w.add(ev("a", "1993-10-26", "IRNGOV", "AZE", "042", Origin.CURATED, Dimension.POLITICAL));
            w.add(ev("b", "1993-10-26", "IRNGOV", "AZEGOV", "057", Origin.TEXT, Dimension.ECONOMIC));
            w.add(ev("c", "1994", "AZEGOV", "IRN", "111", Origin.GDELT1));
            w.add(ev("d", "1992-05", "AZE", "TUR", "0311", Origin.ICEWS, Dimension.ECONOMIC));
            w.add(ev("e", "1995-04", "AZEGOV", "IRNGOV", "190", Origin.TEXT, Dimension.SECURITY));
            w.add(Event.builder().id("f").date(FuzzyDate.year(1991)).source("USR").sourceCountry("USR")
                    .origin(Origin.CURATED).sourceRole("President").build());
            w.commit();
        }
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static List<String> ids(EventQuery q) {
        return store.events().query(q).stream().map(Event::id).toList();
    }

    @Test
    void pairsDirectedAndUndirected() {
        assertThat(ids(EventQuery.builder().pair("IRN", "AZE").build())).containsExactlyInAnyOrder("a", "b", "c", "e");
        assertThat(ids(EventQuery.builder().directed("AZE", "IRN").build())).containsExactlyInAnyOrder("c", "e");
        assertThat(ids(EventQuery.builder().involving("TUR").build())).containsExactly("d");
    }

    @Test
    void datesOverlapTheWindow() {
        assertThat(ids(EventQuery.builder().from(LocalDate.of(1994, 6, 1)).to(LocalDate.of(1994, 6, 30)).build()))
                .containsExactly("c");
        assertThat(ids(EventQuery.builder().to(LocalDate.of(1992, 12, 31)).build())).containsExactly("f", "d");
    }

    @Test
    void codesRootsQuadsDimensionsOriginsActors() {
        assertThat(ids(EventQuery.builder().code("031").build())).containsExactly("d");
        assertThat(ids(EventQuery.builder().root("4").build())).containsExactly("a");
        assertThat(ids(EventQuery.builder().quadClass(QuadClass.MATERIAL_CONFLICT).build())).containsExactly("e");
        assertThat(ids(EventQuery.builder().dimension(Dimension.ECONOMIC).build())).containsExactly("d", "b");
        assertThat(ids(EventQuery.builder().origin(Origin.TEXT).origin(Origin.GDELT1).build()))
                .containsExactlyInAnyOrder("b", "c", "e");
        assertThat(ids(EventQuery.builder().actor("AZEGOV").build())).containsExactlyInAnyOrder("b", "c", "e");
        assertThat(ids(EventQuery.builder().level(RoleLevel.HEAD_OF_STATE).build())).containsExactly("f");
        assertThat(ids(EventQuery.builder().codedOnly(true).limit(2).offset(1).build())).hasSize(2);
        assertThat(store.events().count(EventQuery.builder().pair("IRN", "AZE").build())).isEqualTo(4);
        assertThat(store.events().get("a")).isPresent();
    }

    @Test
    void badWindowsAreRejected() {
        assertThatThrownBy(() -> EventQuery.builder().from(LocalDate.of(1995, 1, 1)).to(LocalDate.of(1994, 1, 1)).build())
                .hasMessageContaining("before");
    }

    @Test
    void pairsAreCountedInEitherDirectionWithTheirSpan() {
        List<PairStats.PairCount> pairs = new PairStats(store).pairs(10);
        assertThat(pairs).extracting(PairStats.PairCount::countryA, PairStats.PairCount::countryB,
                PairStats.PairCount::events).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("AZE", "IRN", 4L),
                        org.assertj.core.groups.Tuple.tuple("AZE", "TUR", 1L));
        assertThat(pairs.get(0).first()).isEqualTo(LocalDate.of(1993, 10, 26));
        assertThat(pairs.get(0).last()).isEqualTo(LocalDate.of(1995, 4, 30));
        assertThat(new PairStats(store).pairs(1)).hasSize(1);
    }

    @Test
    void dimensionsAreCountedPerYearOncePerDimension() {
        assertThat(new PairStats(store).dimensionsByYear(EventQuery.builder().pair("IRN", "AZE").build()))
                .containsExactly(new PairStats.DimensionYear(1993, "economic", 1),
                        new PairStats.DimensionYear(1993, "political", 1),
                        new PairStats.DimensionYear(1995, "security", 1));
    }
}
