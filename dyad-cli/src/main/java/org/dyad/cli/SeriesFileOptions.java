package org.dyad.cli;

import java.nio.file.Path;
import org.dyad.analysis.Analysis;
import org.dyad.analysis.series.TimeSeries;
import picocli.CommandLine.Option;

/** {@code --series FILE}: analyse a series from a CSV/TSV file instead of the store. */
public final class SeriesFileOptions {
    @Option(names = "--series", paramLabel = "FILE",
            description = "Read the series from a CSV or TSV file (a header, a date column, value columns; one row per"
                    + " consecutive period) instead of the store, e.g. to compare with R or Python.")
    Path file;

    @Option(names = "--date-column", paramLabel = "NAME", description = "The date column of --series (default: the first).")
    String dateColumn;

    TimeSeries read() {
        return Analysis.readCsv(file, dateColumn);
    }
}
