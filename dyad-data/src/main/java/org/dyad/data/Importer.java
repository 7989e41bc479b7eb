package org.dyad.data;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dyad.data.format.BadRowException;
import org.dyad.data.format.EventFormat;
import org.dyad.data.format.FormatDetector;
import org.dyad.data.format.Normalizer;
import org.dyad.data.format.RowFilter;
import org.dyad.data.format.RowParser;
import org.dyad.data.io.Fields;
import org.dyad.data.io.Input;
import org.dyad.data.io.LineReader;
import org.dyad.model.Event;
import org.dyad.model.EventSink;
import org.dyad.model.InvalidValueException;
import org.dyad.model.util.Progress;

/**
 * Imports event files into a sink (the store), one file at a time, each in one batch: all of a
 * file's events are committed together or not at all, so an import that fails or is killed half
 * way leaves every file either fully stored or absent, and running it again skips the files
 * already stored (recognised by path and SHA-256) and redoes the rest.
 *
 * <p>Rows are read as bytes; with a dyad or date filter only the fields the filter needs are
 * looked at, and only matching rows are parsed. Bad rows go to a quarantine file with the file,
 * line and reason, and the import goes on. A file whose first rows are all bad is not in the
 * format it was read as: it fails with a message that says so, and nothing of it is stored.
 */
public final class Importer {
    /** Consecutive bad rows at the start of a file after which it is taken for another format. */
    static final int BAD_START = 50;
    private static final int PROGRESS_EVERY = 1 << 13;
    /** Lines a quoted CSV field may span before the row is taken for broken. */
    static final int MAX_ROW_LINES = 200;

    private final EventSink sink;
    private final ImportOptions options;
    private final PrintWriter progressOut;
    private final boolean terminal;

    /**
     * @param progressOut where progress goes (stderr), or null for none
     * @param terminal whether that is a terminal (a bar redrawn in place) or not (plain lines)
     */
    public Importer(EventSink sink, ImportOptions options, PrintWriter progressOut, boolean terminal) {
        this.sink = sink;
        this.options = options;
        this.progressOut = progressOut;
        this.terminal = terminal;
    }

    public ImportSummary run(List<Path> files) {
        return run(files, r -> { });
    }

    /** Imports the files in order, telling {@code done} about each as soon as it is finished. */
    public ImportSummary run(List<Path> files, java.util.function.Consumer<FileResult> done) {
        List<FileResult> results = new ArrayList<>();
        Quarantine shared = options.quarantineFile() == null ? null : new Quarantine(options.quarantineFile(), true);
        try {
            for (Path f : files) {
                FileResult r = importFile(f, shared);
                results.add(r);
                done.accept(r);
            }
        } finally {
            if (shared != null) {
                shared.close();
            }
        }
        return new ImportSummary(results);
    }

    /**
     * Imports one whole file into the sink, bad rows to {@code shared} when given (else to the file's own
     * quarantine file): {@link #run} for one file, and the seam dyad-spark reads packed files through.
     */
    public FileResult importFile(Path file, Quarantine shared) {
        long t0 = System.nanoTime();
        String source = file.toAbsolutePath().normalize().toString();
        try {
            if (!options.force() && sink.hasLoaded(source) && sink.hasLoaded(source, Input.sha256(file))) {
                return new FileResult(file, FileResult.Status.SKIPPED, null, 0, 0, 0, 0, 0, 0, seconds(t0),
                        "already imported (same content)", null);
            }
        } catch (IOException e) {
            return failed(file, null, "cannot read it: " + e.getMessage(), t0);
        }
        Quarantine q = shared != null ? shared : new Quarantine(quarantinePath(file), false);
        if (shared == null) {
            q.clearEarlier();
        }
        long quarantinedBefore = q.count();
        FileRun run = new FileRun(file, q);
        try {
            return read(file, run, () -> Input.open(file), source, t0, quarantinedBefore);
        } finally {
            if (shared == null) {
                q.close();
            } else {
                q.flush();
            }
        }
    }

    /** Opens an input. */
    private interface Opener {
        Input open() throws IOException;
    }

    private FileResult read(Path file, FileRun run, Opener opener, String source, long t0, long quarantinedBefore) {
        try (Input in = opener.open()) {
            return run.read(in, source, t0, quarantinedBefore);
        } catch (IOException e) {
            return failed(file, run.formatName(), run.where() + ": cannot read it (" + describe(e)
                    + "); nothing of this file was stored", t0);
        } catch (NotEvents e) {
            return new FileResult(file, FileResult.Status.SKIPPED, "gdelt2", 0, 0, 0, 0, 0, 0, seconds(t0),
                    e.getMessage(), null);
        } catch (RuntimeException e) {
            if (e instanceof org.dyad.model.UserFacing || e instanceof UncheckedIOException) {
                String m = e.getMessage();
                return failed(file, run.formatName(), run.where() + ": " + m
                        + (m.contains("nothing of") ? "" : "; nothing of this file was stored"), t0);
            }
            throw e;
        }
    }

