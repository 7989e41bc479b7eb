package org.dyad.analysis.stats;

import java.util.List;
import org.dyad.analysis.AnalysisException;

/**
 * A vector autoregression with a constant, estimated by OLS equation by equation (as R {@code
 * vars::VAR(y, p, type = "const")} and statsmodels {@code VAR(y).fit(p, trend="c")}): the first
 * {@code p} observations start the lags, so {@code obs = T - p}. Regressors are ordered as in
 * {@code vars}: {@code y1.l1 .. yK.l1, y1.l2 .. yK.lp, const}.
 */
public final class Var {
    private final List<String> names;
    private final int p;
    private final int obs;
    private final double[][] z;
    private final double[][] yEnd;
    private final Linear.LeastSquares fit;

    private Var(List<String> names, int p, double[][] z, double[][] yEnd, Linear.LeastSquares fit) {
        this.names = List.copyOf(names);
        this.p = p;
        this.obs = yEnd.length;
        this.z = z;
        this.yEnd = yEnd;
        this.fit = fit;
    }

    /**
     * Fits a VAR({@code p}) with a constant to the columns of {@code y} (rows are periods).
     *
     * @throws AnalysisException when the series is too short for {@code p} lags or a series is constant
     */
    public static Var fit(List<String> names, double[][] y, int p) {
        int k = names.size();
        if (p < 1) {
            throw new AnalysisException("the number of lags must be at least 1, got " + p);
        }
        requireLength(y.length, k, p);
        double[][] z = regressors(y, p, p);
        double[][] yEnd = new double[y.length - p][];
        for (int t = p; t < y.length; t++) yEnd[t - p] = y[t].clone();
        return new Var(names, p, z, yEnd, Linear.leastSquares(z, yEnd, "a VAR(" + p + ") of " + String.join(", ", names)));
    }

    /** Fails with what is needed when {@code t} periods cannot carry a VAR of {@code k} series with {@code p} lags. */
    public static void requireLength(int t, int k, int p) {
        int coefficients = k * p + 1;
        int needed = p + coefficients + 1;
        if (t < needed) {
            throw new AnalysisException("the series has " + t + " periods; a VAR of " + k + " series with " + p
                    + " lag" + (p == 1 ? "" : "s") + " estimates " + coefficients + " coefficients per equation after"
                    + " the first " + p + " periods, so it needs at least " + needed + " periods (many more for a"
                    + " meaningful test). Use fewer lags, a finer period (e.g. month instead of year) or a longer span.");
        }
    }

    /** The lagged regressors of rows {@code start..T-1}: lags 1..p of every series, then the constant. */
    static double[][] regressors(double[][] y, int p, int start) {
        int k = y[0].length;
        double[][] z = new double[y.length - start][k * p + 1];
        for (int t = start; t < y.length; t++) {
            double[] row = z[t - start];
            for (int l = 1; l <= p; l++) {
                System.arraycopy(y[t - l], 0, row, (l - 1) * k, k);
            }
            row[k * p] = 1.0;
        }
        return z;
    }

    public List<String> names() {
        return names;
    }

    public int k() {
        return names.size();
    }

    public int lags() {
        return p;
    }

    /** Observations used in estimation, {@code T - p}. */
    public int obs() {
        return obs;
    }

    /** Coefficients per equation, {@code K*p + 1}. */
    public int coefficientsPerEquation() {
        return k() * p + 1;
    }

    /** Residual degrees of freedom of each equation, {@code obs - (K*p + 1)}. */
    public int dfResid() {
        return obs - coefficientsPerEquation();
    }

    /** Coefficient of regressor {@code r} in equation {@code eq}. */
    public double coef(int eq, int r) {
        return fit.coef()[r][eq];
    }

    /** Coefficient on lag {@code lag} of series {@code of} in the equation of series {@code eq}. */
    public double lagCoef(int eq, int of, int lag) {
        return coef(eq, (lag - 1) * k() + of);
    }

    public double constant(int eq) {
        return coef(eq, k() * p);
    }

    /** The residual covariance with the degrees-of-freedom correction {@code obs - (K p + 1)} (vars, statsmodels). */
    public double[][] sigmaU() {
        return Linear.crossProduct(fit.resid(), dfResid());
    }

    /** The maximum-likelihood residual covariance, divided by {@code obs}. */
    public double[][] sigmaMl() {
        return Linear.crossProduct(fit.resid(), obs);
    }

    public double rss(int eq) {
        return fit.rss(eq);
    }

    double[][] xtxInverse() {
        return fit.xtxInverse();
    }

    double[][] regressors() {
        return z;
    }

    double[][] endogenous() {
        return yEnd;
    }

    public double[][] residuals() {
        return Linear.copy(fit.resid());
    }

    /** Gaussian log-likelihood at the ML covariance (as {@code logLik} in vars). */
    public double logLik() {
        int k = k();
        return -(obs * k / 2.0) * StrictMath.log(2 * Math.PI) - (obs / 2.0) * Linear.logDet(sigmaMl(), "the VAR")
                - obs * k / 2.0;
    }
}
