package org.dyad.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dyad.analysis.series.TimeSeries;
import org.dyad.analysis.stats.Granger;
import org.dyad.analysis.stats.LagSelection;
import org.dyad.analysis.stats.ShiftTest;
import org.dyad.analysis.stats.Var;
import org.dyad.store.Granularity;

/**
 * Who moves first between two series: a VAR with a constant (lag order given, or chosen by an
 * information criterion as {@code vars::VARselect}), Granger F tests in both directions (as
 * {@code vars::causality}), and for each direction a shift-permutation p-value ({@link ShiftTest})
 * that does not lean on normal errors, so it holds for sparse event counts.
 */
public final class LeadLag {
    /**
     * @param lags fixed lag order, or null to select one
     * @param lagMax largest order tried when selecting; 0 for a default by period (12 weeks or months, 8 quarters, 4 years)
     * @param permutations shifts drawn for the permutation test (all admissible shifts when there are fewer)
     * @param seed seed of the shift draws: the same seed gives the same p-value on any machine
     * @param alpha significance level for the readings
     */
    public record Options(Integer lags, int lagMax, LagSelection.Criterion criterion, int permutations, long seed,
                          double alpha) {
        public Options {
            if (lags != null && lags < 1) {
                throw new AnalysisException("--lags must be at least 1, got " + lags);
            }
            if (permutations < 0) {
                throw new AnalysisException("the number of permutations must not be negative");
            }
            if (!(alpha > 0 && alpha < 1)) {
                throw new AnalysisException("alpha must be between 0 and 1, got " + alpha);
            }
        }

        public static Options defaults() {
            return new Options(null, 0, LagSelection.Criterion.BIC, 999, 20_240_601L, 0.05);
        }

        public Options withLags(Integer p) {
            return new Options(p, lagMax, criterion, permutations, seed, alpha);
        }
    }

    /**
     * One direction. {@code lags}, {@code fStat}, {@code pValue}, {@code dfNum}, {@code dfDen} are the
     * VAR Granger F test (vars / statsmodels degrees of freedom); {@code pValueEquation} uses the
     * single-equation denominator {@code dfDenEquation} (lmtest::grangertest); {@code permutationPValue}
     * is the shift test's.
     */
    public record Direction(String cause, String effect, int lags, double fStat, int dfNum, int dfDen, double pValue,
                            double waldChi2, double pValueWald, int dfDenEquation, double pValueEquation,
                            double partialR2, double lagCoefficientSum, double permutationPValue, int permutations,
                            boolean permutationExact, boolean leads, String reading) {
    }

    /** The test of both directions between two series. */
    public record Result(String series, String cause, String effect, String granularity, int periods, int obs, int lags,
                         String lagChoice, LagSelection.Result selection, List<Direction> directions, String verdict,
                         List<String> warnings, List<String> notes) {
        public Direction forward() {
            return directions.get(0);
        }

        public Direction backward() {
            return directions.get(1);
        }
    }

    private LeadLag() {
    }

