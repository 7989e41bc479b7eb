package org.dyad.store;

import org.dyad.model.FuzzyDate;
import org.dyad.model.InvalidValueException;

/**
 * A phase of a relationship as asserted by a source (or found by an analysis): a span with a
 * label, a tone (tension, cooperation, cooling, warming, neutral) and a level from -2 (conflictual)
 * to +2 (cooperative).
 */
public record Phase(String id, String countryA, String countryB, String label, FuzzyDate from, FuzzyDate to,
                    String tone, int level, String citation, String summary, String origin) {
    public Phase {
        if (level < -2 || level > 2) {
            throw new InvalidValueException("phase " + id + ": level " + level + " is outside -2..2");
        }
        if (to != null && from != null && to.latest().isBefore(from.earliest())) {
            throw new InvalidValueException("phase " + id + " ends before it starts");
        }
    }
}