    /**
     * Imports one piece of a plain (not packed) file, the lines from byte {@code from} to byte
     * {@code to}, both at line starts, into the sink as one batch, bad rows to {@code quarantine}:
     * the seam through which dyad-spark reads one big file on many cores with this importer's own
     * parsing, normalisation and filter. Lines are numbered from 1 within the piece. A piece that
     * starts the file reads it as {@link #run} does (a header, 50 bad rows at the start fail it); a
     * later piece takes its format (and a header's columns) from the file's first line, read again.
     * The batch is committed with a null SHA-256. Failures come back as a FAILED result, as for a
     * whole file.
     */
    public FileResult importRange(Path file, long from, long to, Quarantine quarantine) {
        long t0 = System.nanoTime();
        String source = file.toAbsolutePath().normalize().toString();
        FileRun run = new FileRun(file, quarantine);
        run.fileStart = from == 0;
        return read(file, run, () -> {
            if (from > 0) {
                run.readFormat();
            }
            return Input.range(file, from, to);
        }, source, t0, quarantine.count());
    }

    private static String describe(IOException e) {
        String m = e.getMessage();
        if (e instanceof java.io.EOFException || (m != null && m.contains("Unexpected end"))) {
            return "the archive is truncated or damaged: " + m;
        }
        if (e instanceof java.util.zip.ZipException) {
            return "the archive is damaged: " + m;
        }
        return m == null ? e.getClass().getSimpleName() : m;
    }

    /** Quarantine files used in this run, so that two inputs of the same name do not share one. */
    private final java.util.Set<Path> quarantines = new java.util.HashSet<>();

    private Path quarantinePath(Path file) {
        Path dir = options.quarantineDir() != null ? options.quarantineDir() : Path.of(".dyad", "quarantine");
        Path p = dir.resolve(file.getFileName() + ".quarantine.tsv");
        for (int i = 2; !quarantines.add(p); i++) {
            p = dir.resolve(file.getFileName() + "-" + i + ".quarantine.tsv");
        }
        return p;
    }

    private static FileResult failed(Path file, String format, String message, long t0) {
        return new FileResult(file, FileResult.Status.FAILED, format, 0, 0, 0, 0, 0, 0, seconds(t0), message, null);
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    /** A file that holds no events and is skipped, with the reason. */
    private static final class NotEvents extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotEvents(String message) {
            super(message, null, false, false);
        }
    }

    /** The state of reading one file. */
    private final class FileRun {
        private final Path file;
        private final Quarantine quarantine;
        private final Normalizer norm = new Normalizer();
        private final RowFilter filter = options.filter();
        private RowParser parser;
        private String part;
        private long line;
        private long rows;
        private long filtered;
        private long good;
        private long bad;
        private String firstBad;
        private byte[] joined = new byte[0];
        /** Whether the input starts the file (else it is a later piece of it: no header, no bad-start rule). */
        private boolean fileStart = true;

        FileRun(Path file, Quarantine quarantine) {
            this.file = file;
            this.quarantine = quarantine;
        }

        String formatName() {
            return parser == null ? (options.format() == null ? null : options.format().id()) : parser.format().id();
        }

        String where() {
            return (part == null ? file.getFileName().toString() : part) + (line > 0 ? ":" + line : "");
        }

        FileResult read(Input in, String source, long t0, long quarantinedBefore) throws IOException {
            EventSink.Batch batch = null;
            Progress progress = Progress.start(progressOut, terminal, file.getFileName().toString(), in.size(), "rows");
            try {
                while (in.nextPart()) {
                    part = in.partName();
                    line = 0;
                    LineReader lines = new LineReader(in.part(), options.maxLine());
                    Fields fields = null;
                    boolean first = fileStart;
                    while (lines.next()) {
                        line = lines.number();
                        if (lines.isBlank() && !lines.truncated()) {
                            continue;
                        }
                        if (lines.truncated()) {
                            rows++;
                            quarantine(String.format(Locale.ROOT, "the line is %,d bytes long, over the limit of"
                                    + " %,d bytes", lines.length(), options.maxLine()), lines.buffer(), lines.start(),
                                    lines.end(), lines.length());
                            continue;
                        }
                        byte[] buf = lines.buffer();
                        int start = lines.start();
                        int end = lines.end();
                        if (parser == null) {
                            parser = newParser(buf, start, end);
                        }
                        if (batch == null) {
                            batch = sink.begin(parser.format().origin(), source);
                        }
                        if (fields == null) {
                            fields = new Fields(parser.delimiter());
                        }
                        if (parser.continues(buf, start, end)) {
                            long firstLine = line;
                            int length = joinContinuation(lines, buf, start, end);
                            if (length < 0) {
                                rows++;
                                line = firstLine;
                                quarantine("a quoted field is not closed within " + MAX_ROW_LINES + " lines or "
                                        + options.maxLine() + " bytes", joined, 0,
                                        Math.min(joined.length, LineReader.EXCERPT), -length);
                                continue;
                            }
                            buf = joined;
                            start = 0;
                            end = length;
                        }
                        if (first) {
                            first = false;
                            try {
                                if (parser.firstLine(parser.split(fields, buf, start, end))
                                        == RowParser.FirstLine.HEADER) {
                                    continue;
                                }
                            } catch (BadRowException e) {
                                rows++;
                                quarantine(e.getMessage(), buf, start, end, end - start);
                                continue;
                            }
                        }
                        rows++;
                        row(batch, fields, buf, start, end);
                        if ((rows & (PROGRESS_EVERY - 1)) == 0) {
                            progress.update(in.position(), rows);
                        }
                    }
                }
                String sha = in.sha256();
                progress.update(in.size(), rows);
                progress.close();
                if (batch == null) {
                    EventFormat f = options.format() != null ? options.format() : EventFormat.CSV;
                    batch = sink.begin(f.origin(), source);
                }
                long quarantined = quarantine.count() - quarantinedBefore;
                if (progressOut != null && batch.added() > 0) {
                    progressOut.printf(Locale.ROOT, "%s: storing %,d events (removing duplicates, collapsing"
                            + " near-duplicates) ...%n", file.getFileName(), batch.added());
                    progressOut.flush();
                }
                EventSink.Committed c = batch.commit(sha, rows, quarantined, filter.isNone() ? null
                        : "filter " + filter);
                return new FileResult(file, FileResult.Status.IMPORTED, formatName(), rows, filtered, c.kept(),
                        c.duplicates(), c.collapsed(), quarantined, seconds(t0), null,
                        quarantined > 0 ? quarantine.path() : null);
            } finally {
                progress.close();
                if (batch != null) {
                    batch.close();
                }
            }
        }

