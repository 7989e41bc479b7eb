package org.dyad.text.code;

/**
 * How the coder behaves. {@link #narrative()} suits running text about a pair of states (papers,
 * news, chronologies): event nouns, modality, relation frames, joint acts coded once.
 * {@link #petrarch()} follows PETRARCH-1's conventions for its validation records: verbs only,
 * paired events in both directions, PETRARCH's {@code <Config>} options.
 *
 * @param narrativeRules event nouns, modality (negated, planned, postponed), habitual statements
 *        skipped, relation frames ("relations between A and B cooled"), pair references
 * @param jointActsOnce a joint act of two actors ("the two countries signed") is one event, not two
 * @param requireDyad events need both a source and a target (PETRARCH {@code require_dyad})
 * @param newActorLength longest unknown noun phrase taken as an actor (PETRARCH {@code new_actor_length}; 0 off)
 * @param commaClauses drop short comma-delimited clauses before coding, as PETRARCH's {@code comma_*} options
 * @param commaMin shortest internal comma clause dropped ({@code comma_min})
 * @param commaMax longest internal comma clause dropped ({@code comma_max})
 * @param commaEndMin shortest final comma clause dropped ({@code comma_emin})
 * @param commaEndMax longest final comma clause dropped ({@code comma_emax})
 */
public record CoderOptions(boolean narrativeRules, boolean jointActsOnce, boolean requireDyad, int newActorLength,
                           boolean commaClauses, int commaMin, int commaMax, int commaEndMin, int commaEndMax) {

    public static CoderOptions narrative() {
        return new CoderOptions(true, true, true, 0, false, 0, 0, 0, 0);
    }

    public static CoderOptions petrarch() {
        return new CoderOptions(false, false, true, 0, true, 2, 8, 2, 8);
    }

    /** Applies a PETRARCH {@code <Config option value>}; unknown options are ignored, as PETRARCH does. */
    public CoderOptions with(String option, String value) {
        String v = value == null ? "" : value.trim();
        switch (option) {
            case "require_dyad":
                return new CoderOptions(narrativeRules, jointActsOnce, Boolean.parseBoolean(v.toLowerCase(java.util.Locale.ROOT)),
                        newActorLength, commaClauses, commaMin, commaMax, commaEndMin, commaEndMax);
            case "new_actor_length":
                return new CoderOptions(narrativeRules, jointActsOnce, requireDyad, parse(v, newActorLength),
                        commaClauses, commaMin, commaMax, commaEndMin, commaEndMax);
            case "comma_min":
                return new CoderOptions(narrativeRules, jointActsOnce, requireDyad, newActorLength, commaClauses,
                        parse(v, commaMin), commaMax, commaEndMin, commaEndMax);
            case "comma_max":
                return new CoderOptions(narrativeRules, jointActsOnce, requireDyad, newActorLength, commaClauses,
                        commaMin, parse(v, commaMax), commaEndMin, commaEndMax);
            case "comma_emin":
                return new CoderOptions(narrativeRules, jointActsOnce, requireDyad, newActorLength, commaClauses,
                        commaMin, commaMax, parse(v, commaEndMin), commaEndMax);
            case "comma_emax":
                return new CoderOptions(narrativeRules, jointActsOnce, requireDyad, newActorLength, commaClauses,
                        commaMin, commaMax, commaEndMin, parse(v, commaEndMax));
            default:
                return this;
        }
    }

    private static int parse(String v, int dflt) {
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            return dflt;
        }
    }
}