    public static Result run(TimeSeries s, String cause, String effect, Options o) {
        if (cause.equals(effect)) {
            throw new AnalysisException("cause and effect are the same column '" + cause + "'");
        }
        List<String> names = List.of(cause, effect);
        double[][] y = s.matrix(names);
        int t = y.length;
        List<String> warnings = new ArrayList<>();
        for (int j = 0; j < 2; j++) {
            int nonzero = 0;
            boolean constant = true;
            for (double[] row : y) {
                if (row[j] != 0) nonzero++;
                if (row[j] != y[0][j]) constant = false;
            }
            if (constant) {
                throw new AnalysisException("series '" + names.get(j) + "' is constant (" + y[0][j] + " in all " + t
                        + " periods): a lead–lag test needs it to vary. Widen the filters, the span or the period.");
            }
            if (nonzero < 10) {
                warnings.add("only " + nonzero + " of " + t + " periods of '" + names.get(j) + "' are non-zero: read the"
                        + " permutation p-value, not the F test's");
            }
        }
        String choice;
        LagSelection.Result sel = null;
        int p;
        if (o.lags() != null) {
            p = o.lags();
            choice = "given";
            Var.requireLength(t, 2, p);
        } else {
            int max = o.lagMax() > 0 ? o.lagMax() : defaultLagMax(s.granularity());
            int cap = (t - 11) / 3;
            if (cap < 1) {
                Var.requireLength(t, 2, Math.max(1, max));
                cap = 1;
            }
            if (max > cap) {
                warnings.add("largest lag tried cut from " + max + " to " + cap + " to keep 10 residual degrees of freedom"
                        + " in " + t + " periods");
                max = cap;
            }
            sel = LagSelection.select(names, y, max);
            p = sel.selected(o.criterion());
            choice = o.criterion().id() + " over 1.." + max;
            if (p == max && max > 1) {
                warnings.add("the " + o.criterion().id().toUpperCase(Locale.ROOT) + " chose the largest lag tried (" + max
                        + "); a longer lag may fit better");
            }
        }
        Var v = Var.fit(names, y, p);
        if (v.obs() < 30) {
            warnings.add("only " + v.obs() + " periods enter the estimation: the tests have little power");
        }
        List<Direction> dirs = new ArrayList<>();
        dirs.add(direction(v, names, y, cause, effect, o));
        dirs.add(direction(v, names, y, effect, cause, o));
        Direction f = dirs.get(0);
        Direction b = dirs.get(1);
        String verdict = f.leads() && b.leads() ? "feedback: each series leads the other"
                : f.leads() ? cause + " leads " + effect
                : b.leads() ? effect + " leads " + cause
                : "no lead found at alpha " + o.alpha();
        List<String> notes = new ArrayList<>(s.notes());
        notes.add("VAR(" + p + ") with a constant on " + v.obs() + " periods; F tests with vars/statsmodels degrees of"
                + " freedom; permutation: circular shifts of the cause series, seed " + o.seed());
        return new Result(s.title(), cause, effect, s.granularity() == null ? "day" : s.granularity().id(), t, v.obs(), p,
                choice, sel, dirs, verdict, warnings, notes);
    }

    private static Direction direction(Var v, List<String> names, double[][] y, String cause, String effect, Options o) {
        Granger.Test g = Granger.test(v, cause, effect);
        ShiftTest.Result perm = o.permutations() > 0
                ? ShiftTest.run(names, y, v.lags(), cause, effect, o.permutations(), o.seed()) : null;
        double pp = perm == null ? g.pValue() : perm.pValue();
        boolean fSays = g.pValue() < o.alpha();
        boolean permSays = perm == null || perm.pValue() < o.alpha();
        boolean leads = fSays && permSays;
        String reading;
        if (leads) {
            reading = cause + " leads " + effect + " (F " + fmt(g.fStat()) + ", p " + fmt(g.pValue())
                    + (perm == null ? "" : "; shift-permutation p " + fmt(perm.pValue())) + ")";
        } else if (fSays) {
            reading = "the F test says " + cause + " leads " + effect + " (p " + fmt(g.pValue()) + ") but the"
                    + " shift-permutation test does not (p " + fmt(perm.pValue()) + "): not shown";
        } else if (perm != null && perm.pValue() < o.alpha()) {
            reading = "only the shift-permutation test (p " + fmt(perm.pValue()) + ") suggests " + cause + " leads "
                    + effect + "; the F test does not (p " + fmt(g.pValue()) + "): not shown";
        } else {
            reading = "no evidence that " + cause + " leads " + effect + " (p " + fmt(g.pValue()) + ")";
        }
        return new Direction(cause, effect, g.lags(), g.fStat(), g.dfNum(), g.dfDen(), g.pValue(), g.waldChi2(),
                g.pValueWald(), g.dfDenEquation(), g.pValueEquation(), g.partialR2(), g.lagCoefficientSum(), pp,
                perm == null ? 0 : perm.shifts(), perm != null && perm.exact(), leads, reading);
    }

    static int defaultLagMax(Granularity g) {
        if (g == null) return 14;
        switch (g) {
            case WEEK: case MONTH: return 12;
            case QUARTER: return 8;
            default: return 4;
        }
    }

    static String fmt(double v) {
        if (v != 0 && Math.abs(v) < 1e-3) return String.format(Locale.ROOT, "%.2e", v);
        return String.format(Locale.ROOT, "%.4g", v);
    }
}
