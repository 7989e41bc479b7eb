package org.dyad.report;

/** Unicode block sparklines for the terminal. */
public final class Sparkline {
    private static final char[] BLOCKS = {'▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'};

    private Sparkline() {
    }

    /** One character per value, scaled between the smallest and largest value (a flat series is mid-height). */
    public static String of(double[] values) {
        if (values.length == 0) {
            return "";
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        StringBuilder b = new StringBuilder(values.length);
        for (double v : values) {
            int i = max == min ? 3 : (int) Math.round((v - min) / (max - min) * (BLOCKS.length - 1));
            b.append(BLOCKS[i]);
        }
        return b.toString();
    }
}
