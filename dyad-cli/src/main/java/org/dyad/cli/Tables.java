package org.dyad.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.dyad.analysis.series.TimeSeries;

/** Plain-text tables and CSV for the analysis commands. */
final class Tables {
    private Tables() {
    }

    /** Rows of cells as an aligned table (first column left-aligned, the others right-aligned). */
    static void print(PrintWriter out, List<String> header, List<List<String>> rows) {
        int[] w = new int[header.size()];
        for (int i = 0; i < w.length; i++) w[i] = header.get(i).length();
        for (List<String> r : rows) {
            for (int i = 0; i < w.length && i < r.size(); i++) w[i] = Math.max(w[i], r.get(i).length());
        }
        out.println(row(header, w));
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < w.length; i++) rule.append(i == 0 ? "" : "  ").append("-".repeat(w[i]));
        out.println(rule);
        for (List<String> r : rows) out.println(row(r, w));
    }

    private static String row(List<String> cells, int[] w) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < w.length; i++) {
            String c = i < cells.size() ? cells.get(i) : "";
            if (i > 0) b.append("  ");
            b.append(i == 0 ? String.format("%-" + w[i] + "s", c) : String.format("%" + w[i] + "s", c));
        }
        return b.toString().stripTrailing();
    }

    static void table(PrintWriter out, String first, List<String> labels, TimeSeries ts, List<String> cols) {
        List<String> header = new ArrayList<>();
        header.add(first);
        header.addAll(cols);
        List<double[]> values = new ArrayList<>();
        for (String c : cols) values.add(ts.column(c));
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            List<String> r = new ArrayList<>();
            r.add(labels.get(i));
            for (double[] v : values) r.add(AnalysisOutput.num(v[i]));
            rows.add(r);
        }
        print(out, header, rows);
    }

    static void csv(PrintWriter out, String first, List<String> labels, TimeSeries ts, List<String> cols) {
        out.println(first + "," + String.join(",", cols));
        List<double[]> values = new ArrayList<>();
        for (String c : cols) values.add(ts.column(c));
        for (int i = 0; i < labels.size(); i++) {
            StringBuilder b = new StringBuilder(labels.get(i));
            for (double[] v : values) b.append(',').append(v[i]);
            out.println(b);
        }
    }

    static void notes(PrintWriter out, List<String> notes) {
        for (String n : notes) out.println("note: " + n);
    }
}
