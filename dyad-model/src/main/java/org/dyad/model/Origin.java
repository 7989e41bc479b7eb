package org.dyad.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Where an event came from: coded from text, curated by hand, or imported from a dataset. */
public enum Origin {
    TEXT, CURATED, GDELT1, GDELT2, ICEWS, POLECAT, PHOENIX, CSV;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Origin parse(String s) {
        if (s != null) {
            for (Origin o : values()) {
                if (o.id().equalsIgnoreCase(s.trim())) {
                    return o;
                }
            }
        }
        throw new InvalidValueException("unknown origin '" + s + "': expected one of "
                + Arrays.stream(values()).map(Origin::id).collect(Collectors.joining(", ")));
    }
}
