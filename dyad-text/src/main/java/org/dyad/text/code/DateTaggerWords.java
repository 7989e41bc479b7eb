package org.dyad.text.code;

import java.util.Set;

/** Capitalised words that belong to dates, not names: months and weekdays. */
final class DateTaggerWords {
    private static final Set<String> WORDS = Set.of("JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY",
            "AUGUST", "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY",
            "FRIDAY", "SATURDAY", "SUNDAY", "ON", "IN");

    private DateTaggerWords() {
    }

    static boolean isDateWord(String u) {
        return WORDS.contains(u);
    }
}
