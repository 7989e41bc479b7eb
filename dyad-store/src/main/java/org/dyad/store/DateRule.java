package org.dyad.store;

import java.util.Locale;
import org.dyad.model.InvalidValueException;

/**
 * How an event whose date spans more than one period (a date known to the month in a weekly
 * series, to the year in a monthly one, or a range) is counted.
 *
 * <ul>
 *   <li>{@link #SPREAD} (the default): the event is shared among the periods it overlaps, in
 *       proportion to the days of its span in each; a 1994 event adds 31/365 to January 1994 in a
 *       monthly series, not 1. Counts may then be fractional.</li>
 *   <li>{@link #EARLIEST}: the whole event goes to the period of its earliest possible day (what
 *       most tools do; a year-precision event lands in January).</li>
 *   <li>{@link #EXCLUDE}: events that do not fit in one period are left out and counted apart.</li>
 * </ul>
 * Every series row reports how much of it came from such events ({@code spanning}), so that no
 * period's value hides where it came from.
 */
public enum DateRule {
    SPREAD, EARLIEST, EXCLUDE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DateRule parse(String s) {
        if (s != null) {
            for (DateRule r : values()) {
                if (r.id().equalsIgnoreCase(s.trim())) {
                    return r;
                }
            }
        }
        throw new InvalidValueException("unknown rule for imprecise dates '" + s + "': expected spread (share an"
                + " event among the periods its date spans), earliest (count it in its first period) or exclude");
    }
}
