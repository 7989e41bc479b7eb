package org.dyad.analysis.stats;

import java.util.List;
import java.util.SplittableRandom;

/**
 * A permutation test of Granger non-causality that needs no distributional assumption, so it holds
 * for sparse event counts: the cause series is rotated in time against the others (a circular
 * shift by {@code s} periods) and the Granger F statistic recomputed. Rotation keeps each series'
 * own values, sparsity and autocorrelation and breaks only their alignment, which is what H0 says
 * carries no information. Shifts closer than {@code 2p + 1} periods to no shift are not used (they
 * would keep the alignment at the lags tested).
 *
 * <p>When the admissible shifts are no more than {@code draws}, every one is used (an exact test
 * over the shift group); otherwise {@code draws} shifts are drawn with {@link SplittableRandom}
 * from {@code seed}, so results are identical between runs and platforms.
 * p = (1 + #{F_s ≥ F}) / (1 + shifts used).
 */
public final class ShiftTest {
    /** The permutation p-value and how it was obtained. */
    public record Result(double pValue, int shifts, int admissibleShifts, boolean exact, long seed, int minShift,
                         double observedF) {
    }

    private ShiftTest() {
    }

    public static Result run(List<String> names, double[][] y, int p, String cause, String effect, int draws, long seed) {
        Var v = Var.fit(names, y, p);
        int c = Granger.index(v, cause);
        double observed = Granger.test(v, cause, effect).fStat();
        int t = y.length;
        int minShift = 2 * p + 1;
        int admissible = 0;
        for (int s = 1; s < t; s++) {
            if (Math.min(s, t - s) >= minShift) admissible++;
        }
        if (admissible == 0) {
            return new Result(1.0, 0, 0, true, seed, minShift, observed);
        }
        int[] shifts;
        boolean exact = admissible <= draws;
        if (exact) {
            shifts = new int[admissible];
            int i = 0;
            for (int s = 1; s < t; s++) {
                if (Math.min(s, t - s) >= minShift) shifts[i++] = s;
            }
        } else {
            SplittableRandom r = new SplittableRandom(seed);
            shifts = new int[draws];
            for (int i = 0; i < draws; i++) {
                int s;
                do {
                    s = 1 + r.nextInt(t - 1);
                } while (Math.min(s, t - s) < minShift);
                shifts[i] = s;
            }
        }
        int atLeast = 0;
        double[][] rotated = Linear.copy(y);
        for (int s : shifts) {
            for (int i = 0; i < t; i++) rotated[i][c] = y[(i + s) % t][c];
            double f = Granger.test(Var.fit(names, rotated, p), cause, effect).fStat();
            if (f >= observed) atLeast++;
        }
        return new Result((1.0 + atLeast) / (1.0 + shifts.length), shifts.length, admissible, exact, seed, minShift,
                observed);
    }
}
