package org.dyad.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
        String sql = "SELECT origin, count(*) FROM events WHERE " + w.text() + " GROUP BY origin ORDER BY 2 DESC";
        try (PreparedStatement ps = EventTable.prepare(store.connection(), sql, w); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                m.put(rs.getString(1), rs.getLong(2));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot count events by origin: " + e.getMessage(), e);
        }
        return m;
    }
}
