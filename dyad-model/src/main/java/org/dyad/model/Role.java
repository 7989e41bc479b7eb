package org.dyad.model;

import java.time.LocalDate;

/**
 * An office held by a person from one date to another (both fuzzy, either open): "President of
 * Iran, 1989-08-03 to 1997-08-03". The sector is the CAMEO sector the office acts for (GOV for
 * ministers, LEG for a parliament's chairman).
 */
public record Role(String title, String country, String sector, RoleLevel level, FuzzyDate from, FuzzyDate to) {
    public Role {
        if (title == null || title.isBlank()) {
            throw new InvalidValueException("a role needs a title, such as President or Foreign Minister");
        }
        if (from != null && to != null && to.latest().isBefore(from.earliest())) {
            throw new InvalidValueException("role '" + title + "' ends (" + to + ") before it starts (" + from + ")");
        }
        level = level == null ? RoleLevel.fromTitle(title) : level;
    }

    /** True when the office may have been held on that day (fuzzy ends count in its favour). */
    public boolean heldOn(LocalDate day) {
        return (from == null || !day.isBefore(from.earliest())) && (to == null || !day.isAfter(to.latest()));
    }

    /** True when the office may have been held at some time within the date. */
    public boolean heldDuring(FuzzyDate date) {
        return (from == null || !date.latest().isBefore(from.earliest()))
                && (to == null || !date.earliest().isAfter(to.latest()));
    }
}
