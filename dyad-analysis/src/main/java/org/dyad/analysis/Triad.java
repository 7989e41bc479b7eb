package org.dyad.analysis;

import java.util.ArrayList;
import java.util.List;
import org.dyad.analysis.series.TimeSeries;

/**
 * A pair A–B and third states C: for each C, how the A–B series moves with the A–C and B–C series —
 * correlation at lag 0, the lag of the strongest cross-correlation, and Granger/permutation tests in
 * both directions — and, from those, who moves first.
 */
public final class Triad {
    /**
     * The A–B series against one third-party series.
     *
     * @param correlation Pearson correlation at lag 0; null when either series is constant
     * @param peakLag lag k of the largest |corr(AB[t], other[t−k])| over −L..L: positive means the other series
     *                moves first by k periods, negative that A–B does
     * @param test lead–lag test with the other series as cause and A–B as effect; null when it cannot be run (see note)
     */
    public record Link(String third, String series, double events, Double correlation, Integer peakLag,
                       Double peakCorrelation, LeadLag.Result test, String whoMovesFirst, String note) {
    }

    public record Result(String pair, String column, String granularity, int periods, List<Link> links, List<String> notes) {
    }

    private Triad() {
    }

    /**
     * @param pair the A–B series
     * @param others per third state, the A–C and B–C series (same periods), in order
     * @param names  labels of {@code others} ({@code IRN–TUR}, ...)
     * @param thirds the third state of each of {@code others}
     */
    public static Result run(String pairName, TimeSeries pair, List<TimeSeries> others, List<String> names,
                             List<String> thirds, String column, LeadLag.Options o) {
        double[] ab = pair.column(column);
        int maxLag = Math.max(1, Math.min(LeadLag.defaultLagMax(pair.granularity()), ab.length / 4));
        List<Link> links = new ArrayList<>();
        for (int i = 0; i < others.size(); i++) {
            double[] x = others.get(i).column(column);
            double events = 0;
            for (double v : others.get(i).column("events")) events += v;
            String name = names.get(i);
            if (constant(ab) || constant(x)) {
                links.add(new Link(thirds.get(i), name, events, null, null, null, null, "cannot tell",
                        (constant(x) ? name : pairName) + " is constant over the span (" + (constant(x) ? x[0] : ab[0])
                                + " every period): nothing to correlate"));
                continue;
            }
            int busy = Math.min(nonzero(ab), nonzero(x));
            if (busy < MIN_BUSY_PERIODS) {
                links.add(new Link(thirds.get(i), name, events, correlation(ab, x, 0), null, null, null, "cannot tell",
                        (nonzero(x) < MIN_BUSY_PERIODS ? name : pairName) + " has events in only " + busy + " of "
                                + ab.length + " periods; lead and lag need at least " + MIN_BUSY_PERIODS));
                continue;
            }
            Double r = correlation(ab, x, 0);
            int best = 0;
            double bestR = r;
            for (int k = -maxLag; k <= maxLag; k++) {
                Double c = correlation(ab, x, k);
                if (c != null && Math.abs(c) > Math.abs(bestR) + 1e-12) {
                    best = k;
                    bestR = c;
                }
            }
            TimeSeries both = pair.select(List.of(column)).with(others.get(i).select(List.of(column)), name + ":");
            LeadLag.Result test = null;
            String who;
            String note = null;
            try {
                test = LeadLag.run(both, name + ":" + column, column, o);
                boolean third = test.forward().leads();
                boolean ours = test.backward().leads();
                who = third && ours ? "feedback" : third ? name + " moves first" : ours ? pairName + " moves first"
                        : "no lead found";
            } catch (AnalysisException e) {
                who = "cannot tell";
                note = e.getMessage();
            }
            links.add(new Link(thirds.get(i), name, events, r, best, bestR, test, who, note));
        }
        List<String> notes = new ArrayList<>(pair.notes());
        notes.add("cross-correlations over lags -" + maxLag + ".." + maxLag + "; positive peak lag: the third-party"
                + " series moves first");
        return new Result(pairName, column, pair.granularity() == null ? "day" : pair.granularity().id(), ab.length, links,
                notes);
    }

    /** Fewest non-zero periods in each series for a lead–lag reading. */
    static final int MIN_BUSY_PERIODS = 3;

    static int nonzero(double[] x) {
        int n = 0;
        for (double v : x) if (v != 0) n++;
        return n;
    }

    static boolean constant(double[] x) {
        for (double v : x) {
            if (v != x[0]) return false;
        }
        return true;
    }

    /** corr(a[t], b[t − k]) over the overlapping periods; null when either part is constant or too short. */
    static Double correlation(double[] a, double[] b, int k) {
        int n = a.length;
        int from = Math.max(0, k);
        int to = Math.min(n, n + k);
        int m = to - from;
        if (m < 3) return null;
        double ma = 0;
        double mb = 0;
        for (int t = from; t < to; t++) {
            ma += a[t];
            mb += b[t - k];
        }
        ma /= m;
        mb /= m;
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int t = from; t < to; t++) {
            double da = a[t] - ma;
            double db = b[t - k] - mb;
            sab += da * db;
            saa += da * da;
            sbb += db * db;
        }
        if (saa == 0 || sbb == 0) return null;
        return sab / StrictMath.sqrt(saa * sbb);
    }
}
