package org.dyad.analysis.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small self-contained SVG chart builder (no scripts, no external fonts or files) for time series
 * with shaded spans and markers, and for bar charts: what the CLI writes with {@code --chart} and
 * what the HTML report can embed inline. Output is deterministic text.
 *
 * <pre>{@code
 * String svg = SvgChart.create("IRN–AZE Goldstein", labels)
 *     .line("goldstein_sum", values)
 *     .band(10, 24, "cooperative", SvgChart.GREEN)
 *     .marker(24, "change")
 *     .toSvg();
 * }</pre>
 */
public final class SvgChart {
    public static final String GREEN = "#2e7d32";
    public static final String RED = "#c62828";
    public static final String GREY = "#757575";
    public static final String BLUE = "#1565c0";
    private static final String[] PALETTE = {BLUE, "#ef6c00", "#6a1b9a", "#00838f", "#ad1457", "#558b2f", "#4e342e"};

    private record Line(String name, double[] values, boolean bars) {
    }

    private record Band(int from, int to, String label, String color, int row) {
    }

    private record Marker(int at, String label) {
    }

    private final String title;
    private final List<String> labels;
    private final List<Line> lines = new ArrayList<>();
    private final List<Band> bands = new ArrayList<>();
    private final List<Marker> markers = new ArrayList<>();
    private String yLabel = "";
    private int width = 900;
    private int height = 360;
    private Double reference;

    private SvgChart(String title, List<String> labels) {
        this.title = title;
        this.labels = List.copyOf(labels);
    }

    /** A chart over categories or periods {@code labels} (one per value). */
    public static SvgChart create(String title, List<String> labels) {
        return new SvgChart(title, labels);
    }

    public SvgChart line(String name, double[] values) {
        lines.add(new Line(name, values.clone(), false));
        return this;
    }

    public SvgChart bars(String name, double[] values) {
        lines.add(new Line(name, values.clone(), true));
        return this;
    }

    /** Shades indexes {@code from..to} (inclusive) in the plot (row 0) or in a strip below it (row 1, 2...). */
    public SvgChart band(int from, int to, String label, String color, int row) {
        bands.add(new Band(from, to, label, color, row));
        return this;
    }

    public SvgChart marker(int at, String label) {
        markers.add(new Marker(at, label));
        return this;
    }

    /** A horizontal dashed line at {@code y} (e.g. 0, or a significance threshold). */
    public SvgChart reference(double y) {
        reference = y;
        return this;
    }

    public SvgChart yLabel(String s) {
        yLabel = s;
        return this;
    }

    public SvgChart size(int w, int h) {
        width = w;
        height = h;
        return this;
    }

