package org.dyad.store;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import org.dyad.model.InvalidValueException;

/** The period a series is counted in; weeks start on Monday (ISO 8601), quarters in January, April, July, October. */
public enum Granularity {
    WEEK("week", "INTERVAL 7 DAY"),
    MONTH("month", "INTERVAL 1 MONTH"),
    QUARTER("quarter", "INTERVAL 3 MONTH"),
    YEAR("year", "INTERVAL 1 YEAR");

    private final String sqlUnit;
    private final String sqlInterval;

    Granularity(String sqlUnit, String sqlInterval) {
        this.sqlUnit = sqlUnit;
        this.sqlInterval = sqlInterval;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The first day of the period that holds {@code d}. */
    public LocalDate start(LocalDate d) {
        switch (this) {
            case WEEK: return d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH: return d.withDayOfMonth(1);
            case QUARTER: return d.with(IsoFields.DAY_OF_QUARTER, 1);
            default: return d.withDayOfYear(1);
        }
    }

    /** The first day of the period after the one starting on {@code start}. */
    public LocalDate next(LocalDate start) {
        switch (this) {
            case WEEK: return start.plusWeeks(1);
            case MONTH: return start.plusMonths(1);
            case QUARTER: return start.plusMonths(3);
            default: return start.plusYears(1);
        }
    }

    /** The last day of the period starting on {@code start}. */
    public LocalDate end(LocalDate start) {
        return next(start).minusDays(1);
    }

    /** A short label: {@code 1993-W43}, {@code 1993-10}, {@code 1993-Q4}, {@code 1993}. */
    public String label(LocalDate start) {
        switch (this) {
            case WEEK: return String.format(Locale.ROOT, "%d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR),
                    start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH: return String.format(Locale.ROOT, "%04d-%02d", start.getYear(), start.getMonthValue());
            case QUARTER: return String.format(Locale.ROOT, "%04d-Q%d", start.getYear(), start.get(IsoFields.QUARTER_OF_YEAR));
            default: return String.format(Locale.ROOT, "%04d", start.getYear());
        }
    }

    String sqlUnit() {
        return sqlUnit;
    }

    String sqlInterval() {
        return sqlInterval;
    }

    public static Granularity parse(String s) {
        if (s != null) {
            for (Granularity g : values()) {
                if (g.id().equalsIgnoreCase(s.trim())) {
                    return g;
                }
            }
        }
        throw new InvalidValueException("unknown period '" + s + "': expected week, month, quarter or year");
    }
}
