package org.dyad.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Event;

/**
 * Aggregations over events for time series: per period, the number of events by quad class and
 * CAMEO root, and the Goldstein sum, for any {@link EventQuery} (pair, direction, codes,
 * dimensions, origins, levels...). Events without a date are left out and counted in {@link
 * #coverage}; events whose date spans more than one period follow a {@link DateRule}.
 * Periods without events are not returned (the caller fills them with zeros).
 */
public final class SeriesQueries {
    /** CAMEO roots 01..20, the order of {@link Bucket#roots()}. */
    public static final int ROOTS = 20;

    private final DyadStore store;

    public SeriesQueries(DyadStore store) {
        this.store = store;
    }

    /**
     * One period's aggregates. With {@link DateRule#SPREAD} the counts are weights (an event shared
     * between periods counts its share in each).
     *
     * @param events events (or shares of events) in the period
     * @param spanning of {@code events}, the part from events whose date spans more than one period
     * @param quads events by quad class 1..4 at index 0..3
     * @param roots events by CAMEO root 01..20 at index 0..19
     * @param goldsteinSum sum of Goldstein weights (times shares)
     * @param goldsteinEvents events (shares) that have a Goldstein weight, the divisor of the mean
     */
    public record Bucket(LocalDate start, double events, double spanning, double[] quads, double[] roots,
                         double goldsteinSum, double goldsteinEvents) {
    }

    /** How many events a query matches, how many have no date, how many span more than one period. */
    public record Coverage(long matching, long undated, long spanning) {
    }

    /** An event behind a figure and the share of it counted in the period. */
    public record WeightedEvent(Event event, double weight) {
    }

    /** Buckets and the coverage of the query, from one scan. */
    public record Aggregate(List<Bucket> buckets, Coverage coverage) {
    }

    /** Aggregates of the events matching {@code q}, per period, in date order. */
    public List<Bucket> aggregate(EventQuery q, Granularity g, DateRule rule) {
        return aggregateWithCoverage(q, g, rule).buckets();
    }

    /** Aggregates per period and the coverage ({@link #coverage}) in one scan of the events. */
    public Aggregate aggregateWithCoverage(EventQuery q, Granularity g, DateRule rule) {
        EventQuery.Sql w = q.where();
        return aggregate("(" + w.text() + ")", w.params(), g, rule, true, "events matching " + w.text());
    }

    /**
     * Per period, the events involving any of {@code countries} (as source or target, with anyone), among those
     * matching {@code base}: the volume a pair's series is normalised by. One scan, each event counted once;
     * only {@link Bucket#events()} and {@link Bucket#spanning()} are filled.
     */
    public List<Bucket> volume(List<String> countries, EventQuery base, Granularity g, DateRule rule) {
        EventQuery.Sql w = base.where();
        String in = String.join(", ", java.util.Collections.nCopies(countries.size(), "?"));
        List<Object> params = new ArrayList<>(w.params());
        params.addAll(countries);
        params.addAll(countries);
        return aggregate("(" + w.text() + ") AND (source_country IN (" + in + ") OR target_country IN (" + in + "))",
                params, g, rule, false, "the event volume of " + countries).buckets();
    }

