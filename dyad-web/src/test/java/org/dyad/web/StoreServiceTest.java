package org.dyad.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.dyad.model.Event;
import org.dyad.model.FuzzyDate;
import org.dyad.model.Origin;
import org.dyad.store.Documents;
import org.dyad.store.DyadStore;
import org.dyad.store.EventQuery;
import org.dyad.store.EventWriter;
import org.dyad.store.ImportBatch;
import org.junit.jupiter.api.Test;

class StoreServiceTest {
    @Test
    void rememberedCountsAreForgottenWhenTheServerWrites() {
        try (DyadStore store = TestStores.caseStudyWithDocument()) {
            StoreService s = new StoreService(store);
            EventQuery q = EventQuery.builder().pair("IRN", "AZE").limit(5).build();
            long before = s.events(q).total();
            assertThat(s.summary(q).total()).isEqualTo(before);
            try (EventWriter w = store.writer(ImportBatch.of("text", "more.txt", "more"))) {
                w.add(Event.builder().id("more-1").date(FuzzyDate.year(2001)).source("IRN").target("AZE")
                        .sourceCountry("IRN").targetCountry("AZE").origin(Origin.TEXT).build());
                w.commit();
            }
            assertThat(s.events(q).total()).isEqualTo(before);
            s.storeChanged();
            assertThat(s.events(q).total()).isEqualTo(before + 1);
            assertThat(s.summary(q).total()).isEqualTo(before + 1);
            assertThat(new StoreService(store, false).events(q.toBuilder().offset(3).build()).total())
                    .isEqualTo(before + 1);
        }
    }

    @Test
    void theLastPageGivesTheTotalAsACountDoes() {
        try (DyadStore store = TestStores.caseStudyWithDocument()) {
            StoreService s = new StoreService(store, false);
            EventQuery all = EventQuery.builder().pair("IRN", "AZE").build();
            long n = store.events().count(all);
            for (int offset : new int[] {0, (int) n - 3, (int) n - 1, (int) n, (int) n + 10}) {
                Views.EventPage p = s.events(all.toBuilder().limit(50).offset(offset).build());
                assertThat(p.total()).as("offset " + offset).isEqualTo(n);
                assertThat(p.events()).hasSize((int) Math.max(0, Math.min(50, n - offset)));
            }
        }
    }

    @Test
    void excerptsStopAtParagraphsAndClampBadOffsets() {
        String text = "one.\n\ntwo three four.\n\nfive.";
        Documents.Document d = new Documents.Document("d", null, "text", "t", null, null, text);
        Views.Excerpt x = StoreService.excerpt(d, text.indexOf("three"), text.indexOf("three") + 5);
        assertThat(x.text()).isEqualTo("two three four.");
        assertThat(x.text().substring(x.highlightStart(), x.highlightEnd())).isEqualTo("three");
        Views.Excerpt bad = StoreService.excerpt(d, 500, 900);
        assertThat(bad.highlightStart()).isEqualTo(bad.highlightEnd());
        assertThat(bad.start() + bad.text().length()).isEqualTo(text.length());
    }
}
