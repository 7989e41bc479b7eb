package org.dyad.data;

import java.nio.file.Path;
import org.dyad.data.format.EventFormat;
import org.dyad.data.format.RowFilter;
import org.dyad.data.io.LineReader;

/**
 * How to import.
 *
 * @param format the format, or null to detect it per file
 * @param filter which rows to keep
 * @param quarantineDir where per-file quarantine files go ({@code <dir>/<file>.quarantine.tsv})
 * @param quarantineFile one quarantine file for the whole import instead (overrides the directory)
 * @param mapping the column mapping of {@code csv} files ({@code date=Day,source=Actor1,...}), or null
 * @param maxLine the longest line read whole, in bytes
 * @param force import files even when the store already holds their content (nothing changes
 *        unless they hold new rows: ids already stored are duplicates)
 */
public record ImportOptions(EventFormat format, RowFilter filter, Path quarantineDir, Path quarantineFile,
                            String mapping, int maxLine, boolean force) {

    public ImportOptions {
        filter = filter == null ? RowFilter.NONE : filter;
        maxLine = maxLine <= 0 ? LineReader.DEFAULT_MAX_LINE : maxLine;
    }

    public static ImportOptions of(EventFormat format, Path quarantineDir) {
        return new ImportOptions(format, RowFilter.NONE, quarantineDir, null, null, 0, false);
    }

    public ImportOptions withFilter(RowFilter f) {
        return new ImportOptions(format, f, quarantineDir, quarantineFile, mapping, maxLine, force);
    }

    public ImportOptions withMapping(String m) {
        return new ImportOptions(format, filter, quarantineDir, quarantineFile, m, maxLine, force);
    }

    public ImportOptions withQuarantineFile(Path p) {
        return new ImportOptions(format, filter, quarantineDir, p, mapping, maxLine, force);
    }

    public ImportOptions withMaxLine(int n) {
        return new ImportOptions(format, filter, quarantineDir, quarantineFile, mapping, n, force);
    }

    public ImportOptions withForce(boolean f) {
        return new ImportOptions(format, filter, quarantineDir, quarantineFile, mapping, maxLine, f);
    }
}
