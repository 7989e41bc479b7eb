package org.dyad.analysis.series;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyad.analysis.AnalysisException;
import org.dyad.store.Granularity;

/**
 * Regular series over consecutive periods: one date (the period's first day) and label per row, and
 * named numeric columns of the same length. Built from the store ({@link SeriesBuilder}) or read from
 * a CSV file ({@link CsvSeries}). Immutable.
 *
 * @param granularity the period, or null for a regular series of another step (days)
 * @param notes what a reader must know about how the values were made (imprecise dates, exclusions)
 */
public record TimeSeries(String title, Granularity granularity, List<LocalDate> periods, List<String> labels,
                         Map<String, double[]> columns, List<String> notes) {
    public TimeSeries {
        periods = List.copyOf(periods);
        labels = List.copyOf(labels);
        Map<String, double[]> c = new LinkedHashMap<>();
        for (Map.Entry<String, double[]> e : columns.entrySet()) {
            if (e.getValue().length != periods.size()) {
                throw new IllegalArgumentException("column " + e.getKey() + " has " + e.getValue().length
                        + " values for " + periods.size() + " periods");
            }
            c.put(e.getKey(), e.getValue().clone());
        }
        columns = Collections.unmodifiableMap(c);
        notes = List.copyOf(notes);
    }

    public int length() {
        return periods.size();
    }

    public List<String> columnNames() {
        return new ArrayList<>(columns.keySet());
    }

    /** A copy of one column's values; a clear error naming the columns there are when it is missing. */
    public double[] column(String name) {
        double[] v = columns.get(name);
        if (v == null) {
            for (String n : notes) {
                if (n.startsWith("column '" + name + "'")) {
                    throw new AnalysisException(title + ": " + n);
                }
            }
            throw new AnalysisException("no column '" + name + "' in " + title + "; it has: "
                    + String.join(", ", columns.keySet()));
        }
        return v.clone();
    }

    /** Rows are periods, columns the named series in order. */
    public double[][] matrix(List<String> names) {
        double[][] m = new double[length()][names.size()];
        for (int j = 0; j < names.size(); j++) {
            double[] c = column(names.get(j));
            for (int i = 0; i < c.length; i++) m[i][j] = c[i];
        }
        return m;
    }

    /** This series with the columns of {@code other} added (same periods), names prefixed. */
    public TimeSeries with(TimeSeries other, String prefix) {
        if (!other.periods.equals(periods)) {
            throw new IllegalArgumentException("series cover different periods");
        }
        Map<String, double[]> c = new LinkedHashMap<>(columns);
        for (Map.Entry<String, double[]> e : other.columns.entrySet()) c.put(prefix + e.getKey(), e.getValue());
        List<String> n = new ArrayList<>(notes);
        for (String s : other.notes) {
            String note = prefix.isEmpty() ? s : prefix + " " + s;
            if (!n.contains(note) && !n.contains(s)) n.add(note);
        }
        return new TimeSeries(title, granularity, periods, labels, c, n);
    }

    /** Only the named columns. */
    public TimeSeries select(List<String> names) {
        Map<String, double[]> c = new LinkedHashMap<>();
        for (String n : names) c.put(n, column(n));
        return new TimeSeries(title, granularity, periods, labels, c, notes);
    }

    /** The index of the period holding {@code day}, or -1. */
    public int indexOf(LocalDate day) {
        for (int i = periods.size() - 1; i >= 0; i--) {
            if (!periods.get(i).isAfter(day)) {
                return i == periods.size() - 1 && granularity != null && granularity.end(periods.get(i)).isBefore(day)
                        ? -1 : i;
            }
        }
        return -1;
    }
}
