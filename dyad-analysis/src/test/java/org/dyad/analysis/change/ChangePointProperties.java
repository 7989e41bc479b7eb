package org.dyad.analysis.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.dyad.analysis.AnalysisException;
import org.junit.jupiter.api.Test;

/** Change points are recovered from generated series with known breaks. */
class ChangePointProperties {

    /** A generated series and where its segments start. */
    record Generated(double[] x, List<Integer> breaks) {
    }

    static double gaussian(SplittableRandom r) {
        double u = r.nextDouble();
        double v = r.nextDouble();
        return StrictMath.sqrt(-2 * StrictMath.log(1 - u)) * StrictMath.cos(2 * Math.PI * v);
    }

    /** Segments of 30..70 periods whose means differ by 3..6 noise standard deviations. */
    static Generated meanShifts(long seed, int segments) {
        SplittableRandom r = new SplittableRandom(seed);
        List<Double> x = new ArrayList<>();
        List<Integer> breaks = new ArrayList<>();
        double level = 0;
        for (int s = 0; s < segments; s++) {
            if (s > 0) {
                breaks.add(x.size());
                level += (r.nextBoolean() ? 1 : -1) * (3 + 3 * r.nextDouble());
            }
            int len = 30 + r.nextInt(41);
            for (int i = 0; i < len; i++) x.add(level + gaussian(r));
        }
        return new Generated(x.stream().mapToDouble(Double::doubleValue).toArray(), breaks);
    }


    static boolean exact(List<Integer> found, List<Integer> truth, int tolerance) {
        if (found.size() != truth.size()) return false;
        for (int i = 0; i < truth.size(); i++) {
            if (Math.abs(found.get(i) - truth.get(i)) > tolerance) return false;
        }
        return true;
    }

    /** Every true break has a found change within the tolerance, and at most one found change matches none. */
    static void assertFoundWithAtMostOneSpurious(List<Integer> found, List<Integer> truth, int tolerance) {
        for (int b : truth) {
            assertThat(found).as("a change within %d of the break at %d", tolerance, b)
                    .anyMatch(f -> Math.abs(f - b) <= tolerance);
        }
        long spurious = found.stream().filter(f -> truth.stream().noneMatch(b -> Math.abs(f - b) <= tolerance)).count();
        assertThat(spurious).as("spurious changes in %s (truth %s)", found, truth).isLessThanOrEqualTo(1);
    }

    /**
     * MBIC keeps a small false-alarm rate (about 1.5% of pure-noise series of 40 periods, 0.1% of 200),
     * so exact recovery is asserted over a fixed batch rather than for every series.
     */
    @Test
    void peltRecoversBreaksExactlyInNearlyAllOfABatch() {
        int exact = 0;
        int batch = 300;
        for (long seed = 1; seed <= batch; seed++) {
            Generated g = meanShifts(seed, 1 + (int) (seed % 6));
            ChangePoints.Penalty pen = ChangePoints.penalty("mbic", ChangePoints.Model.MEAN, g.x.length);
            List<Integer> found = ChangePoints.find(g.x, ChangePoints.Method.PELT, ChangePoints.Model.MEAN, pen, 5).changes();
            if (exact(found, g.breaks, 3)) exact++;
        }
        assertThat(exact).as("series recovered exactly").isGreaterThanOrEqualTo(batch * 95 / 100);
    }

    @Property(tries = 60)
    void peltFindsMeanShifts(@ForAll @LongRange(min = 1, max = 1_000_000) long seed,
                             @ForAll @IntRange(min = 1, max = 6) int segments) {
        checkMeanShifts(seed, segments, ChangePoints.Method.PELT, 3);
    }

    static void checkMeanShifts(long seed, int segments, ChangePoints.Method method, int tolerance) {
        Generated g = meanShifts(seed, segments);
        ChangePoints.Penalty pen = ChangePoints.penalty("mbic", ChangePoints.Model.MEAN, g.x.length);
        ChangePoints.Result r = ChangePoints.find(g.x, method, ChangePoints.Model.MEAN, pen, 5);
        assertFoundWithAtMostOneSpurious(r.changes(), g.breaks, tolerance);
    }

