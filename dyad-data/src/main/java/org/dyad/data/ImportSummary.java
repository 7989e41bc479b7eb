package org.dyad.data;

import java.util.List;
import java.util.Locale;

/** What an import did, file by file and in total. */
public record ImportSummary(List<FileResult> files) {

    public ImportSummary {
        files = List.copyOf(files);
    }

    public long rowsRead() {
        return files.stream().mapToLong(FileResult::rowsRead).sum();
    }

    public long kept() {
        return files.stream().mapToLong(FileResult::kept).sum();
    }

    public long duplicates() {
        return files.stream().mapToLong(FileResult::duplicates).sum();
    }

    public long collapsed() {
        return files.stream().mapToLong(FileResult::collapsed).sum();
    }

    public long quarantined() {
        return files.stream().mapToLong(FileResult::quarantined).sum();
    }

    public long filtered() {
        return files.stream().mapToLong(FileResult::filtered).sum();
    }

    public long failed() {
        return files.stream().filter(f -> f.status() == FileResult.Status.FAILED).count();
    }

    public long skipped() {
        return files.stream().filter(f -> f.status() == FileResult.Status.SKIPPED).count();
    }

    /** The totals line: rows read / kept / duplicate / quarantined, and files imported, skipped, failed. */
    public String totals() {
        return String.format(Locale.ROOT, "%,d rows read, %,d kept, %,d duplicate, %,d collapsed, %,d quarantined"
                + "%s; %d file(s) imported, %d skipped, %d failed", rowsRead(), kept(), duplicates(), collapsed(),
                quarantined(), filtered() > 0 ? String.format(Locale.ROOT, ", %,d outside the filter", filtered()) : "",
                files.size() - skipped() - failed(), skipped(), failed());
    }
}
