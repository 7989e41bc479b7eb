package org.dyad.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.dyad.analysis.change.PhaseFinder;
import org.dyad.analysis.series.Measure;
import org.dyad.analysis.series.SeriesRequest;
import org.dyad.analysis.series.TimeSeries;
import org.dyad.model.FuzzyDate;
import org.dyad.store.DateRule;
import org.dyad.store.DyadStore;
import org.dyad.store.EventQuery;
import org.dyad.store.Granularity;
import org.dyad.store.Phase;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

class AnalysisTest {
    static final LeadLag.Options FAST = new LeadLag.Options(null, 6, org.dyad.analysis.stats.LagSelection.Criterion.BIC,
            199, 7L, 0.05);

    static DialogueClaim.Request claim(Granularity g) {
        return new DialogueClaim.Request("IRN", "AZE", g, false, Set.of(), null, null, 1, DateRule.SPREAD, FAST);
    }

    @Test
    void plantedDialogueLeadIsFoundWithItsEvents() {
        try (DyadStore store = DyadStore.inMemory()) {
            PlantedStore.dialogueLeads(store, 0.8, 3);
            DialogueClaim.Result r = new Analysis(store).dialogueBeforeCooperation(claim(Granularity.MONTH));
            assertThat(r.enoughData()).isTrue();
            assertThat(r.answer()).startsWith("yes");
            assertThat(r.test().forward().pValue()).isLessThan(0.001);
            assertThat(r.test().forward().permutationPValue()).isLessThan(0.05);
            assertThat(r.test().backward().leads()).isFalse();
            assertThat(r.lift().ratio()).isGreaterThan(3.0);
            assertThat(r.test().forward().partialR2()).isGreaterThan(0.1);
            assertThat(r.evidence()).isNotEmpty();
            assertThat(r.evidence().stream().filter(e -> !e.followedBy().isEmpty()).count()).isGreaterThan(10);
            // all meetings, not only high level, is a superset
            DialogueClaim.Request all = new DialogueClaim.Request("IRN", "AZE", Granularity.MONTH, true, Set.of(), null, null,
                    1, DateRule.SPREAD, FAST);
            assertThat(DialogueClaim.run(store, all).dialogueEvents()).isGreaterThanOrEqualTo(r.dialogueEvents());
        }
    }

    @Test
    void noLeadWhenCooperationIgnoresMeetings() {
        try (DyadStore store = DyadStore.inMemory()) {
            PlantedStore.dialogueLeads(store, 0.05, 5);
            DialogueClaim.Result r = new Analysis(store).dialogueBeforeCooperation(claim(Granularity.MONTH));
            assertThat(r.answer()).doesNotStartWith("yes");
        }
    }

    @Test
    void tooLittleDataIsSaidWithTheNumbers() {
        try (DyadStore store = DyadStore.inMemory()) {
            PlantedStore.dialogueLeads(store, 0.8, 3);
            DialogueClaim.Request yearly = new DialogueClaim.Request("IRN", "AZE", Granularity.YEAR, false, Set.of(),
                    LocalDate.of(1990, 1, 1), LocalDate.of(2001, 12, 31), 1, DateRule.SPREAD, FAST);
            DialogueClaim.Result r = DialogueClaim.run(store, yearly);
            assertThat(r.enoughData()).isFalse();
            assertThat(r.answer()).startsWith("too little data").contains("12 years");
        }
    }

    @Test
    void phasesFoundAgreeWithAssertedOnes() {
        try (DyadStore store = DyadStore.inMemory()) {
            PlantedStore.threePhases(store, 9);
            store.phases().replace("test", List.of(
                    new Phase("p1", "IRN", "AZE", "golden", FuzzyDate.parse("1990"), FuzzyDate.parse("1994"), "cooperation", 2, null, null, "test"),
                    new Phase("p2", "IRN", "AZE", "tension", FuzzyDate.parse("1995"), FuzzyDate.parse("1999"), "tension", -1, null, null, "test"),
                    new Phase("p3", "IRN", "AZE", "warming", FuzzyDate.parse("2000"), null, "warming", 1, null, null, "test")));
            Analysis a = new Analysis(store);
            SeriesRequest req = SeriesRequest.of(EventQuery.builder().pair("IRN", "AZE").build(), Granularity.QUARTER);
            PhaseFinder.Result r = a.phases(req, Measure.GOLDSTEIN_MEAN, PhaseFinder.Options.defaults());
            assertThat(r.phases()).extracting(PhaseFinder.FoundPhase::label)
                    .containsExactly(PhaseFinder.COOPERATIVE, PhaseFinder.CONFLICTUAL, PhaseFinder.COOPERATIVE);
            assertThat(r.phases()).extracting(PhaseFinder.FoundPhase::from).containsExactly("1990-Q1", "1995-Q1", "2000-Q1");
            assertThat(r.phases()).allSatisfy(p -> assertThat(p.confidence()).isGreaterThan(0.99));
            assertThat(r.agreement()).isEqualTo(1.0);
            assertThat(r.asserted()).hasSize(3).allSatisfy(x -> assertThat(x.agreement()).isEqualTo(1.0));
            assertThat(r.asserted().get(1).periodsToNearestChange()).isZero();
            String svg = Charts.phases(a.series(req), r);
            assertWellFormed(svg);
            assertThat(svg).contains("asserted: tension");
        }
    }

