package org.dyad.model;

import java.util.Locale;

/** Seasons of the northern hemisphere as three-month spans; winter runs into the next year. */
public enum Season {
    SPRING(3), SUMMER(6), AUTUMN(9), WINTER(12);

    private final int firstMonth;

    Season(int firstMonth) {
        this.firstMonth = firstMonth;
    }

    public int firstMonth() {
        return firstMonth;
    }

    /** Parses {@code spring}, {@code summer}, {@code autumn}/{@code fall}, {@code winter}; null if none. */
    public static Season fromWord(String word) {
        switch (word.toLowerCase(Locale.ROOT)) {
            case "spring": return SPRING;
            case "summer": return SUMMER;
            case "autumn": case "fall": return AUTUMN;
            case "winter": return WINTER;
            default: return null;
        }
    }

    /** The season that starts in the given month, or null. */
    public static Season startingIn(int month) {
        for (Season s : values()) {
            if (s.firstMonth == month) {
                return s;
            }
        }
        return null;
    }
}
