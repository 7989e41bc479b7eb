package org.dyad.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Thematic dimensions of a relationship, as used by the event format. */
public enum Dimension {
    POLITICAL, ECONOMIC, CULTURAL, SECURITY, CASPIAN_ENERGY, TRANSPORT, HUMANITARIAN;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Dimension parse(String s) {
        if (s != null) {
            String t = s.trim().toLowerCase(Locale.ROOT).replace('-', '_');
            for (Dimension d : values()) {
                if (d.id().equals(t)) {
                    return d;
                }
            }
        }
        throw new InvalidValueException("unknown dimension '" + s + "': expected one of "
                + Arrays.stream(values()).map(Dimension::id).collect(Collectors.joining(", ")));
    }
}
