package org.dyad.analysis;

import java.util.ArrayList;
import java.util.List;
import org.dyad.analysis.change.PhaseFinder;
import org.dyad.analysis.chart.SvgChart;
import org.dyad.analysis.series.TimeSeries;

/** One SVG chart per kind of result, built with {@link SvgChart}. */
public final class Charts {
    private Charts() {
    }

    /** The named columns of a series as lines. */
    public static String series(TimeSeries s, List<String> columns) {
        SvgChart c = SvgChart.create(s.title(), s.labels()).reference(0);
        for (String col : columns) c.line(col, s.column(col));
        return c.toSvg();
    }

    /** The series with found phases shaded in the plot, asserted phases in a strip below, change points marked. */
    public static String phases(TimeSeries s, PhaseFinder.Result r) {
        SvgChart c = SvgChart.create(s.title() + ": " + r.column() + ", found phases"
                + (r.asserted().isEmpty() ? "" : " (asserted below)"), s.labels()).line(r.column(), s.column(r.column()))
                .reference(0).yLabel(r.column());
        int start = 0;
        for (PhaseFinder.FoundPhase p : r.phases()) {
            c.band(start, start + p.periods() - 1, p.label() + " " + p.from() + ".." + p.to() + " mean "
                    + String.format(java.util.Locale.ROOT, "%.2f", p.mean()) + " confidence "
                    + String.format(java.util.Locale.ROOT, "%.2f", p.confidence()), color(p.label()), 0);
            start += p.periods();
        }
        for (int cp : r.detection().changes()) c.marker(cp, "change at " + s.labels().get(cp));
        for (PhaseFinder.AssertedPhase a : r.asserted()) {
            c.band(a.firstPeriod(), Math.min(s.length() - 1, a.firstPeriod() + a.periods() - 1), "asserted: " + a.label() + " (" + a.expected() + ")",
                    color(a.expected()), 1);
        }
        return c.toSvg();
    }

    /** Both series of a lead–lag test, each scaled to mean 0 and standard deviation 1. */
    public static String leadLag(TimeSeries s, LeadLag.Result r) {
        SvgChart c = SvgChart.create(r.verdict(), s.labels()).reference(0).yLabel("standardised");
        for (String col : List.of(r.cause(), r.effect())) c.line(col, standardise(s.column(col)));
        return c.toSvg();
    }

    /** Correlation of the pair's series with each third-party series. */
    public static String triad(Triad.Result r) {
        List<String> names = new ArrayList<>();
        double[] v = new double[r.links().size()];
        for (int i = 0; i < v.length; i++) {
            Triad.Link l = r.links().get(i);
            names.add(l.series() + (l.peakLag() == null ? "" : " (peak lag " + l.peakLag() + ")"));
            v[i] = l.correlation() == null ? 0 : l.correlation();
        }
        return SvgChart.create(r.pair() + ": correlation of " + r.column() + " with third parties", names)
                .bars("correlation at lag 0", v).reference(0).toSvg();
    }

    static String color(String label) {
        switch (label) {
            case PhaseFinder.COOPERATIVE: return SvgChart.GREEN;
            case PhaseFinder.CONFLICTUAL: return SvgChart.RED;
            default: return SvgChart.GREY;
        }
    }

    static double[] standardise(double[] x) {
        double m = 0;
        for (double v : x) m += v;
        m /= x.length;
        double ss = 0;
        for (double v : x) ss += (v - m) * (v - m);
        double sd = StrictMath.sqrt(ss / Math.max(1, x.length - 1));
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) out[i] = sd > 0 ? (x[i] - m) / sd : 0;
        return out;
    }
}
