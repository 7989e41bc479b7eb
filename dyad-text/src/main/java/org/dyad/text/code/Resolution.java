package org.dyad.text.code;

import java.util.List;
import org.dyad.model.FuzzyDate;

/**
 * Resolves one side of a candidate to actors on a date, given the pair in focus (for "the two
 * countries") and the actor a pronoun stands for.
 */
final class Resolution {
    private Resolution() {
    }

    /** The context a side is resolved in. */
    record Context(FuzzyDate date, String pairFirst, String pairSecond, ActorPhrase.Resolved pronoun) {
    }

    /** The actor of a side, or null (no actor, or a null-coded one). */
    static ActorPhrase.Resolved resolve(Candidate.Side side, Context c, String text) {
        if (side == null || side.isNone()) {
            return null;
        }
        ActorPhrase p = side.phrase();
        int unit = side.unit();
        if (unit == Candidate.PAIR_FIRST || unit == Candidate.PAIR_SECOND) {
            if (p.joint && p.units.size() >= 2) {
                return one(p, unit == Candidate.PAIR_FIRST ? 0 : 1, c, text);
            }
            String code = unit == Candidate.PAIR_FIRST ? c.pairFirst() : c.pairSecond();
            return code == null ? null : new ActorPhrase.Resolved(code, code, null, null, text);
        }
        if (unit == Candidate.PRONOUN) {
            return c.pronoun();
        }
        if (p.units.isEmpty()) {
            return null;
        }
        return one(p, unit == Candidate.WHOLE ? 0 : unit, c, text);
    }

    private static ActorPhrase.Resolved one(ActorPhrase p, int unit, Context c, String text) {
        if (unit >= p.units.size()) {
            return null;
        }
        List<ActorPhrase.Resolved> out = new java.util.ArrayList<>(1);
        ActorPhrase.resolveUnit(p.units.get(unit), c.date(), text, out);
        return out.isEmpty() ? null : out.get(0);
    }

    /** All actors of a side when a unit stands for several (a compound code such as [FRO/BIL/SAM]). */
    static List<ActorPhrase.Resolved> resolveAll(Candidate.Side side, Context c, String text) {
        if (side == null || side.isNone()) {
            return List.of();
        }
        ActorPhrase p = side.phrase();
        int unit = side.unit();
        if (unit >= 0 || unit == Candidate.WHOLE && !p.units.isEmpty()) {
            int u = unit == Candidate.WHOLE ? 0 : unit;
            if (u < p.units.size()) {
                List<ActorPhrase.Resolved> out = new java.util.ArrayList<>(2);
                ActorPhrase.resolveUnit(p.units.get(u), c.date(), text, out);
                return out;
            }
            return List.of();
        }
        ActorPhrase.Resolved r = resolve(side, c, text);
        return r == null ? List.of() : List.of(r);
    }
}