    @Property(tries = 40)
    void binarySegmentationFindsMeanShifts(@ForAll @LongRange(min = 1, max = 1_000_000) long seed,
                                           @ForAll @IntRange(min = 1, max = 5) int segments) {
        // greedy splitting places breaks less exactly than PELT's optimum
        checkMeanShifts(seed, segments, ChangePoints.Method.BINSEG, 8);
    }

    @Property(tries = 40)
    void peltFindsVarianceChanges(@ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] x = new double[240];
        for (int i = 0; i < x.length; i++) x[i] = (i >= 80 && i < 160 ? 5 : 1) * gaussian(r);
        ChangePoints.Penalty pen = ChangePoints.penalty("mbic", ChangePoints.Model.MEAN_VAR, x.length);
        ChangePoints.Result res = ChangePoints.find(x, ChangePoints.Method.PELT, ChangePoints.Model.MEAN_VAR, pen, 5);
        assertFoundWithAtMostOneSpurious(res.changes(), List.of(80, 160), 12);
    }

    @Test
    void pureNoiseRarelyGetsAChange() {
        int alarms = 0;
        for (long seed = 1; seed <= 500; seed++) {
            SplittableRandom r = new SplittableRandom(seed);
            double[] x = new double[200];
            for (int i = 0; i < x.length; i++) x[i] = 2 + gaussian(r);
            ChangePoints.Penalty pen = ChangePoints.penalty("mbic", ChangePoints.Model.MEAN, x.length);
            if (!ChangePoints.find(x, ChangePoints.Method.PELT, ChangePoints.Model.MEAN, pen, 5).changes().isEmpty()) alarms++;
        }
        assertThat(alarms).isLessThanOrEqualTo(5);
    }

    @Property(tries = 30)
    void peltIsOptimalSoNeverWorseThanBinarySegmentation(@ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
        // mean-var: no noise level is estimated, so both methods minimise the very same cost
        Generated g = meanShifts(seed, 4);
        ChangePoints.Penalty pen = ChangePoints.penalty("bic", ChangePoints.Model.MEAN_VAR, g.x.length);
        double pelt = ChangePoints.find(g.x, ChangePoints.Method.PELT, ChangePoints.Model.MEAN_VAR, pen, 2).cost();
        double bs = ChangePoints.find(g.x, ChangePoints.Method.BINSEG, ChangePoints.Model.MEAN_VAR, pen, 2).cost();
        assertThat(pelt).isLessThanOrEqualTo(bs + 1e-9);
    }

    @Test
    void sparseCountsWithARateChange() {
        // a sparse count series: a few events a year, then a burst
        SplittableRandom r = new SplittableRandom(11);
        double[] x = new double[120];
        for (int i = 0; i < x.length; i++) x[i] = r.nextDouble() < (i < 70 ? 0.1 : 0.9) ? 1 + (i >= 70 ? r.nextInt(3) : 0) : 0;
        ChangePoints.Penalty pen = ChangePoints.penalty("mbic", ChangePoints.Model.MEAN, x.length);
        List<Integer> cps = ChangePoints.find(x, ChangePoints.Method.PELT, ChangePoints.Model.MEAN, pen, 3).changes();
        assertThat(cps).hasSize(1);
        assertThat(cps.get(0)).isBetween(66, 74);
    }

    @Test
    void badInputIsExplained() {
        assertThatThrownBy(() -> ChangePoints.find(new double[] {3, 3, 3, 3, 3, 3}, ChangePoints.Method.PELT,
                ChangePoints.Model.MEAN, new ChangePoints.Penalty("x", 1), 1))
                .isInstanceOf(AnalysisException.class).hasMessageContaining("constant");
        assertThatThrownBy(() -> ChangePoints.find(new double[] {1, 2, 3}, ChangePoints.Method.PELT,
                ChangePoints.Model.MEAN, new ChangePoints.Penalty("x", 1), 2))
                .isInstanceOf(AnalysisException.class).hasMessageContaining("at least 4");
        assertThatThrownBy(() -> ChangePoints.penalty("huge", ChangePoints.Model.MEAN, 10))
                .isInstanceOf(AnalysisException.class).hasMessageContaining("mbic");
        assertThat(ChangePoints.penalty("mbic", ChangePoints.Model.MEAN, 100).value()).isEqualTo(3 * StrictMath.log(100));
    }
}
