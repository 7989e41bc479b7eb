package org.dyad.data.format;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.dyad.model.Event;
import org.dyad.model.InvalidValueException;

/**
 * Which rows an import keeps: those between two countries (either direction; CAMEO codes), and/or
 * those whose date falls in a window. Readers test raw bytes first ({@link #pairBytes},
 * {@link #mayFallIn}) so that rows of other countries are never decoded, then the importer checks
 * the event exactly ({@link #passes}).
 */
public final class RowFilter {
    public static final RowFilter NONE = new RowFilter(null, null, null, null);
    private final String countryA;
    private final String countryB;
    private final LocalDate from;
    private final LocalDate to;
    private final byte[] a;
    private final byte[] b;
    private final int fromYmd;
    private final int toYmd;

    public RowFilter(String countryA, String countryB, LocalDate from, LocalDate to) {
        if ((countryA == null) != (countryB == null)) {
            throw new InvalidValueException("a dyad needs two countries, such as IRN,AZE");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidValueException("--to " + to + " is before --from " + from);
        }
        this.countryA = countryA;
        this.countryB = countryB;
        this.from = from;
        this.to = to;
        this.a = countryA == null ? null : countryA.getBytes(StandardCharsets.US_ASCII);
        this.b = countryB == null ? null : countryB.getBytes(StandardCharsets.US_ASCII);
        this.fromYmd = from == null ? Integer.MIN_VALUE : ymd(from);
        this.toYmd = to == null ? Integer.MAX_VALUE : ymd(to);
    }

    private static int ymd(LocalDate d) {
        return d.getYear() * 10000 + d.getMonthValue() * 100 + d.getDayOfMonth();
    }

    public boolean filtersPair() {
        return countryA != null;
    }

    public boolean filtersDates() {
        return from != null || to != null;
    }

    public boolean isNone() {
        return !filtersPair() && !filtersDates();
    }

    public String countryA() {
        return countryA;
    }

    public String countryB() {
        return countryB;
    }

    public LocalDate from() {
        return from;
    }

    public LocalDate to() {
        return to;
    }

    /** True when the two raw country fields are the pair, in either order. */
    public boolean pairBytes(byte[] buf, int s1, int e1, int s2, int e2) {
        return countryA == null
                || (org.dyad.data.io.Bytes.equals(buf, s1, e1, a) && org.dyad.data.io.Bytes.equals(buf, s2, e2, b))
                || (org.dyad.data.io.Bytes.equals(buf, s1, e1, b) && org.dyad.data.io.Bytes.equals(buf, s2, e2, a));
    }

    /** True when the two country codes are the pair, in either order. */
    public boolean pair(String c1, String c2) {
        return countryA == null || (countryA.equals(c1) && countryB.equals(c2))
                || (countryB.equals(c1) && countryA.equals(c2));
    }

    /** False when a {@code YYYYMMDD} day certainly falls outside the window (a malformed one may pass). */
    public boolean mayFallIn(long ymd) {
        return ymd < 0 || (ymd >= fromYmd && ymd <= toYmd);
    }

    /** The exact test on a parsed event. */
    public boolean passes(Event e) {
        if (countryA != null && !pair(e.sourceCountry(), e.targetCountry())) {
            return false;
        }
        if (from != null || to != null) {
            if (e.date() == null) {
                return false;
            }
            if (from != null && e.date().latest().isBefore(from)) {
                return false;
            }
            return to == null || !e.date().earliest().isAfter(to);
        }
        return true;
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        if (countryA != null) {
            s.append(countryA).append('-').append(countryB);
        }
        if (from != null || to != null) {
            s.append(s.length() > 0 ? " " : "").append(from == null ? "" : from).append("..").append(to == null ? "" : to);
        }
        return s.length() == 0 ? "all rows" : s.toString();
    }
}
