package org.dyad.model;

import java.util.Locale;

/** Whether an event happened as stated, or was negated, postponed or only planned. */
public enum Modality {
    ASSERTED, NEGATED, POSTPONED, PLANNED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Modality parse(String s) {
        if (s == null || s.isBlank()) {
            return ASSERTED;
        }
        for (Modality m : values()) {
            if (m.id().equalsIgnoreCase(s.trim())) {
                return m;
            }
        }
        throw new InvalidValueException("unknown modality '" + s + "': expected asserted, negated, postponed or planned");
    }
}
