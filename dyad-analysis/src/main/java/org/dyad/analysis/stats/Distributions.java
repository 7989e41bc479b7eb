package org.dyad.analysis.stats;

import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Gamma;

/**
 * Upper tails of the F, chi-square and Student t distributions, computed from the regularized
 * beta and gamma functions (commons-math3, pure Java) so that small p-values keep their digits
 * (R's {@code pf(..., lower.tail = FALSE)}, not {@code 1 - pf(...)}).
 */
public final class Distributions {
    private Distributions() {
    }

    /** P(F > f) for F with {@code d1}, {@code d2} degrees of freedom. */
    public static double fUpper(double f, double d1, double d2) {
        if (!(f > 0)) {
            return 1.0;
        }
        return Beta.regularizedBeta(d2 / (d2 + d1 * f), d2 / 2, d1 / 2, 1e-15, 100_000);
    }

    /** P(X > x) for chi-square with {@code df} degrees of freedom. */
    public static double chiSquareUpper(double x, double df) {
        if (!(x > 0)) {
            return 1.0;
        }
        return Gamma.regularizedGammaQ(df / 2, x / 2, 1e-15, 100_000);
    }

    /** P(T > t) for Student t with {@code df} degrees of freedom. */
    public static double tUpper(double t, double df) {
        double tail = 0.5 * Beta.regularizedBeta(df / (df + t * t), df / 2, 0.5, 1e-15, 100_000);
        return t >= 0 ? tail : 1 - tail;
    }
}
