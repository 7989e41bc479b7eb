package org.dyad.analysis.stats;

import java.util.ArrayList;
import java.util.List;
import org.dyad.analysis.AnalysisException;

/**
 * Granger non-causality tests in a fitted {@link Var}: H0 says the lags of the cause series do not
 * enter the equations of the effect series.
 *
 * <ul>
 *   <li>F test as R {@code vars::causality(x, cause)$Granger} and statsmodels {@code
 *       test_causality(kind="f")}: Wald statistic over restrictions N, {@code F = W / N}, with
 *       {@code df1 = N = p · |cause| · |effect|} and {@code df2 = K · obs − K(K p + 1)}.</li>
 *   <li>Wald chi-square (statsmodels {@code kind="wald"}): {@code W} with N degrees of freedom.</li>
 *   <li>The single-equation F test (R {@code lmtest::grangertest}): same statistic when one series
 *       is caused, with {@code df2 = obs − (K p + 1)}, reported as {@code p_value_equation}.</li>
 * </ul>
 * W uses the coefficient covariance {@code Σu ⊗ (Z'Z)⁻¹} with the degrees-of-freedom corrected Σu.
 */
public final class Granger {
    private Granger() {
    }

    /**
     * One direction's test.
     *
     * @param partialR2 share of the effect equation's restricted residual variance that the cause lags explain
     *                  ((RSS_r − RSS_u)/RSS_r); NaN-free, 0 when nothing is explained; single effect only, else -1
     * @param lagCoefficientSum sum of the cause-lag coefficients in the effect equation (its sign says whether a
     *                  rise in the cause is followed by a rise or a fall); single cause and effect only, else 0
     */
    public record Test(String cause, String effect, int lags, double fStat, int dfNum, int dfDen, double pValue,
                       double waldChi2, double pValueWald, int dfDenEquation, double pValueEquation, double partialR2,
                       double lagCoefficientSum) {
    }

    public static Test test(Var v, String cause, String effect) {
        int c = index(v, cause);
        int e = index(v, effect);
        if (c == e) {
            throw new AnalysisException("cause and effect are the same series '" + cause + "'");
        }
        return test(v, List.of(c), List.of(e));
    }

    public static Test test(Var v, List<Integer> causes, List<Integer> effects) {
        int k = v.k();
        int p = v.lags();
        double[][] sigma = v.sigmaU();
        double[][] xtxInv = v.xtxInverse();
        List<int[]> restricted = new ArrayList<>();
        for (int eq : effects) {
            for (int l = 1; l <= p; l++) {
                for (int c : causes) {
                    restricted.add(new int[] {eq, (l - 1) * k + c});
                }
            }
        }
        int n = restricted.size();
        double[] b = new double[n];
        double[][] cov = new double[n][n];
        for (int i = 0; i < n; i++) {
            int[] a = restricted.get(i);
            b[i] = v.coef(a[0], a[1]);
            for (int j = 0; j < n; j++) {
                int[] d = restricted.get(j);
                cov[i][j] = sigma[a[0]][d[0]] * xtxInv[a[1]][d[1]];
            }
        }
        String what = "the lags of " + names(v, causes) + " in the equation of " + names(v, effects);
        double w = Linear.quadraticFormInverse(cov, b, what);
        double f = w / n;
        int df2 = k * v.obs() - k * v.coefficientsPerEquation();
        int df2Equation = v.dfResid();
        double partial = -1;
        if (effects.size() == 1) {
            double rssU = v.rss(effects.get(0));
            double rssR = rssU + w * rssU / df2Equation;
            partial = rssR > 0 ? (rssR - rssU) / rssR : 0;
        }
        double sum = 0;
        if (effects.size() == 1 && causes.size() == 1) {
            for (int l = 1; l <= p; l++) sum += v.lagCoef(effects.get(0), causes.get(0), l);
        }
        return new Test(names(v, causes), names(v, effects), p, f, n, df2, Distributions.fUpper(f, n, df2), w,
                Distributions.chiSquareUpper(w, n), df2Equation, Distributions.fUpper(f, n, df2Equation), partial, sum);
    }

    static int index(Var v, String name) {
        int i = v.names().indexOf(name);
        if (i < 0) {
            throw new AnalysisException("no series '" + name + "' in the VAR; it has " + String.join(", ", v.names()));
        }
        return i;
    }

    private static String names(Var v, List<Integer> idx) {
        List<String> l = new ArrayList<>();
        for (int i : idx) l.add(v.names().get(i));
        return String.join("+", l);
    }
}
