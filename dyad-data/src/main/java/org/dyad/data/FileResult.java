package org.dyad.data;

import java.nio.file.Path;
import java.util.Locale;

/**
 * What happened to one input file.
 *
 * @param format the format read (detected or given), or null when it could not be told
 * @param rowsRead data rows read (headers and blank lines not counted)
 * @param filtered rows outside the dyad or date window
 * @param kept events stored as new
 * @param duplicates rows whose event was already stored or repeated in the file
 * @param collapsed rows merged into an event of the same day, actors and code
 * @param quarantined bad rows written to the quarantine file
 * @param message why a file failed or was skipped; null when imported
 * @param quarantine the quarantine file, or null when no row was bad
 */
public record FileResult(Path file, Status status, String format, long rowsRead, long filtered, long kept,
                         long duplicates, long collapsed, long quarantined, double seconds, String message,
                         Path quarantine) {

    public enum Status { IMPORTED, SKIPPED, FAILED }

    public double rowsPerSecond() {
        return seconds <= 0 ? 0 : rowsRead / seconds;
    }

    /** One line for the summary. */
    public String describe() {
        switch (status) {
            case SKIPPED:
                return file + ": skipped, " + message;
            case FAILED:
                return file + ": FAILED, " + message;
            default:
                StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
                        "%s (%s): %,d rows read, %,d kept, %,d duplicate, %,d collapsed, %,d quarantined",
                        file, format, rowsRead, kept, duplicates, collapsed, quarantined));
                if (filtered > 0) {
                    s.append(String.format(Locale.ROOT, ", %,d outside the filter", filtered));
                }
                s.append(String.format(Locale.ROOT, " in %.1f s (%,.0f rows/s)", seconds, rowsPerSecond()));
                if (quarantine != null) {
                    s.append("; bad rows in ").append(quarantine);
                }
                return s.toString();
        }
    }
}