        /** Reads the file's first line as a piece that starts it would: the parser, and a header's columns. */
        void readFormat() throws IOException {
            try (java.io.InputStream raw = java.nio.file.Files.newInputStream(file);
                 LineReader lines = new LineReader(raw, options.maxLine())) {
                while (lines.next()) {
                    if (lines.truncated() || lines.isBlank()) {
                        continue;
                    }
                    parser = newParser(lines.buffer(), lines.start(), lines.end());
                    try {
                        parser.firstLine(parser.split(new Fields(parser.delimiter()), lines.buffer(), lines.start(),
                                lines.end()));
                    } catch (BadRowException e) {
                        // quarantined by the piece that starts the file
                    }
                    return;
                }
            }
        }

        private RowParser newParser(byte[] buf, int start, int end) {
            if ((options.format() == null || options.format() == EventFormat.GDELT2)
                    && FormatDetector.isGdeltMentions(buf, start, end)) {
                throw new NotEvents("a GDELT 2.0 mentions file: mentions are the articles that cite events, not"
                        + " events; import the events (.export.CSV) files, whose NumMentions, NumSources and"
                        + " NumArticles are kept");
            }
            EventFormat f = options.format() != null ? options.format() : FormatDetector.detect(buf, start, end);
            return f.parser(norm, options.mapping());
        }

        private void row(EventSink.Batch batch, Fields fields, byte[] buf, int start, int end) {
            try {
                Fields f = parser.split(fields, buf, start, end);
                if (!parser.mayPass(f, filter)) {
                    filtered++;
                    good++;
                    return;
                }
                Event e = parser.parse(f);
                good++;
                if (!filter.passes(e)) {
                    filtered++;
                    return;
                }
                batch.add(e);
            } catch (BadRowException e) {
                quarantine(e.getMessage(), buf, start, end, end - start);
            }
        }

        private void quarantine(String reason, byte[] buf, int start, int end, long length) {
            bad++;
            if (firstBad == null) {
                firstBad = part + ":" + line + ": " + reason;
            }
            quarantine.add(part, line, reason, buf, start, end, length);
            if (good == 0 && bad >= BAD_START && fileStart) {
                throw new InvalidValueException(String.format(Locale.ROOT, "the first %d rows are all bad, so this"
                        + " is not a %s file (%s; all in %s). Check the format name and the delimiter",
                        BAD_START, formatName(), firstBad, quarantine.path()));
            }
        }

        /** Reads lines into {@link #joined} until the quoted field closes; -(length) when too long. */
        private int joinContinuation(LineReader lines, byte[] buf, int start, int end) throws IOException {
            int length = append(0, buf, start, end);
            int count = 1;
            while (parser.continues(joined, 0, length) && lines.next()) {
                line = lines.number();
                if (lines.truncated() || length + lines.end() - lines.start() + 1 > options.maxLine()
                        || ++count > MAX_ROW_LINES) {
                    return -(length + (int) Math.min(Integer.MAX_VALUE - length, lines.length()));
                }
                length = append(length, new byte[] {'\n'}, 0, 1);
                length = append(length, lines.buffer(), lines.start(), lines.end());
            }
            return length;
        }

        private int append(int length, byte[] b, int from, int to) {
            int n = to - from;
            if (joined.length < length + n) {
                joined = java.util.Arrays.copyOf(joined, Math.max(joined.length * 2, length + n + 1024));
            }
            System.arraycopy(b, from, joined, length, n);
            return length + n;
        }
    }
}
