package org.dyad.analysis.stats;

import java.util.List;
import java.util.Locale;
import org.dyad.analysis.AnalysisException;

/**
 * Lag order selection as R {@code vars::VARselect(y, lag.max, type = "const")}: every order
 * 1..{@code lagMax} is fitted on the same sample (the last {@code T - lagMax} periods), and
 * with {@code n = T - lagMax} and the ML residual covariance {@code S(i)}:
 * AIC = ln det S + 2 i K²/n, HQ = ln det S + 2 ln(ln n) i K²/n, SC (BIC) = ln det S + ln(n) i K²/n,
 * FPE = ((n + i K + 1)/(n − i K − 1))^K det S.
 */
public final class LagSelection {
    /** Information criteria. */
    public enum Criterion {
        AIC, HQ, BIC, FPE;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Criterion parse(String s) {
            String t = s.trim().toUpperCase(Locale.ROOT);
            if (t.equals("SC") || t.equals("SIC")) {
                return BIC;
            }
            for (Criterion c : values()) {
                if (c.name().equals(t)) {
                    return c;
                }
            }
            throw new AnalysisException("unknown information criterion '" + s + "': expected aic, bic, hq or fpe");
        }
    }

    /** Values of each criterion for orders 1..lagMax (index 0 is order 1) and the order each selects. */
    public record Result(int lagMax, int sample, double[] aic, double[] hq, double[] bic, double[] fpe,
                         int byAic, int byHq, int byBic, int byFpe) {
        public int selected(Criterion c) {
            switch (c) {
                case AIC: return byAic;
                case HQ: return byHq;
                case FPE: return byFpe;
                default: return byBic;
            }
        }
    }

    private LagSelection() {
    }

    public static Result select(List<String> names, double[][] y, int lagMax) {
        int k = names.size();
        if (lagMax < 1) {
            throw new AnalysisException("the largest lag to try must be at least 1, got " + lagMax);
        }
        Var.requireLength(y.length, k, lagMax);
        double[][] zAll = Var.regressors(y, lagMax, lagMax);
        int n = zAll.length;
        double[][] yEnd = new double[n][];
        for (int t = lagMax; t < y.length; t++) yEnd[t - lagMax] = y[t];
        double[] aic = new double[lagMax];
        double[] hq = new double[lagMax];
        double[] bic = new double[lagMax];
        double[] fpe = new double[lagMax];
        for (int i = 1; i <= lagMax; i++) {
            double[][] z = new double[n][k * i + 1];
            for (int t = 0; t < n; t++) {
                System.arraycopy(zAll[t], 0, z[t], 0, k * i);
                z[t][k * i] = 1.0;
            }
            Linear.LeastSquares f = Linear.leastSquares(z, yEnd, "a VAR(" + i + ") of " + String.join(", ", names));
            double[][] s = Linear.crossProduct(f.resid(), n);
            double ld = Linear.logDet(s, "a VAR(" + i + ")");
            double penalty = (double) i * k * k / n;
            aic[i - 1] = ld + 2 * penalty;
            hq[i - 1] = ld + 2 * StrictMath.log(StrictMath.log(n)) * penalty;
            bic[i - 1] = ld + StrictMath.log(n) * penalty;
            int nstar = k * i + 1;
            fpe[i - 1] = StrictMath.pow((double) (n + nstar) / (n - nstar), k) * StrictMath.exp(ld);
        }
        return new Result(lagMax, n, aic, hq, bic, fpe, argmin(aic), argmin(hq), argmin(bic), argmin(fpe));
    }

    /** 1-based order of the smallest value; the smallest order on ties. */
    private static int argmin(double[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] < v[best]) best = i;
        }
        return best + 1;
    }
}
