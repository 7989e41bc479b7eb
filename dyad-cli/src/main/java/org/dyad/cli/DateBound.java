package org.dyad.cli;

import java.time.LocalDate;
import org.dyad.model.FuzzyDate;

/** Date options: {@code --from 1993} means the first day of 1993, {@code --to 1995} its last. */
final class DateBound {
    private DateBound() {
    }

    static LocalDate from(String s) {
        return s == null ? null : FuzzyDate.parse(s).earliest();
    }

    static LocalDate to(String s) {
        return s == null ? null : FuzzyDate.parse(s).latest();
    }
}
