package org.dyad.analysis.change;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyad.analysis.AnalysisException;
import org.dyad.analysis.series.TimeSeries;
import org.dyad.analysis.stats.Distributions;
import org.dyad.store.Phase;

/**
 * Phases found in a series: change points ({@link ChangePoints}) cut it into segments; each segment
 * is labelled by its mean — cooperative above {@code +band}, conflictual below {@code −band},
 * neutral in between — with a confidence: the probability, under a Student t for the segment mean
 * (pooled within-segment standard deviation, n − segments degrees of freedom), that the true level
 * lies in the labelled range. Asserted phases (a case study's reading) can be set beside them.
 */
public final class PhaseFinder {
    public static final String COOPERATIVE = "cooperative";
    public static final String NEUTRAL = "neutral";
    public static final String CONFLICTUAL = "conflictual";

    /** How to find phases; {@link #defaults()} is PELT on the mean with MBIC, segments of 2+ periods, band 1. */
    public record Options(ChangePoints.Method method, ChangePoints.Model model, String penalty, int minLength, double band) {
        public Options {
            if (minLength < 1) {
                throw new AnalysisException("the shortest phase must be at least 1 period, got " + minLength);
            }
            if (!(band >= 0) || Double.isInfinite(band)) {
                throw new AnalysisException("the neutral band must be a non-negative number, got " + band);
            }
        }

        public static Options defaults() {
            return new Options(ChangePoints.Method.PELT, ChangePoints.Model.MEAN, "mbic", 2, 1.0);
        }
    }

    /** One found phase: its periods, mean level, label and the confidence of the label. */
    public record FoundPhase(String from, String to, LocalDate fromDay, LocalDate toDay, int periods, double mean,
                             String label, double confidence) {
    }

    /** An asserted phase compared with what was found over the same periods. */
    public record AssertedPhase(String id, String label, String tone, int level, String expected, String from, String to,
                                int firstPeriod, int periods, Map<String, Double> foundShares, String dominantFound, double agreement,
                                Integer periodsToNearestChange) {
    }

    /**
     * Phases of one column.
     *
     * @param agreement share of the periods covered by asserted phases whose found label is the asserted one;
     *                  null when no asserted phase covers the series (see notes)
     */
    public record Result(String series, String column, String granularity, ChangePoints.Result detection, double band,
                         List<FoundPhase> phases, List<AssertedPhase> asserted, Double agreement, int assertedPeriods,
                         List<String> notes) {
    }

    private PhaseFinder() {
    }

    public static Result find(TimeSeries s, String column, Options o, List<Phase> asserted) {
        double[] x = s.column(column);
        int n = x.length;
        ChangePoints.Penalty pen = ChangePoints.penalty(o.penalty(), o.model(), n);
        ChangePoints.Result cp = ChangePoints.find(x, o.method(), o.model(), pen, o.minLength());
        List<int[]> segs = segments(cp.changes(), n);
        double rss = 0;
        for (int[] g : segs) {
            double m = mean(x, g[0], g[1]);
            for (int i = g[0]; i < g[1]; i++) rss += (x[i] - m) * (x[i] - m);
        }
        int df = n - segs.size();
        double pooled = df > 0 ? StrictMath.sqrt(rss / df) : 0;
        List<FoundPhase> phases = new ArrayList<>();
        String[] labelOf = new String[n];
        for (int[] g : segs) {
            double m = mean(x, g[0], g[1]);
            int len = g[1] - g[0];
            String label = m > o.band() ? COOPERATIVE : m < -o.band() ? CONFLICTUAL : NEUTRAL;
            double conf = confidence(m, pooled / StrictMath.sqrt(len), df, o.band(), label);
            for (int i = g[0]; i < g[1]; i++) labelOf[i] = label;
            LocalDate last = s.granularity() == null ? s.periods().get(g[1] - 1) : s.granularity().end(s.periods().get(g[1] - 1));
            phases.add(new FoundPhase(s.labels().get(g[0]), s.labels().get(g[1] - 1), s.periods().get(g[0]), last, len, m,
                    label, conf));
        }
        List<String> notes = new ArrayList<>(s.notes());
        notes.add("penalty " + pen.rule() + " = " + round(pen.value()) + "; " + cp.model().id() + " model"
                + (cp.model() == ChangePoints.Model.MEAN ? ", noise sd " + round(cp.sigma()) : "")
                + "; labels: cooperative above +" + o.band() + ", conflictual below -" + o.band() + ", neutral between");
        List<AssertedPhase> cmp = new ArrayList<>();
        int covered = 0;
        int matched = 0;
        for (Phase p : asserted) {
            LocalDate a = p.from().earliest();
            LocalDate b = p.to() == null ? LocalDate.MAX : p.to().latest();
            String expected = p.level() > 0 ? COOPERATIVE : p.level() < 0 ? CONFLICTUAL : NEUTRAL;
            Map<String, Double> shares = new LinkedHashMap<>();
            int in = 0;
            int same = 0;
            int first = -1;
            for (int i = 0; i < n; i++) {
                LocalDate ps = s.periods().get(i);
                LocalDate pe = s.granularity() == null ? ps : s.granularity().end(ps);
                if (pe.isBefore(a) || ps.isAfter(b)) continue;
                if (first < 0) first = i;
                in++;
                shares.merge(labelOf[i], 1.0, Double::sum);
                if (labelOf[i].equals(expected)) same++;
            }
            String to = p.to() == null ? "" : p.to().toString();
            if (in == 0) {
                notes.add("asserted phase " + p.id() + " (" + p.from() + ".." + to + ") lies outside the series");
                continue;
            }
            String dominant = null;
            for (Map.Entry<String, Double> e : shares.entrySet()) {
                e.setValue(e.getValue() / in);
                if (dominant == null || e.getValue() > shares.get(dominant)) dominant = e.getKey();
            }
            Integer nearest = null;
            for (int c : cp.changes()) {
                int d = Math.abs(c - first);
                if (nearest == null || d < nearest) nearest = d;
            }
            covered += in;
            matched += same;
            cmp.add(new AssertedPhase(p.id(), p.label(), p.tone(), p.level(), expected, p.from().toString(), to, first, in, shares,
                    dominant, (double) same / in, first == 0 ? null : nearest));
        }
        Double agreement = covered == 0 ? null : (double) matched / covered;
        if (asserted.isEmpty()) {
            notes.add("no asserted phases to compare with");
        }
        return new Result(s.title(), column, s.granularity() == null ? "day" : s.granularity().id(), cp, o.band(), phases,
                cmp, agreement, covered, notes);
    }

    /** P(true mean in the labelled range) with the mean ~ m + se · t(df). */
    static double confidence(double m, double se, int df, double band, String label) {
        if (!(se > 0) || df < 1) {
            return 1.0;
        }
        double above = Distributions.tUpper((band - m) / se, df);
        double below = 1 - Distributions.tUpper((-band - m) / se, df);
        switch (label) {
            case COOPERATIVE: return above;
            case CONFLICTUAL: return below;
            default: return Math.max(0, 1 - above - below);
        }
    }

    static List<int[]> segments(List<Integer> changes, int n) {
        List<int[]> l = new ArrayList<>();
        int start = 0;
        for (int c : changes) {
            l.add(new int[] {start, c});
            start = c;
        }
        l.add(new int[] {start, n});
        return l;
    }

    static double mean(double[] x, int a, int b) {
        double s = 0;
        for (int i = a; i < b; i++) s += x[i];
        return s / (b - a);
    }

    static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
