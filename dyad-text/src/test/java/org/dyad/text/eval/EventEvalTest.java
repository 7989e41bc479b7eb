package org.dyad.text.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.model.Event;
import org.dyad.model.FuzzyDate;
import org.dyad.model.Modality;
import org.dyad.model.Origin;
import org.junit.jupiter.api.Test;

class EventEvalTest {
    private static Event ev(String id, String src, String tgt, String code, String date, Modality m) {
        return Event.builder().id(id).origin(Origin.TEXT).source(src).target(tgt).code(code)
                .date(FuzzyDate.parse(date)).modality(m).build();
    }

    private static EventEval.Gold gold(Event e, String salience, boolean symmetric) {
        return new EventEval.Gold(e, salience, symmetric, null);
    }

    @Test
    void matchesByPairOverlappingDateAndRootAndCountsTheRest() {
        List<EventEval.Gold> g = List.of(
                gold(ev("g1", "IRNGOV", "AZE", "042", "1993-08-18", Modality.ASSERTED), "core", false),
                gold(ev("g2", "AZE", "IRN", "057", "1992-05", Modality.ASSERTED), "core", true),
                gold(ev("g3", "IRN", "AZE", "110", "1992", Modality.ASSERTED), "optional", false),
                gold(ev("g4", "ARM", "AZE", "190", "1992", Modality.ASSERTED), "core", false));
        List<Event> p = List.of(
                ev("p1", "IRN", "AZE", "046", "1993", Modality.ASSERTED),   // root 04, overlapping: match, date differs
                ev("p2", "IRN", "AZE", "057", "1992-05", Modality.ASSERTED), // match, exact
                ev("p3", "AZE", "IRN", "111", "1992", Modality.ASSERTED),   // matches the optional one: ignored
                ev("p4", "AZE", "IRN", "160", "1994", Modality.ASSERTED),   // extra
                ev("p5", "AZE", "IRN", "042", "1993", Modality.NEGATED));   // negated: not scored
        EventEval.Report r = EventEval.run(g, p, new EventEval.Options("IRN", "AZE", true));
        assertThat(r.goldScored()).isEqualTo(2);
        assertThat(r.truePositives()).isEqualTo(2);
        assertThat(r.falsePositives()).isEqualTo(1);
        assertThat(r.falseNegatives()).isZero();
        assertThat(r.precision()).isEqualTo(2 / 3.0);
        assertThat(r.recall()).isEqualTo(1.0);
        assertThat(r.dateExact()).isEqualTo(1);
        assertThat(r.directionChecked()).isEqualTo(1);
        assertThat(r.directionRight()).isEqualTo(1);
        assertThat(r.predictedNegated()).isEqualTo(1);
    }

    @Test
    void prefersDateExactMatchesWhenTwoPredictionsCompete() {
        List<EventEval.Gold> g = List.of(gold(ev("g", "AZELEG", "IRN", "050", "1992-08-05", Modality.ASSERTED), "core", false));
        List<Event> p = List.of(ev("a", "IRN", "AZE", "050", "1992", Modality.ASSERTED),
                ev("b", "AZE", "IRN", "054", "1992-08-05", Modality.ASSERTED));
        EventEval.Report r = EventEval.run(g, p, new EventEval.Options(null, null, true));
        assertThat(r.truePositives()).isEqualTo(1);
        assertThat(r.dateExact()).isEqualTo(1);
        assertThat(r.matches().get(0).predicted().id()).isEqualTo("b");
    }
}
