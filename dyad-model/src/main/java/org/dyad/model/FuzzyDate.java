package org.dyad.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A date known to some precision, possibly a range: "1993", "October 1993", "autumn 1994",
 * "June 10-11, 1991", "1993 to 2001". Held as the earliest and the latest day it may denote
 * (both inclusive) and the precision at which it is written.
 *
 * <p>Ordering is by earliest day, then latest day, then precision (finer first); it is a total
 * order consistent with {@link #equals}. Two dates {@linkplain #overlaps overlap} when the spans
 * of days they denote share at least one day.
 */
public final class FuzzyDate implements Comparable<FuzzyDate> {
    private final LocalDate earliest;
    private final LocalDate latest;
    private final Precision precision;

    private FuzzyDate(LocalDate earliest, LocalDate latest, Precision precision) {
        this.earliest = Objects.requireNonNull(earliest, "earliest");
        this.latest = Objects.requireNonNull(latest, "latest");
        this.precision = Objects.requireNonNull(precision, "precision");
        if (latest.isBefore(earliest)) {
            throw new InvalidValueException("date range ends (" + latest + ") before it starts (" + earliest + ")");
        }
    }

    // ---------------------------------------------------------------- factories

    public static FuzzyDate day(int year, int month, int day) {
        LocalDate d = checked(year, month, day);
        return new FuzzyDate(d, d, Precision.DAY);
    }

    public static FuzzyDate day(LocalDate d) {
        return new FuzzyDate(d, d, Precision.DAY);
    }

    public static FuzzyDate month(int year, int month) {
        YearMonth ym = yearMonth(year, month);
        return new FuzzyDate(ym.atDay(1), ym.atEndOfMonth(), Precision.MONTH);
    }

    public static FuzzyDate year(int year) {
        checkYear(year);
        return new FuzzyDate(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Precision.YEAR);
    }

    /** A season of a year; winter starts in December of that year. */
    public static FuzzyDate season(Season season, int year) {
        YearMonth first = yearMonth(year, season.firstMonth());
        YearMonth last = first.plusMonths(2);
        return new FuzzyDate(first.atDay(1), last.atEndOfMonth(), Precision.SEASON);
    }

    /** Months {@code fromMonth} to {@code toMonth} of one year, at month precision ("second half of 1991"). */
    public static FuzzyDate months(int year, int fromMonth, int toMonth) {
        YearMonth a = yearMonth(year, fromMonth);
        YearMonth b = yearMonth(year, toMonth);
        return new FuzzyDate(a.atDay(1), b.atEndOfMonth(), Precision.MONTH);
    }

    /**
     * The span from {@code from} to {@code to}, written at the coarser of their precisions
     * ("June 10-11" is a day range; "from 1993 to 2001" a year range).
     */
    public static FuzzyDate range(FuzzyDate from, FuzzyDate to) {
        Precision p = from.precision.coarserThan(to.precision) ? from.precision : to.precision;
        if (to.latest.isBefore(from.earliest)) {
            throw new InvalidValueException("date range ends (" + to + ") before it starts (" + from + ")");
        }
        return widened(from.earliest, to.latest, p);
    }

    /** The span widened to whole units of the precision, so that it reads back as written. */
    private static FuzzyDate widened(LocalDate a, LocalDate b, Precision p) {
        switch (p) {
            case YEAR:
                return new FuzzyDate(a.withDayOfYear(1), b.withMonth(12).withDayOfMonth(31), p);
            case MONTH: case SEASON:
                return new FuzzyDate(a.withDayOfMonth(1), YearMonth.from(b).atEndOfMonth(), p);
            default:
                return new FuzzyDate(a, b, p);
        }
    }

    /** The span of days {@code earliest..latest} written at {@code precision}. */
    public static FuzzyDate span(LocalDate earliest, LocalDate latest, Precision precision) {
        return widened(earliest, latest, precision);
    }

    /**
     * Parses an ISO-8601 prefix ({@code 1993}, {@code 1993-10}, {@code 1993-10-26}); the precision is
     * the prefix's length.
     */
    public static FuzzyDate parse(String iso) {
        return parse(iso, null, null);
    }

    /**
     * Parses the event format's {@code date}, {@code date_end} and {@code precision} fields. Either of
     * the last two may be null; a season is written as its first month with {@code date_end} on its
     * last month.
     */
    public static FuzzyDate parse(String date, String dateEnd, String precision) {
        if (date == null || date.isBlank()) {
            throw new InvalidValueException("missing date: expected YYYY, YYYY-MM or YYYY-MM-DD");
        }
        FuzzyDate start = parsePrefix(date.trim());
        FuzzyDate end = dateEnd == null || dateEnd.isBlank() ? start : parsePrefix(dateEnd.trim());
        Precision p = precision == null || precision.isBlank()
                ? (start.precision.coarserThan(end.precision) ? start.precision : end.precision)
                : Precision.parse(precision);
        if (p == Precision.SEASON && start.precision != Precision.MONTH) {
            throw new InvalidValueException("season date '" + date + "' must be written as its first month (YYYY-MM)");
        }
        Precision written = start.precision.coarserThan(end.precision) ? start.precision : end.precision;
        if (written.coarserThan(p)) {
            throw new InvalidValueException("date '" + date + (dateEnd == null ? "" : "/" + dateEnd)
                    + "' is written less precisely than its precision '" + p.id() + "'");
        }
        if (p == Precision.SEASON && end == start) {
            end = start.plusMonths(2);
        }
        if (end.latest.isBefore(start.earliest)) {
            throw new InvalidValueException("date_end '" + dateEnd + "' is before date '" + date + "'");
        }
        return widened(start.earliest, end.latest, p);
    }

    private FuzzyDate plusMonths(int n) {
        YearMonth ym = YearMonth.from(earliest).plusMonths(n);
        checkYear(ym.getYear());
        return new FuzzyDate(ym.atDay(1), ym.atEndOfMonth(), Precision.MONTH);
    }

    private static FuzzyDate parsePrefix(String s) {
        try {
            if (s.matches("-?\\d{4}")) {
                return year(Integer.parseInt(s));
            }
            if (s.matches("\\d{4}-\\d{2}")) {
                return month(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(5, 7)));
            }
            if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return day(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(5, 7)),
                        Integer.parseInt(s.substring(8, 10)));
            }
        } catch (InvalidValueException e) {
            throw new InvalidValueException("malformed date '" + s + "': " + e.getMessage());
        }
        throw new InvalidValueException("malformed date '" + s + "': expected YYYY, YYYY-MM or YYYY-MM-DD");
    }

    private static void checkYear(int year) {
        if (year < 1 || year > 9999) {
            throw new InvalidValueException("year " + year + " is out of range 1..9999");
        }
    }

    private static YearMonth yearMonth(int year, int month) {
        checkYear(year);
        if (month < 1 || month > 12) {
            throw new InvalidValueException("month " + month + " is out of range 1..12");
        }
        return YearMonth.of(year, month);
    }

    private static LocalDate checked(int year, int month, int day) {
        YearMonth ym = yearMonth(year, month);
        try {
            return ym.atDay(day);
        } catch (DateTimeException e) {
            throw new InvalidValueException("day " + day + " does not exist in " + ym);
        }
    }

    // ---------------------------------------------------------------- queries

    public LocalDate earliest() {
        return earliest;
    }

    public LocalDate latest() {
        return latest;
    }

    public Precision precision() {
        return precision;
    }

    /** True when written with a separate end ({@code date_end}). */
    public boolean isRange() {
        return precision == Precision.SEASON || !format(earliest).equals(format(latest));
    }

    public boolean overlaps(FuzzyDate other) {
        return !latest.isBefore(other.earliest) && !other.latest.isBefore(earliest);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(earliest) && !day.isAfter(latest);
    }

    public boolean contains(FuzzyDate other) {
        return !other.earliest.isBefore(earliest) && !other.latest.isAfter(latest);
    }

    /** Whole days covered, at least 1. */
    public long days() {
        return latest.toEpochDay() - earliest.toEpochDay() + 1;
    }

    /** The year of the earliest day. */
    public int year() {
        return earliest.getYear();
    }

    /** The event format's {@code date}: the ISO prefix of the earliest day at this precision. */
    public String isoStart() {
        return format(earliest);
    }

    /** The event format's {@code date_end}, or null for a single date. */
    public String isoEnd() {
        return isRange() ? format(latest) : null;
    }

    private String format(LocalDate d) {
        switch (precision) {
            case DAY: return d.toString();
            case MONTH: case SEASON: return YearMonth.from(d).toString();
            default: return String.format("%04d", d.getYear());
        }
    }

    @Override
    public int compareTo(FuzzyDate o) {
        int c = earliest.compareTo(o.earliest);
        if (c == 0) {
            c = latest.compareTo(o.latest);
        }
        return c != 0 ? c : precision.compareTo(o.precision);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FuzzyDate && ((FuzzyDate) o).earliest.equals(earliest)
                && ((FuzzyDate) o).latest.equals(latest) && ((FuzzyDate) o).precision == precision;
    }

    @Override
    public int hashCode() {
        return Objects.hash(earliest, latest, precision);
    }

    /** {@code 1993-10-26}, {@code 1991-06-10/1991-06-11}, {@code 1994-09/1994-11 (season)}. */
    @Override
    public String toString() {
        String s = isRange() ? isoStart() + "/" + isoEnd() : isoStart();
        return precision == Precision.SEASON ? s + " (season)" : s;
    }
}
