package org.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.dyad.model.Dimension;
import org.dyad.model.Event;
import org.dyad.model.FuzzyDate;
import org.dyad.model.Origin;
import org.dyad.model.RoleLevel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SeriesQueriesTest {
    static DyadStore store;
    static SeriesQueries series;

    @BeforeAll
    static void fill() {
        store = DyadStore.inMemory();
        series = new SeriesQueries(store);
        try (EventWriter w = store.writer(ImportBatch.of("test", "series", "s"))) {
            w.add(EventQueryTest.ev("a", "1993-10-26", "IRNGOV", "AZE", "042", Origin.CURATED, Dimension.POLITICAL));
            w.add(EventQueryTest.ev("b", "1993-10-05", "AZEGOV", "IRNGOV", "057", Origin.TEXT, Dimension.ECONOMIC));
            w.add(EventQueryTest.ev("c", "1994", "AZEGOV", "IRN", "111", Origin.GDELT1));
            w.add(EventQueryTest.ev("d", "1993-11-30", "AZE", "TUR", "0311", Origin.ICEWS));
            w.add(EventQueryTest.ev("e", "1993-12", "AZEGOV", "IRNGOV", "190", Origin.TEXT, Dimension.SECURITY));
            w.add(Event.builder().id("f").source("IRN").target("AZE").sourceCountry("IRN").targetCountry("AZE")
                    .code("040").origin(Origin.CURATED).build());
            w.commit();
        }
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static EventQuery pair() {
        return EventQuery.builder().pair("IRN", "AZE").build();
    }

    @Test
    void monthlyCountsQuadsRootsAndGoldstein() {
        List<SeriesQueries.Bucket> b = series.aggregate(pair(), Granularity.MONTH, DateRule.EARLIEST);
        assertThat(b).extracting(SeriesQueries.Bucket::start).containsExactly(
                LocalDate.of(1993, 10, 1), LocalDate.of(1993, 12, 1), LocalDate.of(1994, 1, 1));
        SeriesQueries.Bucket oct = b.get(0);
        assertThat(oct.events()).isEqualTo(2);
        assertThat(oct.quads()[0]).isEqualTo(2);
        assertThat(oct.roots()[3]).isEqualTo(1);
        assertThat(oct.roots()[4]).isEqualTo(1);
        assertThat(oct.goldsteinSum()).isCloseTo(1.9 + 8.0, within(1e-9));
        assertThat(oct.spanning()).isZero();
        // the year-precision event lands whole in January under EARLIEST, and says so
        assertThat(b.get(2).events()).isEqualTo(1);
        assertThat(b.get(2).spanning()).isEqualTo(1);
    }

    @Test
    void spreadSharesAYearAmongItsMonths() {
        List<SeriesQueries.Bucket> b = series.aggregate(pair(), Granularity.MONTH, DateRule.SPREAD);
        assertThat(b).hasSize(2 + 12);
        double total = b.stream().mapToDouble(SeriesQueries.Bucket::events).sum();
        assertThat(total).isCloseTo(4.0, within(1e-9));
        SeriesQueries.Bucket jan = b.stream().filter(x -> x.start().equals(LocalDate.of(1994, 1, 1))).findFirst().orElseThrow();
        assertThat(jan.events()).isCloseTo(31.0 / 365, within(1e-12));
        assertThat(jan.spanning()).isCloseTo(31.0 / 365, within(1e-12));
        assertThat(jan.goldsteinSum()).isCloseTo(-2.0 * 31 / 365, within(1e-12));
        // the month-precision event fits December: counted once, not spanning
        SeriesQueries.Bucket dec = b.stream().filter(x -> x.start().equals(LocalDate.of(1993, 12, 1))).findFirst().orElseThrow();
        assertThat(dec.events()).isEqualTo(1.0);
        assertThat(dec.spanning()).isZero();
    }

    @Test
    void excludeLeavesSpanningEventsOutAndCoverageCountsThem() {
        List<SeriesQueries.Bucket> b = series.aggregate(pair(), Granularity.MONTH, DateRule.EXCLUDE);
        assertThat(b.stream().mapToDouble(SeriesQueries.Bucket::events).sum()).isEqualTo(3.0);
        SeriesQueries.Coverage c = series.coverage(pair(), Granularity.MONTH);
        assertThat(c).isEqualTo(new SeriesQueries.Coverage(5, 1, 1));
        for (DateRule r : DateRule.values()) {
            assertThat(series.aggregateWithCoverage(pair(), Granularity.MONTH, r).coverage()).as(r.id()).isEqualTo(c);
        }
        // at yearly granularity nothing spans
        assertThat(series.coverage(pair(), Granularity.YEAR).spanning()).isZero();
        assertThat(series.aggregate(pair(), Granularity.YEAR, DateRule.EXCLUDE))
                .extracting(SeriesQueries.Bucket::events).containsExactly(3.0, 1.0);
    }

    @Test
    void directedFiltersAndWeeks() {
        EventQuery q = EventQuery.builder().directed("AZE", "IRN").build();
        assertThat(series.aggregate(q, Granularity.QUARTER, DateRule.EARLIEST)).extracting(SeriesQueries.Bucket::start)
                .containsExactly(LocalDate.of(1993, 10, 1), LocalDate.of(1994, 1, 1));
        List<SeriesQueries.Bucket> w = series.aggregate(pair().toBuilder().dimension(Dimension.POLITICAL).build(),
                Granularity.WEEK, DateRule.SPREAD);
        assertThat(w).singleElement().satisfies(x -> assertThat(x.start()).isEqualTo(LocalDate.of(1993, 10, 25)));
        assertThat(series.span(pair())).containsExactly(LocalDate.of(1993, 10, 5), LocalDate.of(1994, 12, 31));
        assertThat(series.span(pair().toBuilder().level(RoleLevel.SUPREME_LEADER).build())).isNull();
    }

    @Test
    void eventsBehindAPeriodWithTheirShare() {
        List<SeriesQueries.WeightedEvent> jan = series.eventsBehind(pair(), Granularity.MONTH, LocalDate.of(1994, 1, 1),
                DateRule.SPREAD, 0);
        assertThat(jan).singleElement().satisfies(x -> {
            assertThat(x.event().id()).isEqualTo("c");
            assertThat(x.weight()).isCloseTo(31.0 / 365, within(1e-12));
        });
        assertThat(series.eventsBehind(pair(), Granularity.MONTH, LocalDate.of(1994, 2, 1), DateRule.EARLIEST, 0)).isEmpty();
        assertThat(series.eventsBehind(pair(), Granularity.MONTH, LocalDate.of(1994, 1, 1), DateRule.EXCLUDE, 0)).isEmpty();
        assertThat(series.eventsBehind(pair(), Granularity.MONTH, LocalDate.of(1993, 10, 1), DateRule.EARLIEST, 0))
                .extracting(x -> x.event().id()).containsExactly("b", "a");
    }

    @Test
    void volumeCountsEveryEventOfEitherCountryOnce() {
        List<SeriesQueries.Bucket> v = series.volume(List.of("IRN", "AZE"), EventQuery.all(), Granularity.YEAR, DateRule.EARLIEST);
        // a, b, e, c (IRN-AZE) and d (AZE-TUR) are dated; f has no date
        assertThat(v).extracting(SeriesQueries.Bucket::events).containsExactly(4.0, 1.0);
        assertThat(series.volume(List.of("TUR"), EventQuery.all(), Granularity.YEAR, DateRule.EARLIEST))
                .extracting(SeriesQueries.Bucket::events).containsExactly(1.0);
        // the volume assigns imprecise dates like the series: same shares under every rule
        for (DateRule r : DateRule.values()) {
            List<SeriesQueries.Bucket> vol = series.volume(List.of("IRN", "AZE"), EventQuery.all(), Granularity.MONTH, r);
            List<SeriesQueries.Bucket> agg = series.aggregate(EventQuery.builder().pair("IRN", "AZE").build(), Granularity.MONTH, r);
            for (SeriesQueries.Bucket b : agg) {
                double share = vol.stream().filter(x -> x.start().equals(b.start())).mapToDouble(SeriesQueries.Bucket::events)
                        .sum();
                assertThat(share).as(r + " " + b.start()).isCloseTo(b.events(), within(1e-9));
            }
            // and the AZE-TUR event of November 1993, which is no pair event
            assertThat(vol).filteredOn(x -> x.start().equals(LocalDate.of(1993, 11, 1)))
                    .singleElement().satisfies(x -> assertThat(x.events()).isEqualTo(1.0));
        }
    }

    @Test
    void syntheticEventsAreReproducibleAndSpreadOverPairs() {
        try (DyadStore s = DyadStore.inMemory()) {
            SyntheticEvents.generate(s, 200_000, 7);
            SeriesQueries q = new SeriesQueries(s);
            SeriesQueries.Coverage all = q.coverage(EventQuery.all(), Granularity.MONTH);
            assertThat(all.matching()).isEqualTo(200_000);
            long pair = s.events().count(pair());
            assertThat(pair).isBetween(100L, 1000L);
            assertThat(s.events().count(EventQuery.builder().directed("IRN", "IRN").build())).isZero();
            List<SeriesQueries.Bucket> y = q.aggregate(pair(), Granularity.YEAR, DateRule.SPREAD);
            assertThat(y.size()).isGreaterThan(30);
            try (DyadStore t = DyadStore.inMemory()) {
                SyntheticEvents.generate(t, 200_000, 7);
                assertThat(new SeriesQueries(t).aggregate(pair(), Granularity.YEAR, DateRule.SPREAD))
                        .usingRecursiveFieldByFieldElementComparator().isEqualTo(y);
            }
        }
    }
}