    /**
     * The scan groups events by first day, last day, quad class and root only — a few thousand groups however
     * many events — with exact (fixed-point) Goldstein sums; periods and the shares of imprecise dates are
     * assigned by {@link SeriesFold}, in the order of the groups, so results are the same bits on every run.
     */
    private Aggregate aggregate(String where, List<Object> params, Granularity g, DateRule rule, boolean full,
                                String what) {
        List<SeriesFold.Group> groups = new ArrayList<>();
        try (PreparedStatement ps = store.connection().prepareStatement(SeriesFold.sql("events", where, full))) {
            EventTable.bind(ps, 1, params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int q = rs.getInt(3);
                    Integer quad = rs.wasNull() ? null : q;
                    groups.add(new SeriesFold.Group(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class),
                            quad, rs.getString(4), rs.getLong(5), rs.getDouble(6), rs.getLong(7)));
                }
            }
        } catch (SQLException ex) {
            throw new StoreException("cannot aggregate " + what + " into a " + g.id() + "ly series: " + ex.getMessage(), ex);
        }
        return SeriesFold.fold(groups, g, rule);
    }

    /** How many events match, how many of them have no date, and how many span more than one period. */
    public Coverage coverage(EventQuery q, Granularity g) {
        EventQuery.Sql w = q.where();
        String sql = "SELECT count(*), count(*) FILTER (WHERE day_start IS NULL), count(*) FILTER (WHERE"
                + " date_trunc('" + g.sqlUnit() + "', day_start) <> date_trunc('" + g.sqlUnit() + "', day_end))"
                + " FROM events WHERE " + w.text();
        try (PreparedStatement ps = EventTable.prepare(store.connection(), sql, w); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return new Coverage(rs.getLong(1), rs.getLong(2), rs.getLong(3));
        } catch (SQLException e) {
            throw new StoreException("cannot count events: " + e.getMessage(), e);
        }
    }

    /** The first and last day of the dated events matching {@code q}, or null when there are none. */
    public LocalDate[] span(EventQuery q) {
        EventQuery.Sql w = q.where();
        String sql = "SELECT min(day_start), max(day_end) FROM events WHERE day_start IS NOT NULL AND (" + w.text() + ")";
        try (PreparedStatement ps = EventTable.prepare(store.connection(), sql, w); ResultSet rs = ps.executeQuery()) {
            rs.next();
            LocalDate a = rs.getObject(1, LocalDate.class);
            return a == null ? null : new LocalDate[] {a, rs.getObject(2, LocalDate.class)};
        } catch (SQLException e) {
            throw new StoreException("cannot read the dates of events: " + e.getMessage(), e);
        }
    }

    /**
     * The events counted in the period starting on {@code start}, with the share of each counted
     * there under {@code rule}, by date then id; at most {@code limit} (0: all).
     */
    public List<WeightedEvent> eventsBehind(EventQuery q, Granularity g, LocalDate start, DateRule rule, int limit) {
        LocalDate end = g.end(start);
        EventQuery.Sql w = q.where();
        String unit = "'" + g.sqlUnit() + "'";
        String in;
        switch (rule) {
            case EARLIEST: in = "date_trunc(" + unit + ", day_start) = ?"; break;
            case EXCLUDE: in = "date_trunc(" + unit + ", day_start) = ? AND date_trunc(" + unit + ", day_end) = ?"; break;
            default: in = "day_start <= ? AND day_end >= ?";
        }
        String sql = "SELECT " + EventRows.COLUMNS + ", CAST(least(day_end, ?) - greatest(day_start, ?) + 1 AS DOUBLE)"
                + " / CAST(day_end - day_start + 1 AS DOUBLE) FROM events WHERE day_start IS NOT NULL AND (" + w.text()
                + ") AND " + in + " ORDER BY day_start, day_end, id" + (limit > 0 ? " LIMIT " + limit : "");
        List<WeightedEvent> out = new ArrayList<>();
        try (PreparedStatement ps = store.connection().prepareStatement(sql)) {
            ps.setObject(1, end);
            ps.setObject(2, start);
            int i = EventTable.bind(ps, 3, w.params());
            if (rule == DateRule.SPREAD) {
                ps.setObject(i++, end);
                ps.setObject(i, start);
            } else {
                ps.setObject(i++, start);
                if (rule == DateRule.EXCLUDE) {
                    ps.setObject(i, start);
                }
            }
            int share = EventRows.COLUMNS.split(",").length + 1;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new WeightedEvent(EventRows.read(rs), rule == DateRule.SPREAD ? rs.getDouble(share) : 1.0));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the events of " + g.label(start) + ": " + e.getMessage(), e);
        }
        return out;
    }
}
