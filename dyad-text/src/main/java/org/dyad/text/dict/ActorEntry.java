package org.dyad.text.dict;

import java.time.LocalDate;
import java.util.List;

/**
 * An actor of a dictionary: a name with its synonyms and its codes, possibly restricted by date
 * (PETRARCH's {@code [HOBGOV 19950601 - 19990815]}, {@code [RHO <790606]}). A code may be
 * compound ({@code [FRO/BIL/SAM]}: the phrase stands for several actors) or null ({@code [---]}:
 * recognised, but not coded). Persons from an actor-JSON dictionary carry their offices as
 * restricted codes with the title, so the role held on the event's date can be reported.
 */
public record ActorEntry(String name, Kind kind, List<CodeSpan> codes, String source, CaseRule caseRule) {

    /** How the text must be written to match: PETRARCH files match any case, built-in names want capitals. */
    public enum CaseRule {
        /** Any case (PETRARCH and TABARI dictionaries are written in capitals and match any text). */
        ANY,
        /** The first letter capitalised: a proper name ("Turkey", not "turkey"). */
        CAPITALIZED,
        /** Every letter a capital: an acronym ("US", not "us"). */
        UPPER
    }

    public ActorEntry(String name, Kind kind, List<CodeSpan> codes, String source) {
        this(name, kind, codes, source, CaseRule.ANY);
    }

    /** What the phrase names. */
    public enum Kind {
        /** A state, organisation or group named by its name or an alias. */
        ACTOR,
        /** A person. */
        PERSON,
        /** A country's adjective (Iranian, Azerbaijani): an actor when it qualifies a noun. */
        DEMONYM,
        /** A capital standing for its country or government (Tehran, Baku). */
        CAPITAL,
        /**
         * A place other than a capital (a province, a city): where something happens, and which
         * state it lies in ("travelled to Lahore" is a visit to Pakistan).
         */
        PLACE
    }

    /**
     * Codes valid from {@code from} to {@code to} (inclusive; either open). {@code codes} empty
     * means the null code. {@code title} and {@code country} are a person's office, when known.
     */
    public record CodeSpan(List<String> codes, LocalDate from, LocalDate to, String title, String country) {
        public boolean covers(LocalDate day) {
            return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
        }

        public boolean restricted() {
            return from != null || to != null;
        }
    }

    /**
     * The codes on a day: the first restricted span covering it, else the first unrestricted one.
     * A null day (an undated event) takes the unrestricted code, or the last span.
     */
    public CodeSpan codeOn(LocalDate day) {
        CodeSpan fallback = null;
        for (CodeSpan c : codes) {
            if (c.restricted()) {
                if (day != null && c.covers(day)) {
                    return c;
                }
            } else if (fallback == null) {
                fallback = c;
            }
        }
        if (fallback == null && day == null && !codes.isEmpty()) {
            return codes.get(codes.size() - 1);
        }
        return fallback;
    }
}
