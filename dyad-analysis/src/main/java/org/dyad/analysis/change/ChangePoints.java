package org.dyad.analysis.change;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.dyad.analysis.AnalysisException;

/**
 * Change points in the mean (or mean and variance) of a series, by PELT (Killick, Fearnhead &
 * Eckley 2012: exact optimal partitioning with pruning) or binary segmentation, under a normal
 * likelihood with a stated penalty per change.
 *
 * <p>Costs are twice the negative log-likelihood of a segment. For {@link Model#MEAN} the
 * variance is taken as known, estimated once from the whole series robustly so level shifts do not
 * inflate it: σ = 1.4826 · MAD(first differences) / √2 (falling back to the standard deviation of
 * the differences / √2 when most differences are equal, as in sparse counts); cost = Σ(x − x̄)²/σ².
 * The segmentation is then run once more with σ re-estimated as the pooled standard deviation
 * within the segments found (n − segments degrees of freedom), the sharper estimate.
 * For {@link Model#MEAN_VAR} each segment has its own variance (at least 1e-6 of the series'
 * variance, so short flat runs do not score −∞): cost = n_seg · (ln(2π σ̂²) + 1).
 *
 * <p>Penalties per change, with k parameters per segment (1 for mean, 2 for mean and variance) and
 * n periods: BIC (SIC) = (k+1) ln n; MBIC = (k+2) ln n (the R changepoint package's MBIC penalty,
 * without its segment-length correction to the cost); AIC = 2(k+1); or a number.
 */
public final class ChangePoints {
    public enum Model {
        MEAN, MEAN_VAR;

        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public static Model parse(String s) {
            String t = s.trim().toUpperCase(Locale.ROOT).replace('-', '_');
            if (t.equals("MEANVAR")) t = "MEAN_VAR";
            for (Model m : values()) if (m.name().equals(t)) return m;
            throw new AnalysisException("unknown change model '" + s + "': expected mean or mean-var");
        }
    }

    public enum Method {
        PELT, BINSEG;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Method parse(String s) {
            String t = s.trim().toUpperCase(Locale.ROOT).replace("-", "").replace("_", "");
            if (t.equals("BINARYSEGMENTATION")) t = "BINSEG";
            for (Method m : values()) if (m.name().equals(t)) return m;
            throw new AnalysisException("unknown change-point method '" + s + "': expected pelt or binseg");
        }
    }

    /** A penalty per change, with the rule that gave it. */
    public record Penalty(String rule, double value) {
    }

    /**
     * Found change points.
     *
     * @param changes index of the first period of each new segment, ascending
     * @param sigma the noise standard deviation used by {@link Model#MEAN} (0 for mean-var)
     * @param cost total penalised cost of the segmentation
     */
    public record Result(Method method, Model model, Penalty penalty, int minLength, double sigma, List<Integer> changes,
                         double cost) {
        public Result {
            changes = List.copyOf(changes);
        }
    }

    private ChangePoints() {
    }

    /** The penalty for a rule ({@code bic}, {@code mbic}, {@code aic} or a number) for {@code n} periods. */
    public static Penalty penalty(String rule, Model model, int n) {
        int k = model == Model.MEAN ? 1 : 2;
        String r = rule.trim().toLowerCase(Locale.ROOT);
        switch (r) {
            case "bic": case "sic": return new Penalty("BIC = " + (k + 1) + " ln n", (k + 1) * StrictMath.log(n));
            case "mbic": return new Penalty("MBIC = " + (k + 2) + " ln n", (k + 2) * StrictMath.log(n));
            case "aic": return new Penalty("AIC = " + 2 * (k + 1), 2.0 * (k + 1));
            default:
                try {
                    double v = Double.parseDouble(r);
                    if (!(v >= 0) || Double.isInfinite(v)) throw new NumberFormatException();
                    return new Penalty("manual", v);
                } catch (NumberFormatException e) {
                    throw new AnalysisException("unknown penalty '" + rule + "': expected bic, mbic, aic or a"
                            + " non-negative number");
                }
        }
    }

    public static Result find(double[] x, Method method, Model model, Penalty penalty, int minLength) {
        int n = x.length;
        int min = Math.max(minLength, model == Model.MEAN_VAR ? 2 : 1);
        if (n < 2 * min) {
            throw new AnalysisException("the series has " + n + " periods; finding a change needs at least "
                    + 2 * min + " (two segments of at least " + min + ")");
        }
        if (isConstant(x)) {
            throw new AnalysisException("the series is constant (every value is " + x[0] + "): it has no changes to"
                    + " find; pick another column or a span with events");
        }
        Cost cost = new Cost(x, model, model == Model.MEAN ? Cost.noise(x) : 0);
        List<Integer> cps = method == Method.PELT ? pelt(cost, n, penalty.value(), min) : binseg(cost, n, penalty.value(), min);
        if (model == Model.MEAN) {
            // second pass: the pooled within-segment standard deviation is a sharper noise estimate than the
            // differences' MAD, which was only needed to segment without knowing the breaks
            double pooled = cost.pooledSd(cps, n);
            if (pooled > 0 && pooled != cost.sigma) {
                cost = new Cost(x, model, pooled);
                cps = method == Method.PELT ? pelt(cost, n, penalty.value(), min) : binseg(cost, n, penalty.value(), min);
            }
        }
        double total = 0;
        int start = 0;
        for (int c : cps) {
            total += cost.of(start, c) + penalty.value();
            start = c;
        }
        total += cost.of(start, n);
        return new Result(method, model, penalty, min, cost.sigma, cps, total);
    }