    @Test
    void thirdPartyThatMovesFirstIsNamed() {
        try (DyadStore store = DyadStore.inMemory()) {
            java.util.SplittableRandom r = new java.util.SplittableRandom(4);
            try (org.dyad.store.EventWriter w = store.writer(org.dyad.store.ImportBatch.of("csv", "triad", "t"))) {
                int n = 0;
                boolean last = false;
                for (LocalDate d = LocalDate.of(1995, 1, 1); d.isBefore(LocalDate.of(2015, 1, 1)); d = d.plusMonths(1)) {
                    // Turkey-Azerbaijan conflict one month, Iran-Azerbaijan conflict the next
                    if (last) w.add(PlantedStore.event("a" + n++, d.plusDays(3), "IRN", "AZE", "111", null, null));
                    else if (r.nextDouble() < 0.2) w.add(PlantedStore.event("a" + n++, d.plusDays(3), "IRN", "AZE", "057", null, null));
                    last = r.nextDouble() < 0.4;
                    if (last) w.add(PlantedStore.event("t" + n++, d.plusDays(5), "TUR", "AZE", "111", null, null));
                    if (r.nextDouble() < 0.3) w.add(PlantedStore.event("u" + n++, d.plusDays(7), "IRN", "TUR", "042", null, null));
                }
                w.commit();
            }
            Triad.Result t = new Analysis(store).triad(SeriesRequest.of(EventQuery.builder().pair("IRN", "AZE").build(),
                    Granularity.MONTH), List.of("TUR", "RUS"), Measure.GOLDSTEIN_SUM, FAST);
            Triad.Link aze = t.links().stream().filter(l -> l.series().equals("AZE–TUR")).findFirst().orElseThrow();
            assertThat(aze.whoMovesFirst()).isEqualTo("AZE–TUR moves first");
            assertThat(aze.peakLag()).isEqualTo(1);
            Triad.Link rus = t.links().stream().filter(l -> l.series().equals("IRN–RUS")).findFirst().orElseThrow();
            assertThat(rus.whoMovesFirst()).isEqualTo("cannot tell");
            assertThat(rus.correlation()).isNull();
            assertThat(rus.note()).contains("constant");
            assertWellFormed(Charts.triad(t));
            assertThat(AnalysisJson.write(t)).doesNotContain("NaN");
        }
    }

    @Test
    void reciprocityNormalisationAndExplain() {
        try (DyadStore store = DyadStore.inMemory()) {
            PlantedStore.dialogueLeads(store, 0.8, 3);
            Analysis a = new Analysis(store);
            SeriesRequest req = new SeriesRequest(EventQuery.builder().pair("IRN", "AZE").build(), Granularity.MONTH,
                    DateRule.SPREAD, true);
            TimeSeries s = a.series(req);
            assertThat(s.columnNames()).contains(Measure.VOLUME, Measure.EVENTS + Measure.PER_1000, "root04");
            double[] ev = s.column(Measure.EVENTS);
            double[] per = s.column(Measure.EVENTS + Measure.PER_1000);
            // only this pair is in the store: every event of either country is a pair event
            for (int i = 0; i < ev.length; i++) assertThat(per[i]).isEqualTo(ev[i] > 0 ? 1000.0 : 0.0);
            int i = s.indexOf(LocalDate.of(1995, 6, 15));
            assertThat(a.explain(req, LocalDate.of(1995, 6, 15), 0)).hasSize((int) ev[i]);
            LeadLag.Result rec = a.reciprocity(req, Measure.EVENTS, FAST);
            assertThat(rec.directions()).extracting(LeadLag.Direction::cause).containsExactly("IRN->AZE", "AZE->IRN");
            assertThat(rec.forward().leads()).isTrue();
            String json = AnalysisJson.write(rec);
            assertThat(json).contains("\"lags\":", "\"f_stat\":", "\"p_value\":", "\"df_num\":", "\"df_den\":")
                    .doesNotContain("NaN");
        }
    }

    @Test
    void badRequestsAreExplained() {
        try (DyadStore store = DyadStore.inMemory()) {
            Analysis a = new Analysis(store);
            assertThatThrownBy(() -> a.series(SeriesRequest.of(EventQuery.builder().pair("IRN", "AZE").build(), Granularity.YEAR)))
                    .isInstanceOf(AnalysisException.class).hasMessageContaining("no dated events");
            PlantedStore.dialogueLeads(store, 0.8, 3);
            SeriesRequest req = SeriesRequest.of(EventQuery.builder().pair("IRN", "AZE").build(), Granularity.YEAR);
            assertThatThrownBy(() -> a.reciprocity(req, Measure.EVENTS, FAST.withLags(12)))
                    .isInstanceOf(AnalysisException.class).hasMessageContaining("needs at least 38 periods");
            assertThatThrownBy(() -> a.reciprocity(req, Measure.MATERIAL_CONFLICT, FAST))
                    .isInstanceOf(AnalysisException.class).hasMessageContaining("constant");
            assertThatThrownBy(() -> a.triad(req, List.of("AZE"), Measure.EVENTS, FAST))
                    .hasMessageContaining("one of the pair");
        }
    }

    static void assertWellFormed(String svg) {
        try {
            DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
        } catch (Exception e) {
            throw new AssertionError("SVG is not well-formed XML: " + e.getMessage(), e);
        }
    }
}
