package org.dyad.data.format;

import java.util.HashMap;
import java.util.Map;
import org.dyad.data.io.Fields;

/**
 * Columns located by name in a header row, compared as {@link FormatDetector#key keys}
 * ({@code Event ID}, {@code event_id} and {@code EventID} are one name), so that header drift
 * between releases (POLECAT's {@code Intensity} / {@code Event Intensity}) is a list of aliases.
 */
final class Columns {
    private final Map<String, Integer> index = new HashMap<>();
    private final int count;

    Columns(Fields header) {
        count = header.count();
        for (int i = 0; i < count; i++) {
            String name = header.trimmed(i);
            if (name != null) {
                index.putIfAbsent(FormatDetector.key(name), i);
            }
        }
    }

    int count() {
        return count;
    }

    /** The column with any of these names, or -1. */
    int find(String... names) {
        for (String n : names) {
            Integer i = index.get(FormatDetector.key(n));
            if (i != null) {
                return i;
            }
        }
        return -1;
    }

    /** The column with any of these names; a header without it is not this format. */
    int require(String what, String... names) throws BadRowException {
        int i = find(names);
        if (i < 0) {
            throw new BadRowException("the header has no '" + names[0] + "' column, which " + what + " files have");
        }
        return i;
    }
}