    static boolean isConstant(double[] x) {
        for (double v : x) {
            if (v != x[0]) return false;
        }
        return true;
    }

    private static List<Integer> pelt(Cost cost, int n, double beta, int min) {
        double[] f = new double[n + 1];
        int[] last = new int[n + 1];
        Arrays.fill(f, Double.POSITIVE_INFINITY);
        f[0] = -beta;
        int[] candidates = new int[n + 1];
        int size = 0;
        for (int t = min; t <= n; t++) {
            int admit = t - min;
            if (admit == 0 || admit >= min) candidates[size++] = admit;
            double best = Double.POSITIVE_INFINITY;
            int arg = 0;
            double[] values = new double[size];
            for (int i = 0; i < size; i++) {
                int tau = candidates[i];
                values[i] = f[tau] + cost.of(tau, t);
                double v = values[i] + beta;
                if (v < best) {
                    best = v;
                    arg = tau;
                }
            }
            f[t] = best;
            last[t] = arg;
            int kept = 0;
            for (int i = 0; i < size; i++) {
                if (values[i] <= f[t]) candidates[kept++] = candidates[i];
            }
            size = kept;
        }
        List<Integer> cps = new ArrayList<>();
        for (int t = last[n]; t > 0; t = last[t]) cps.add(0, t);
        return cps;
    }

    private static List<Integer> binseg(Cost cost, int n, double beta, int min) {
        List<int[]> segments = new ArrayList<>();
        segments.add(new int[] {0, n});
        List<Integer> cps = new ArrayList<>();
        while (true) {
            double bestGain = 0;
            int bestSeg = -1;
            int bestSplit = -1;
            for (int s = 0; s < segments.size(); s++) {
                int a = segments.get(s)[0];
                int b = segments.get(s)[1];
                double whole = cost.of(a, b);
                for (int c = a + min; c <= b - min; c++) {
                    double gain = whole - cost.of(a, c) - cost.of(c, b);
                    if (gain > bestGain) {
                        bestGain = gain;
                        bestSeg = s;
                        bestSplit = c;
                    }
                }
            }
            if (bestSeg < 0 || bestGain <= beta) break;
            int[] seg = segments.remove(bestSeg);
            segments.add(bestSeg, new int[] {bestSplit, seg[1]});
            segments.add(bestSeg, new int[] {seg[0], bestSplit});
            cps.add(bestSplit);
        }
        cps.sort(null);
        return cps;
    }

    /** Segment costs in O(1) from prefix sums. */
    static final class Cost {
        final double[] s1;
        final double[] s2;
        final Model model;
        final double sigma;
        final double varianceFloor;

        Cost(double[] x, Model model, double sigma) {
            int n = x.length;
            this.model = model;
            s1 = new double[n + 1];
            s2 = new double[n + 1];
            // centre first so the sums of squares keep their digits
            double mean = 0;
            for (double v : x) mean += v;
            mean /= n;
            for (int i = 0; i < n; i++) {
                double v = x[i] - mean;
                s1[i + 1] = s1[i] + v;
                s2[i + 1] = s2[i] + v * v;
            }
            double total = s2[n] / n - (s1[n] / n) * (s1[n] / n);
            varianceFloor = Math.max(total, Double.MIN_NORMAL) * 1e-6;
            this.sigma = sigma;
        }

        /** The standard deviation of the residuals about each segment's mean, with n − segments degrees of freedom. */
        double pooledSd(List<Integer> cps, int n) {
            double rss = 0;
            int start = 0;
            for (int c : cps) {
                rss += rss(start, c);
                start = c;
            }
            rss += rss(start, n);
            int df = n - cps.size() - 1;
            return df > 0 ? StrictMath.sqrt(rss / df) : 0;
        }

        double rss(int a, int b) {
            double sum = s1[b] - s1[a];
            return Math.max(0, (s2[b] - s2[a]) - sum * sum / (b - a));
        }

        double of(int a, int b) {
            int len = b - a;
            double rss = rss(a, b);
            if (model == Model.MEAN) {
                return rss / (sigma * sigma);
            }
            double var = Math.max(rss / len, varianceFloor);
            return len * (StrictMath.log(2 * Math.PI * var) + 1);
        }

        static double noise(double[] x) {
            int n = x.length;
            double[] d = new double[n - 1];
            for (int i = 1; i < n; i++) d[i - 1] = x[i] - x[i - 1];
            double med = median(d.clone());
            double[] dev = new double[d.length];
            for (int i = 0; i < d.length; i++) dev[i] = Math.abs(d[i] - med);
            double s = 1.4826 * median(dev) / StrictMath.sqrt(2);
            if (s > 0) return s;
            double m = 0;
            for (double v : d) m += v;
            m /= d.length;
            double ss = 0;
            for (double v : d) ss += (v - m) * (v - m);
            s = StrictMath.sqrt(ss / Math.max(1, d.length - 1)) / StrictMath.sqrt(2);
            if (s > 0) return s;
            throw new AnalysisException("the series does not vary from one period to the next; no noise level to"
                    + " judge changes against");
        }

        static double median(double[] v) {
            Arrays.sort(v);
            int n = v.length;
            return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
        }
    }
}
