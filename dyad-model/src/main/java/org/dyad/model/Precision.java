package org.dyad.model;

import java.util.Locale;

/** How precisely a date is known, from finest to coarsest. */
public enum Precision {
    DAY, MONTH, SEASON, YEAR;

    /** The lower-case name used in the event format ({@code day}, {@code month}, ...). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Precision parse(String s) {
        if (s != null) {
            for (Precision p : values()) {
                if (p.id().equalsIgnoreCase(s.trim())) {
                    return p;
                }
            }
        }
        throw new InvalidValueException("unknown date precision '" + s + "': expected day, month, season or year");
    }

    public boolean coarserThan(Precision other) {
        return ordinal() > other.ordinal();
    }
}
