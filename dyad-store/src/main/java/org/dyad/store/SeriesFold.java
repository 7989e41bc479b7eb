package org.dyad.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The series scan as SQL text and the fold of its groups into periods, apart from the store's
 * connection (no DuckDB class here) so that dyad-spark runs the same SQL text in Spark SQL and folds
 * its groups with the same code: the same figures, to the bit, on both paths.
 */
public final class SeriesFold {
    /** Fixed-point type Goldstein weights are summed in (6 decimals; weights are given to 1 or 2). */
    private static final String EXACT = "DECIMAL(18, 6)";

    private SeriesFold() {
    }

    /**
     * One group of the scan: events of the same first and last day, quad class and root.
     *
     * @param quad the quad class number, or null
     * @param n events in the group
     * @param goldsteinSum the exact sum of their Goldstein weights, as a double
     * @param goldsteinN events of the group that have a weight
     */
    public record Group(LocalDate start, LocalDate end, Integer quad, String root, long n, double goldsteinSum,
                        long goldsteinN) {
    }

    /**
     * The scan over {@code table} (columns {@code day_start}, {@code day_end} as dates, {@code quad_class},
     * {@code root}, {@code goldstein}) with the condition {@code where}: the groups in the order {@link #fold}
     * needs. Without the breakdown ({@code full} false: the volume) the groups are the days alone.
     */
    public static String sql(String table, String where, boolean full) {
        return full
                ? "SELECT day_start, day_end, quad_class, root, count(*),"
                + " CAST(coalesce(sum(CAST(goldstein AS " + EXACT + ")), 0) AS DOUBLE), count(goldstein)"
                + " FROM " + table + " WHERE " + where + " GROUP BY day_start, day_end, quad_class, root"
                + " ORDER BY day_start NULLS LAST, day_end NULLS LAST, quad_class NULLS LAST, root NULLS LAST"
                : "SELECT day_start, day_end, NULL, NULL, count(*), 0.0, 0 FROM " + table + " WHERE " + where
                + " GROUP BY day_start, day_end ORDER BY day_start NULLS LAST, day_end NULLS LAST";
    }

    /** The groups, in the scan's order, as periods of {@code g} under {@code rule}, and the coverage. */
    public static SeriesQueries.Aggregate fold(List<Group> groups, Granularity g, DateRule rule) {
        java.util.TreeMap<LocalDate, double[]> acc = new java.util.TreeMap<>();
        long matching = 0;
        long undated = 0;
        long spanning = 0;
        for (Group x : groups) {
            LocalDate s = x.start();
            LocalDate e = x.end();
            Integer q = x.quad();
            int quad = q == null || q < 1 || q > 4 ? -1 : q - 1;
            int root = rootIndex(x.root());
            long n = x.n();
            double gsum = x.goldsteinSum();
            long gn = x.goldsteinN();
            matching += n;
            if (s == null) {
                undated += n;
                continue;
            }
            LocalDate b0 = g.start(s);
            LocalDate b1 = g.start(e);
            boolean spans = !b0.equals(b1);
            if (spans) spanning += n;
            if (!spans || rule == DateRule.EARLIEST) {
                add(acc, b0, 1.0, spans, n, quad, root, gsum, gn);
            } else if (rule == DateRule.SPREAD) {
                double days = e.toEpochDay() - s.toEpochDay() + 1;
                for (LocalDate b = b0; !b.isAfter(b1); b = g.next(b)) {
                    LocalDate from = s.isAfter(b) ? s : b;
                    LocalDate last = g.end(b);
                    LocalDate to = e.isBefore(last) ? e : last;
                    add(acc, b, (to.toEpochDay() - from.toEpochDay() + 1) / days, true, n, quad, root, gsum, gn);
                }
            }
        }
        List<SeriesQueries.Bucket> out = new ArrayList<>(acc.size());
        for (java.util.Map.Entry<LocalDate, double[]> x : acc.entrySet()) {
            double[] v = x.getValue();
            double[] quads = java.util.Arrays.copyOfRange(v, SLOT_QUADS, SLOT_QUADS + 4);
            double[] roots = java.util.Arrays.copyOfRange(v, SLOT_ROOTS, SLOT_ROOTS + SeriesQueries.ROOTS);
            out.add(new SeriesQueries.Bucket(x.getKey(), v[0], v[1], quads, roots, v[2], v[3]));
        }
        return new SeriesQueries.Aggregate(out, new SeriesQueries.Coverage(matching, undated, spanning));
    }

    /** Layout of a period's accumulator: events, spanning, Goldstein sum, Goldstein events, quads, roots. */
    private static final int SLOT_QUADS = 4;
    private static final int SLOT_ROOTS = SLOT_QUADS + 4;

    private static void add(java.util.TreeMap<LocalDate, double[]> acc, LocalDate b, double share, boolean spans, long n,
                            int quad, int root, double gsum, long gn) {
        double[] v = acc.computeIfAbsent(b, k -> new double[SLOT_ROOTS + SeriesQueries.ROOTS]);
        double w = n * share;
        v[0] += w;
        if (spans) v[1] += w;
        v[2] += gsum * share;
        v[3] += gn * share;
        if (quad >= 0) v[SLOT_QUADS + quad] += w;
        if (root >= 0) v[SLOT_ROOTS + root] += w;
    }

    /** 0..19 for roots 01..20, -1 for anything else. */
    private static int rootIndex(String root) {
        if (root == null || root.length() != 2) return -1;
        int r = (root.charAt(0) - '0') * 10 + (root.charAt(1) - '0');
        return r >= 1 && r <= SeriesQueries.ROOTS ? r - 1 : -1;
    }
}
