package org.dyad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.dyad.analysis.Analysis;
import org.dyad.analysis.series.SeriesRequest;
import org.dyad.model.Event;
import org.dyad.model.InvalidValueException;
import org.dyad.store.SeriesQueries;
import picocli.CommandLine.Option;

/** Output options of the analysis commands: the format, a chart file and the events behind a figure. */
public final class AnalysisOutput {
    enum Format { TABLE, CSV, JSON }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table (for reading), csv (for R, Python, a spreadsheet) or json (one object with every"
                    + " statistic). Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--chart", paramLabel = "FILE.svg", description = "Also draw the result as a self-contained SVG chart.")
    Path chart;

    @Option(names = "--explain", paramLabel = "DATE",
            description = "List the events behind the figures of the period holding DATE (YYYY, YYYY-MM or YYYY-MM-DD).")
    String explain;

    @Option(names = "--explain-limit", paramLabel = "N", defaultValue = "50",
            description = "At most N events per list with --explain (0: all). Default: ${DEFAULT-VALUE}.")
    int explainLimit;

    boolean json() {
        return format == Format.JSON;
    }

    /** Writes the chart if one was asked for, and says so on stderr. */
    void chart(String svg, PrintWriter err) {
        if (chart == null) {
            return;
        }
        try {
            Path parent = chart.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            Files.writeString(chart, svg);
        } catch (IOException e) {
            throw new InvalidValueException("cannot write the chart " + chart + ": " + e.getMessage());
        }
        err.println("chart written to " + chart);
        err.flush();
    }

    /** The day given to --explain. */
    LocalDate explainDay() {
        return DateBound.from(explain);
    }

    /** Prints the events counted in the period holding the --explain day for one series. */
    void explain(PrintWriter out, Analysis a, String title, SeriesRequest r) {
        LocalDate day = explainDay();
        List<SeriesQueries.WeightedEvent> events = a.explain(r, day, explainLimit);
        String period = r.granularity().label(r.granularity().start(day));
        out.println();
        out.println("Events behind " + title + " in " + period + " (" + events.size() + (explainLimit > 0
                && events.size() == explainLimit ? "+, first " + explainLimit : "") + "):");
        for (SeriesQueries.WeightedEvent w : events) {
            out.println("  " + line(w.event()) + (w.weight() < 1 ? String.format(Locale.ROOT, "  [share %.3f]", w.weight()) : ""));
        }
    }

    static String line(Event e) {
        return String.format(Locale.ROOT, "%-22s %-12s %s→%s %-5s %5s  %s", e.id(), e.date(), e.sourceCountry(),
                e.targetCountry(), e.code() == null ? "" : e.code().code(),
                e.goldstein() == null ? "" : String.format(Locale.ROOT, "%+.1f", e.goldstein()),
                e.summary() == null ? "" : e.summary());
    }

    static String num(Double v) {
        if (v == null || v.isNaN()) return "-";
        double a = Math.abs(v);
        if (Math.abs(v - Math.rint(v)) < 1e-9 && a < 1e9) return String.valueOf(Math.round(v));
        if (a != 0 && (a < 1e-3 || a >= 1e6)) return String.format(Locale.ROOT, "%.3e", v);
        return String.format(Locale.ROOT, "%.4f", v);
    }
}
