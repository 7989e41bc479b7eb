package org.dyad.cli;

import org.dyad.model.InvalidValueException;
import org.dyad.model.ontology.Country;

/** Checks that a command got the two countries it needs (when no --series file replaces them). */
final class Pair {
    private Pair() {
    }

    static void require(Country a, Country b, String command) {
        if (a == null || b == null) {
            throw new InvalidValueException("give two countries (e.g. dyad " + command + " IRN AZE) or a --series FILE");
        }
    }
}
