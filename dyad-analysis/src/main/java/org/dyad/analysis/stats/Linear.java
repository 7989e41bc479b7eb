package org.dyad.analysis.stats;

import org.dyad.analysis.AnalysisException;

/**
 * The dense linear algebra the estimators need, written out so results are the same on every
 * platform (plain double arithmetic, no native BLAS): Householder QR least squares, and Cholesky
 * for small symmetric positive definite matrices. Matrices are row-major {@code double[rows][cols]}.
 */
public final class Linear {
    private Linear() {
    }

    /** A least-squares fit of every column of {@code y} on the columns of {@code x}. */
    public record LeastSquares(double[][] coef, double[][] resid, double[][] xtxInverse, int rank) {
        /** Residual sum of squares of column {@code j}. */
        public double rss(int j) {
            double s = 0;
            for (double[] r : resid) {
                s += r[j] * r[j];
            }
            return s;
        }
    }

    /**
     * Solves {@code min ||x b - y||} column by column with Householder QR. Throws when the columns of
     * {@code x} are (numerically) collinear: {@code what} names the regressors in the message.
     */
    public static LeastSquares leastSquares(double[][] x, double[][] y, String what) {
        int n = x.length;
        int m = x[0].length;
        int k = y[0].length;
        if (n < m) {
            throw new AnalysisException("too few observations (" + n + ") for " + m + " coefficients of " + what);
        }
        double[][] a = copy(x);
        double[][] b = copy(y);
        double[] rdiag = new double[m];
        for (int j = 0; j < m; j++) {
            double original = 0;
            for (int i = 0; i < n; i++) original = StrictMath.hypot(original, x[i][j]);
            double nrm = 0;
            for (int i = j; i < n; i++) nrm = StrictMath.hypot(nrm, a[i][j]);
            if (nrm <= 1e-10 * original || original == 0) {
                throw new AnalysisException("the regressors of " + what + " are collinear: a series is constant"
                        + " (or all zero) over the sample, or one lag repeats another; use a longer or busier"
                        + " series, or fewer lags");
            }
            if (a[j][j] < 0) nrm = -nrm;
            for (int i = j; i < n; i++) a[i][j] /= nrm;
            a[j][j] += 1;
            for (int c = j + 1; c < m; c++) {
                double s = 0;
                for (int i = j; i < n; i++) s += a[i][j] * a[i][c];
                s = -s / a[j][j];
                for (int i = j; i < n; i++) a[i][c] += s * a[i][j];
            }
            for (int c = 0; c < k; c++) {
                double s = 0;
                for (int i = j; i < n; i++) s += a[i][j] * b[i][c];
                s = -s / a[j][j];
                for (int i = j; i < n; i++) b[i][c] += s * a[i][j];
            }
            rdiag[j] = -nrm;
        }
        // back substitution R coef = Q'y; R is a's strict upper triangle with rdiag on the diagonal
        double[][] coef = new double[m][k];
        for (int c = 0; c < k; c++) {
            for (int j = m - 1; j >= 0; j--) {
                double s = b[j][c];
                for (int l = j + 1; l < m; l++) s -= a[j][l] * coef[l][c];
                coef[j][c] = s / rdiag[j];
            }
        }
        double[][] resid = new double[n][k];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < k; c++) {
                double f = 0;
                for (int j = 0; j < m; j++) f += x[i][j] * coef[j][c];
                resid[i][c] = y[i][c] - f;
            }
        }
        // (X'X)^-1 = R^-1 R^-T
        double[][] rinv = new double[m][m];
        for (int c = 0; c < m; c++) {
            for (int j = m - 1; j >= 0; j--) {
                double s = j == c ? 1 : 0;
                for (int l = j + 1; l < m; l++) s -= a[j][l] * rinv[l][c];
                rinv[j][c] = s / rdiag[j];
            }
        }
        double[][] xtxInv = new double[m][m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                double s = 0;
                for (int l = Math.max(i, j); l < m; l++) s += rinv[i][l] * rinv[j][l];
                xtxInv[i][j] = s;
            }
        }
        return new LeastSquares(coef, resid, xtxInv, m);
    }

    /** Lower-triangular Cholesky factor of a symmetric positive definite matrix, or null if it is not. */
    public static double[][] cholesky(double[][] s) {
        int n = s.length;
        double[][] l = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double v = s[i][j];
                for (int k = 0; k < j; k++) v -= l[i][k] * l[j][k];
                if (i == j) {
                    if (!(v > 0)) {
                        return null;
                    }
                    l[i][i] = StrictMath.sqrt(v);
                } else {
                    l[i][j] = v / l[j][j];
                }
            }
        }
        return l;
    }

    /** {@code v' S^-1 v} for symmetric positive definite {@code S}. */
    public static double quadraticFormInverse(double[][] s, double[] v, String what) {
        double[][] l = cholesky(s);
        if (l == null) {
            throw new AnalysisException("the covariance of " + what + " is singular: a series is constant or"
                    + " collinear with another over the sample");
        }
        double[] z = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            double t = v[i];
            for (int k = 0; k < i; k++) t -= l[i][k] * z[k];
            z[i] = t / l[i][i];
        }
        double q = 0;
        for (double d : z) q += d * d;
        return q;
    }

    /** The natural log of the determinant of a symmetric positive definite matrix. */
    public static double logDet(double[][] s, String what) {
        double[][] l = cholesky(s);
        if (l == null) {
            throw new AnalysisException("the residual covariance of " + what + " is singular: a series is"
                    + " constant or an exact combination of the others");
        }
        double d = 0;
        for (int i = 0; i < s.length; i++) d += 2 * StrictMath.log(l[i][i]);
        return d;
    }

    public static double[][] copy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) c[i] = a[i].clone();
        return c;
    }

    /** {@code r' r / divisor} for a residual matrix (columns are equations). */
    public static double[][] crossProduct(double[][] r, double divisor) {
        int k = r[0].length;
        double[][] s = new double[k][k];
        for (double[] row : r) {
            for (int i = 0; i < k; i++) {
                for (int j = 0; j < k; j++) s[i][j] += row[i] * row[j];
            }
        }
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) s[i][j] /= divisor;
        }
        return s;
    }
}
