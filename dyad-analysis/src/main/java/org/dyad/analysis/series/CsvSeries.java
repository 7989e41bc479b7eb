package org.dyad.analysis.series;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dyad.analysis.AnalysisException;
import org.dyad.store.Granularity;

/**
 * Reads a series from a delimited text file: a header row, a date column (the first one unless
 * named) and numeric value columns; tab, comma or semicolon separated (found from the header).
 * Dates may be {@code 1993}, {@code 1993-10}, {@code 1993-Q4}, {@code 1993-W43} or {@code
 * 1993-10-26}; rows must be consecutive periods of one step (days, weeks, months, quarters or
 * years), with no gaps: a series with holes is refused with the line of the gap, because lag
 * tests and change points read rows as equally spaced. Every error names the file, line and column.
 */
public final class CsvSeries {
    private CsvSeries() {
    }

    /** Reads the file; {@code dateColumn} null means the first column. */
    public static TimeSeries read(Path file, String dateColumn) {
        List<String> lines;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            lines = r.lines().toList();
        } catch (NoSuchFileException e) {
            throw new AnalysisException("no such file: " + file);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new AnalysisException("cannot read " + file + ": " + e.getMessage());
        }
        int first = 0;
        while (first < lines.size() && (lines.get(first).isBlank() || lines.get(first).startsWith("#"))) first++;
        if (first == lines.size()) {
            throw new AnalysisException(file + " is empty: expected a header row (a date column and value columns)"
                    + " and one row per period");
        }
        String header = lines.get(first);
        char sep = header.indexOf('\t') >= 0 ? '\t' : header.indexOf(',') >= 0 ? ',' : header.indexOf(';') >= 0 ? ';' : '\t';
        List<String> names = split(header, sep);
        int dateIdx = 0;
        if (dateColumn != null) {
            dateIdx = names.indexOf(dateColumn);
            if (dateIdx < 0) {
                throw new AnalysisException(file + " has no column '" + dateColumn + "'; its columns are: "
                        + String.join(", ", names));
            }
        }
        if (names.size() < 2) {
            throw new AnalysisException(file + ":" + (first + 1) + ": the header has " + names.size()
                    + " column; expected a date column and at least one value column (is it tab, comma or semicolon separated?)");
        }
        List<LocalDate> dates = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        Step step = null;
        for (int n = first + 1; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String where = file + ":" + (n + 1);
            List<String> f = split(line, sep);
            if (f.size() != names.size()) {
                throw new AnalysisException(where + ": " + f.size() + " fields where the header has " + names.size());
            }
            String ds = f.get(dateIdx).trim();
            if (ds.isEmpty()) {
                throw new AnalysisException(where + ": missing date in column '" + names.get(dateIdx)
                        + "'; every row needs its period (e.g. 1993-10, 1993-Q4 or 1993-10-26)");
            }
            Parsed d = parse(ds, where);
            if (!dates.isEmpty()) {
                LocalDate prev = dates.get(dates.size() - 1);
                if (!d.day.isAfter(prev)) {
                    throw new AnalysisException(where + ": date " + ds + " does not come after the previous row's "
                            + labels.get(labels.size() - 1) + "; rows must be in time order, one per period");
                }
                Step s = Step.between(prev, d.day, d.step);
                if (s == null && step == null) {
                    throw new AnalysisException(where + ": missing dates: " + labels.get(labels.size() - 1) + " is followed by "
                            + ds + "; rows must be consecutive periods (every day, week, month, quarter or year), with a"
                            + " row for every " + d.step.word + " in between (0 for a period without events)");
                }
                if (step == null) {
                    step = s;
                } else if (s != step) {
                    throw new AnalysisException(where + ": missing dates: " + labels.get(labels.size() - 1) + " is followed by "
                            + ds + " but the series goes by " + step.word + "; add a row for every " + step.word
                            + " in between (0 for a period without events), or give a regular series");
                }
            }
            double[] v = new double[names.size()];
            for (int j = 0; j < names.size(); j++) {
                if (j == dateIdx) continue;
                String s = f.get(j).trim();
                if (s.isEmpty() || s.equalsIgnoreCase("NA") || s.equalsIgnoreCase("NaN") || s.equalsIgnoreCase("null")) {
                    v[j] = Double.NaN;
                    continue;
                }
                try {
                    v[j] = Double.parseDouble(s);
                } catch (NumberFormatException e) {
                    throw new AnalysisException(where + ": column '" + names.get(j) + "' holds '" + s + "', not a number");
                }
                if (Double.isInfinite(v[j])) {
                    throw new AnalysisException(where + ": column '" + names.get(j) + "' holds an infinite value");
                }
            }
            dates.add(d.day);
            labels.add(ds);
            rows.add(v);
        }
        if (dates.isEmpty()) {
            throw new AnalysisException(file + " has a header but no data rows");
        }
        Map<String, double[]> cols = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        for (int j = 0; j < names.size(); j++) {
            if (j == dateIdx) continue;
            double[] c = new double[rows.size()];
            int missing = 0;
            int firstMissing = -1;
            for (int i = 0; i < c.length; i++) {
                c[i] = rows.get(i)[j];
                if (Double.isNaN(c[i])) {
                    missing++;
                    if (firstMissing < 0) firstMissing = i;
                }
            }
            if (missing > 0) {
                // kept out rather than guessed; asking for such a column says why
                notes.add("column '" + names.get(j) + "' has " + missing + " missing value" + (missing == 1 ? "" : "s")
                        + " (first at " + labels.get(firstMissing) + ") and cannot be analysed until they are filled");
                continue;
            }
            cols.put(names.get(j), c);
        }
        Granularity g = step == null ? null : step.granularity;
        return new TimeSeries(file.getFileName().toString(), g, dates, labels, cols, notes);
    }

    private record Parsed(LocalDate day, Step step) {
    }

    /** The spacing of rows. */
    private enum Step {
        DAY("day", null), WEEK("week", Granularity.WEEK), MONTH("month", Granularity.MONTH),
        QUARTER("quarter", Granularity.QUARTER), YEAR("year", Granularity.YEAR);

        final String word;
        final Granularity granularity;

        Step(String word, Granularity g) {
            this.word = word;
            this.granularity = g;
        }

        /** The step from {@code a} to {@code b} if they are consecutive at the written precision, else null. */
        static Step between(LocalDate a, LocalDate b, Step written) {
            if (written == YEAR) return a.plusYears(1).equals(b) ? YEAR : null;
            if (written == QUARTER) return a.plusMonths(3).equals(b) ? QUARTER : null;
            if (written == MONTH) {
                if (a.plusMonths(1).equals(b)) return MONTH;
                return a.plusMonths(3).equals(b) ? QUARTER : a.plusYears(1).equals(b) ? YEAR : null;
            }
            if (written == WEEK) return a.plusWeeks(1).equals(b) ? WEEK : null;
            long days = ChronoUnit.DAYS.between(a, b);
            if (days == 1) return DAY;
            if (days == 7) return WEEK;
            if (a.getDayOfMonth() == b.getDayOfMonth()) {
                if (a.plusMonths(1).equals(b)) return MONTH;
                if (a.plusMonths(3).equals(b)) return QUARTER;
                if (a.plusYears(1).equals(b)) return YEAR;
            }
            return null;
        }
    }

    private static Parsed parse(String s, String where) {
        try {
            if (s.matches("\\d{4}")) {
                return new Parsed(LocalDate.of(Integer.parseInt(s), 1, 1), Step.YEAR);
            }
            if (s.matches("\\d{4}-\\d{1,2}")) {
                String[] p = s.split("-");
                return new Parsed(LocalDate.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]), 1), Step.MONTH);
            }
            if (s.toUpperCase(Locale.ROOT).matches("\\d{4}-?Q[1-4]")) {
                int q = s.charAt(s.length() - 1) - '0';
                return new Parsed(LocalDate.of(Integer.parseInt(s.substring(0, 4)), 3 * q - 2, 1), Step.QUARTER);
            }
            if (s.toUpperCase(Locale.ROOT).matches("\\d{4}-?W\\d{2}")) {
                int w = Integer.parseInt(s.substring(s.length() - 2));
                LocalDate d = LocalDate.of(Integer.parseInt(s.substring(0, 4)), 1, 4)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, w).with(java.time.DayOfWeek.MONDAY);
                return new Parsed(d, Step.WEEK);
            }
            String t = s.length() > 10 && (s.charAt(10) == 'T' || s.charAt(10) == ' ') ? s.substring(0, 10) : s;
            return new Parsed(LocalDate.parse(t), Step.DAY);
        } catch (java.time.DateTimeException | NumberFormatException e) {
            throw new AnalysisException(where + ": '" + s + "' is not a date; expected 1993, 1993-10, 1993-Q4,"
                    + " 1993-W43 or 1993-10-26");
        }
    }

    /** Splits a line on {@code sep}, honouring double quotes ("" inside quotes is a quote). */
    static List<String> split(String line, char sep) {
        List<String> out = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    b.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    b.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == sep) {
                out.add(b.toString());
                b.setLength(0);
            } else {
                b.append(c);
            }
        }
        out.add(b.toString());
        return out;
    }
}
