package org.dyad.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures of a pair's summary, computed in the database: events per year and quad class, the
 * yearly Goldstein sum, the most frequent event codes, and counts by origin. Years are those of
 * each event's earliest day; uncoded (context) events count in the totals but not in quad classes.
 */
public final class PairStats {
    /** One year: events per quad class (index 1..4; 0 = uncoded) and the Goldstein sum. */
    public record Year(int year, long[] byQuad, double goldsteinSum, long events) {
    }

    /** One event code with its count. */
    public record CodeCount(String code, long events) {
    }

    /** A pair of countries (in code order) with the events between them and the span of their dates. */
    public record PairCount(String countryA, String countryB, long events, LocalDate first, LocalDate last) {
    }

    /** Events of one dimension in one year (an event in two dimensions counts in both). */
    public record DimensionYear(int year, String dimension, long events) {
    }

    private final DyadStore store;

    public PairStats(DyadStore store) {
        this.store = store;
    }

    /** Events per year of the query, ordered by year, including empty years between the first and last. */
    public List<Year> years(EventQuery q) {
        EventQuery.Sql w = q.where();
        Map<Integer, long[]> quads = new TreeMap<>();
        Map<Integer, Double> sums = new TreeMap<>();
        String sql = "SELECT year(day_start) AS y, coalesce(quad_class, 0) AS q, count(*), coalesce(sum(goldstein), 0)"
                + " FROM events WHERE day_start IS NOT NULL AND " + w.text() + " GROUP BY 1, 2 ORDER BY 1, 2";
        try (PreparedStatement ps = EventTable.prepare(store.connection(), sql, w); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                int y = rs.getInt(1);
                quads.computeIfAbsent(y, k -> new long[5])[rs.getInt(2)] += rs.getLong(3);
                sums.merge(y, rs.getDouble(4), Double::sum);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot compute yearly figures: " + e.getMessage(), e);
        }
        List<Year> out = new ArrayList<>();
        if (quads.isEmpty()) {
            return out;
        }
        int first = ((TreeMap<Integer, long[]>) quads).firstKey();
        int last = ((TreeMap<Integer, long[]>) quads).lastKey();
        for (int y = first; y <= last; y++) {
            long[] qs = quads.getOrDefault(y, new long[5]);
            long n = 0;
            for (long v : qs) {
                n += v;
            }
            out.add(new Year(y, qs, sums.getOrDefault(y, 0.0), n));
        }
        return out;
    }

    /** The {@code limit} most frequent event codes of the query. */
    public List<CodeCount> topCodes(EventQuery q, int limit) {
        EventQuery.Sql w = q.where();
        String sql = "SELECT code, count(*) AS n FROM events WHERE code IS NOT NULL AND " + w.text()
                + " GROUP BY code ORDER BY n DESC, code LIMIT " + Math.max(1, limit);
        List<CodeCount> l = new ArrayList<>();
        try (PreparedStatement ps = EventTable.prepare(store.connection(), sql, w); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                l.add(new CodeCount(rs.getString(1), rs.getLong(2)));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot count event codes: " + e.getMessage(), e);
        }
        return l;
    }

    /** Events of the query per origin ({@code curated}, {@code text}, {@code gdelt1}...). */
    public Map<String, Long> byOrigin(EventQuery q) {
        EventQuery.Sql w = q.where();
        Map<String, Long> m = new LinkedHashMap<>();
        String sql = "SELECT origin, count(*) FROM events WHERE " + w.text() + " GROUP BY origin ORDER BY 2 DESC, 1";
        try (PreparedStatement ps = EventTable.prepare(store.connection(), sql, w); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                m.put(rs.getString(1), rs.getLong(2));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot count events by origin: " + e.getMessage(), e);
        }
        return m;
    }

    /**
     * The pairs of countries with most events between them (either direction; events with one side
     * only or within one country are left out), most events first, at most {@code limit}.
     */
    public List<PairCount> pairs(int limit) {
        String sql = "SELECT least(source_country, target_country) AS a, greatest(source_country, target_country) AS b,"
                + " count(*) AS n, min(day_start), max(day_end) FROM events WHERE source_country IS NOT NULL"
                + " AND target_country IS NOT NULL AND source_country <> target_country"
                + " GROUP BY 1, 2 ORDER BY n DESC, a, b LIMIT " + Math.max(1, limit);
        List<PairCount> l = new ArrayList<>();
        try (PreparedStatement ps = store.connection().prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                l.add(new PairCount(rs.getString(1), rs.getString(2), rs.getLong(3),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class)));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot list pairs: " + e.getMessage(), e);
        }
        return l;
    }

    /** Events of the query per year (of each event's earliest day) and dimension, by year then dimension. */
    public List<DimensionYear> dimensionsByYear(EventQuery q) {
        EventQuery.Sql w = q.where();
        String sql = "SELECT y, d, count(*) FROM (SELECT year(day_start) AS y, unnest(dimensions) AS d FROM events"
                + " WHERE day_start IS NOT NULL AND " + w.text() + ") GROUP BY 1, 2 ORDER BY 1, 2";
        List<DimensionYear> l = new ArrayList<>();
        try (PreparedStatement ps = EventTable.prepare(store.connection(), sql, w); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                l.add(new DimensionYear(rs.getInt(1), rs.getString(2), rs.getLong(3)));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot count events by dimension: " + e.getMessage(), e);
        }
        return l;
    }
}
