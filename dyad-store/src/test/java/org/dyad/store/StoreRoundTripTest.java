package org.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.dyad.model.ActorCode;
import org.dyad.model.Dimension;
import org.dyad.model.Event;
import org.dyad.model.FuzzyDate;
import org.dyad.model.Modality;
import org.dyad.model.Origin;
import org.dyad.model.Provenance;
import org.dyad.model.QuadClass;
import org.dyad.model.Season;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreRoundTripTest {
    @TempDir
    Path tmp;

    /** Events with every field in use, and every kind of date. */
    static List<Event> sample(int n, long seed) {
        Random r = new Random(seed);
        String[] countries = {"IRN", "AZE", "TUR", "RUS"};
        String[] codes = {"042", "057", "0311", "111", "1246", "190", null};
        List<Event> l = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String a = countries[r.nextInt(4)];
            String b = countries[(r.nextInt(3) + 1 + java.util.Arrays.asList(countries).indexOf(a)) % 4];
            String code = codes[r.nextInt(codes.length)];
            FuzzyDate d;
            switch (r.nextInt(5)) {
                case 0: d = FuzzyDate.day(1990 + r.nextInt(20), 1 + r.nextInt(12), 1 + r.nextInt(28)); break;
                case 1: d = FuzzyDate.month(1990 + r.nextInt(20), 1 + r.nextInt(12)); break;
                case 2: d = FuzzyDate.season(Season.values()[r.nextInt(4)], 1990 + r.nextInt(20)); break;
                case 3: d = FuzzyDate.parse("1993", "2001", "year"); break;
                default: d = FuzzyDate.range(FuzzyDate.day(1991, 6, 10), FuzzyDate.day(1991, 6, 11));
            }
            Event.Builder e = Event.builder().id("t:" + i).date(d).dateText("on day " + i)
                    .source(ActorCode.of(a + (r.nextBoolean() ? "GOV" : ""))).target(ActorCode.of(b))
                    .sourceCountry(a).targetCountry(b).code(code)
                    .origin(Origin.values()[r.nextInt(Origin.values().length)]).reports(1 + r.nextInt(3));
            if (code != null) {
                e.quadClass(QuadClass.of(1 + r.nextInt(4))).goldstein(Math.round((r.nextDouble() * 20 - 10) * 10) / 10.0);
            }
            if (r.nextBoolean()) {
                e.sourceName("Heydar Aliyev").sourceRole("President").targetName("M. Vaezi, \"deputy\"")
                        .targetRole("Deputy Minister of Foreign Affairs");
            }
            if (r.nextBoolean()) {
                e.dimension(Dimension.POLITICAL).dimension(Dimension.values()[r.nextInt(Dimension.values().length)]);
            }
            if (r.nextBoolean()) {
                e.quantity("documents_signed", 14).quantity("loan_usd", 4.0e7).quantity("share", 0.7);
            }
            if (r.nextBoolean()) {
                e.provenance(Provenance.span("paper.txt", i * 10, i * 10 + 7, "quote, with \"commas\"\nand a line"))
                        .confidence(0.5 + r.nextInt(5) / 10.0);
            } else {
                e.provenance(Provenance.cited("paper.txt", "DEVELOPMENT, para. 3, lines 10-12")).summary("own words");
            }
            if (r.nextInt(4) == 0) {
                e.modality(Modality.POSTPONED).location("Tabriz").flag("anachronism").originRef("123" + i)
                        .reportIds(List.of("1", "2"));
            }
            l.add(e.build());
        }
        return l;
    }

    @Test
    void insertQueryExportAndReadBackGiveTheSameEvents() {
        List<Event> events = sample(300, 7);
        try (DyadStore store = DyadStore.open(tmp.resolve("home"))) {
            try (EventWriter w = store.writer(ImportBatch.of("test", "sample", "x"))) {
                events.forEach(w::add);
                ImportBatch b = w.commit();
                assertThat(b.rowsKept()).isEqualTo(300);
            }
            List<Event> back = store.events().query(EventQuery.all());
            assertThat(back).containsExactlyInAnyOrderElementsOf(events);
            for (ExportFormat f : ExportFormat.values()) {
                Path out = tmp.resolve("out." + f.id());
                assertThat(store.events().export(EventQuery.all(), f, out)).isEqualTo(300);
                assertThat(store.events().readExport(out, f)).as(f.id()).containsExactlyElementsOf(back);
            }
        }
    }

    @Test
    void reloadingTheSameIdsChangesNothing() {
        List<Event> events = sample(50, 3);
        try (DyadStore store = DyadStore.inMemory()) {
            for (int round = 0; round < 2; round++) {
                try (EventWriter w = store.writer(ImportBatch.of("test", "sample", "x"))) {
                    events.forEach(w::add);
                    events.subList(0, 5).forEach(w::add);
                    ImportBatch b = w.commit();
                    assertThat(b.rowsKept()).isEqualTo(round == 0 ? 50 : 0);
                    assertThat(b.rowsDuplicate()).isEqualTo(round == 0 ? 5 : 55);
                }
            }
            assertThat(store.events().count(EventQuery.all())).isEqualTo(50);
        }
    }

    @Test
    void anUncommittedBatchLeavesNothing() {
        try (DyadStore store = DyadStore.inMemory()) {
            try (EventWriter w = store.writer(ImportBatch.of("test", "sample", "x"))) {
                sample(20, 1).forEach(w::add);
            }
            assertThat(store.events().count(EventQuery.all())).isZero();
            assertThat(store.batches().all()).isEmpty();
        }
    }
}