    public String toSvg() {
        int strips = 0;
        for (Band b : bands) strips = Math.max(strips, b.row);
        int left = 64;
        int right = 16;
        int top = 40;
        int bottom = 56 + 18 * strips + (lines.size() > 1 ? 18 : 0);
        int plotW = width - left - right;
        int plotH = height - top - bottom;
        int n = Math.max(1, labels.size());
        double lo = reference == null ? Double.POSITIVE_INFINITY : reference;
        double hi = reference == null ? Double.NEGATIVE_INFINITY : reference;
        for (Line l : lines) {
            for (double v : l.values) {
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
            if (l.bars) {
                lo = Math.min(lo, 0);
                hi = Math.max(hi, 0);
            }
        }
        if (!Double.isFinite(lo)) {
            lo = 0;
            hi = 1;
        }
        if (hi == lo) {
            hi = lo + 1;
        }
        double pad = (hi - lo) * 0.05;
        lo -= pad;
        hi += pad;
        double step = (double) plotW / n;
        StringBuilder s = new StringBuilder(4096);
        s.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\""
                + " font-family=\"sans-serif\" font-size=\"11\">%n", width, height, width, height));
        s.append("<title>").append(esc(title)).append("</title>\n");
        s.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", width, height));
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"22\" font-size=\"14\" font-weight=\"bold\">%s</text>%n", left, esc(title)));
        for (Band b : bands) {
            double x0 = left + b.from * step;
            double w = (b.to - b.from + 1) * step;
            if (b.row == 0) {
                s.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\""
                        + " fill-opacity=\"0.12\"><title>%s</title></rect>%n", x0, top, w, plotH, b.color, esc(b.label)));
            } else {
                int y = top + plotH + 30 + 18 * (b.row - 1);
                s.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"12\" fill=\"%s\""
                        + " fill-opacity=\"0.55\"><title>%s</title></rect>%n", x0, y, w, b.color, esc(b.label)));
            }
        }
        // axes and ticks
        s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#444\"/>%n", left, top, left, top + plotH));
        s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#444\"/>%n", left, top + plotH,
                left + plotW, top + plotH));
        for (int i = 0; i <= 4; i++) {
            double v = lo + (hi - lo) * i / 4;
            double y = yOf(v, lo, hi, top, plotH);
            s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>%n", left, y,
                    left + plotW, y));
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n", left - 4, y + 4, tick(v)));
        }
        if (!yLabel.isEmpty()) {
            s.append(String.format(Locale.ROOT, "<text x=\"12\" y=\"%d\" transform=\"rotate(-90 12 %d)\" text-anchor=\"middle\">%s</text>%n",
                    top + plotH / 2, top + plotH / 2, esc(yLabel)));
        }
        int every = Math.max(1, (int) Math.ceil(n / (plotW / 70.0)));
        for (int i = 0; i < labels.size(); i += every) {
            double x = left + (i + 0.5) * step;
            s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n", x, top + plotH + 14,
                    esc(labels.get(i))));
        }
        if (reference != null) {
            double y = yOf(reference, lo, hi, top, plotH);
            s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#888\""
                    + " stroke-dasharray=\"4 3\"/>%n", left, y, left + plotW, y));
        }
        int li = 0;
        for (Line l : lines) {
            String color = PALETTE[li % PALETTE.length];
            if (l.bars) {
                double zero = yOf(Math.max(lo, Math.min(hi, 0)), lo, hi, top, plotH);
                for (int i = 0; i < l.values.length; i++) {
                    if (!Double.isFinite(l.values[i])) continue;
                    double y = yOf(l.values[i], lo, hi, top, plotH);
                    s.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\">"
                            + "<title>%s %s: %s</title></rect>%n", left + i * step + step * 0.15, Math.min(y, zero),
                            step * 0.7, Math.abs(zero - y), color, esc(l.name), esc(label(i)), tick(l.values[i])));
                }
            } else {
                StringBuilder pts = new StringBuilder();
                for (int i = 0; i < l.values.length; i++) {
                    if (!Double.isFinite(l.values[i])) continue;
                    pts.append(String.format(Locale.ROOT, "%.1f,%.1f ", left + (i + 0.5) * step, yOf(l.values[i], lo, hi, top, plotH)));
                }
                s.append(String.format(Locale.ROOT, "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"1.5\" points=\"%s\"/>%n",
                        color, pts.toString().trim()));
            }
            if (lines.size() > 1) {
                int x = left + 140 * li;
                int y = height - 10;
                s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"10\" fill=\"%s\"/>"
                        + "<text x=\"%d\" y=\"%d\">%s</text>%n", x, y - 9, color, x + 14, y, esc(l.name)));
            }
            li++;
        }
        for (Marker m : markers) {
            double x = left + m.at * step;
            s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#000\""
                    + " stroke-dasharray=\"2 2\"><title>%s</title></line>%n", x, top, x, top + plotH, esc(m.label)));
        }
        s.append("</svg>\n");
        return s.toString();
    }

    private String label(int i) {
        return i < labels.size() ? labels.get(i) : String.valueOf(i);
    }

    private static double yOf(double v, double lo, double hi, int top, int h) {
        return top + h - (v - lo) / (hi - lo) * h;
    }

    private static String tick(double v) {
        double a = Math.abs(v);
        if (a != 0 && (a < 0.01 || a >= 1e5)) return String.format(Locale.ROOT, "%.2e", v);
        return String.format(Locale.ROOT, a >= 100 ? "%.0f" : "%.2f", v);
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
