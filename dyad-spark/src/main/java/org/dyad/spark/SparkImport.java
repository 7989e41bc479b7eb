package org.dyad.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.dyad.data.FileResult;
import org.dyad.data.ImportOptions;
import org.dyad.data.Importer;
import org.dyad.data.Quarantine;
import org.dyad.data.format.EventFormat;
import org.dyad.data.format.FormatDetector;
import org.dyad.data.format.RowFilter;
import org.dyad.data.io.Input;
import org.dyad.data.io.InputFiles;
import org.dyad.data.io.LineReader;
import org.dyad.model.Event;
import org.dyad.model.EventSink;
import org.dyad.model.InvalidValueException;
import org.dyad.model.Origin;

/**
 * {@code dyad import} as a Spark job: dyad-data's own importer (parsing, normalisation, filter,
 * quarantine) runs in the tasks, over whole files or, for big plain files in formats whose rows are
 * single lines, over line-aligned byte ranges so that one big file uses every core. The store's
 * de-duplication (exact duplicates by id, near-duplicates by origin, days, actors, names and code,
 * first wins, reports summed, report ids listed) is then done in Spark SQL over all files in the
 * order given, so the events written are the events {@code dyad import} of the same files stores.
 *
 * <p>Output: Parquet in the event format ({@link EventRows#SCHEMA}) partitioned by {@code year},
 * bad rows in {@code _quarantine/} (tab-separated: file, line, reason, row). A file that fails (a
 * damaged archive, not in the format, unreadable) is named and left out whole; the others are
 * written. An output folder that holds anything is refused unless overwriting, and then only the
 * years written are replaced.
 */
public final class SparkImport {
    /** Pieces of a big plain file: about this many bytes each. */
    public static final long PIECE_BYTES = 16L << 20;

    private static final byte EVENT = 0;
    private static final byte BAD = 1;
    private static final byte STATUS = 2;

    /**
     * How to import.
     *
     * @param format a format name or {@code auto}
     * @param mapping the column mapping of {@code csv}, or null
     * @param dyadA first country of a {@code --dyad} filter (CAMEO), or null
     * @param dyadB second country, or null
     * @param from first day kept, or null
     * @param to last day kept, or null
     * @param maxLine longest line read whole (0: the default)
     * @param pieceBytes target size of the pieces big plain files are cut into
     * @param overwrite replace the years written in a non-empty output folder
     */
    public record Options(String format, String mapping, String dyadA, String dyadB, LocalDate from, LocalDate to,
                          int maxLine, long pieceBytes, boolean overwrite) implements Serializable {
        public static Options of(String format) {
            return new Options(format, null, null, null, null, null, 0, PIECE_BYTES, false);
        }

        public Options withOverwrite(boolean o) {
            return new Options(format, mapping, dyadA, dyadB, from, to, maxLine, pieceBytes, o);
        }

        public Options withPieceBytes(long b) {
            return new Options(format, mapping, dyadA, dyadB, from, to, maxLine, b, overwrite);
        }

        public Options withFilter(String a, String b, LocalDate f, LocalDate t) {
            return new Options(format, mapping, a, b, f, t, maxLine, pieceBytes, overwrite);
        }

        public Options withMapping(String m) {
            return new Options(format, m, dyadA, dyadB, from, to, maxLine, pieceBytes, overwrite);
        }

        ImportOptions importOptions() {
            return new ImportOptions(EventFormat.parseOrAuto(format), new RowFilter(dyadA, dyadB, from, to), null,
                    null, mapping, maxLine, true);
        }
    }

    /** One task's input: a whole file ({@code to < 0}) or bytes {@code from..to} of a plain file. */
    public record Piece(int file, int index, int indexInFile, String path, long from, long to)
            implements Serializable {
        boolean whole() {
            return to < 0;
        }
    }

    /**
     * What the job did.
     *
     * @param rowsRead data rows read in the files imported
     * @param filtered rows outside the filter
     * @param added events the importer produced (before de-duplication)
     * @param events events written
     * @param duplicates exact duplicates dropped
     * @param collapsed near-duplicates collapsed into the first of them
     * @param quarantined bad rows
     * @param failed one line per failed file: the file and why
     * @param skipped one line per skipped file (GDELT mentions)
     * @param years the years in the output folder after the run (this run's and any kept from earlier runs)
     */
    public record Result(long files, long pieces, long rowsRead, long filtered, long added, long events,
                         long duplicates, long collapsed, long quarantined, List<String> failed, List<String> skipped,
                         List<Integer> years, double seconds) {
        public String describe() {
            return String.format(Locale.ROOT, "%,d files in %,d pieces: %,d rows read, %,d events written,"
                    + " %,d duplicate, %,d collapsed, %,d quarantined%s, %,d failed in %.1f s (%,.0f rows/s)", files,
                    pieces, rowsRead, events, duplicates, collapsed, quarantined,
                    filtered > 0 ? String.format(Locale.ROOT, ", %,d outside the filter", filtered) : "",
                    failed.size(), seconds, seconds > 0 ? rowsRead / seconds : 0);
        }
    }

    private static final StructType STAGED;

    static {
        List<StructField> f = new ArrayList<>(List.of(EventRows.SCHEMA.fields()));
        f.add(field("_kind", DataTypes.ByteType));
        f.add(field("_file", DataTypes.IntegerType));
        f.add(field("_piece", DataTypes.IntegerType));
        f.add(field("_seq", DataTypes.LongType));
        f.add(field("_day_start", DataTypes.LongType));
        f.add(field("_day_end", DataTypes.LongType));
        f.add(field("_part", DataTypes.StringType));
        f.add(field("_line", DataTypes.LongType));
        f.add(field("_reason", DataTypes.StringType));
        f.add(field("_row", DataTypes.StringType));
        f.add(field("_status", DataTypes.StringType));
        f.add(field("_message", DataTypes.StringType));
        f.add(field("_lines", DataTypes.LongType));
        f.add(field("_rows", DataTypes.LongType));
        f.add(field("_filtered", DataTypes.LongType));
        STAGED = new StructType(f.toArray(new StructField[0]));
    }

    private static final int N = EventRows.SCHEMA.size();
    private static final int REPORTS = EventRows.SCHEMA.fieldIndex("reports");

    private static StructField field(String name, org.apache.spark.sql.types.DataType t) {
        return new StructField(name, t, true, Metadata.empty());
    }

    private SparkImport() {
    }

    /** The files the arguments name, as {@code dyad import} lists them; a missing path is an error naming it. */
    public static List<Path> inputs(List<String> arguments) {
        List<Path> files = InputFiles.expand(arguments);
        for (Path p : files) {
            if (!Files.isReadable(p)) {
                throw new InvalidValueException("cannot read the input file '" + p + "' (permission denied)");
            }
        }
        return files;
    }

    /** Refuses an output folder that exists and holds anything, unless overwriting. */
    static void checkOutput(SparkSession spark, String out, boolean overwrite) throws IOException {
        org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(out);
        FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
        if (!overwrite && fs.exists(p) && (!fs.getFileStatus(p).isDirectory() || fs.listStatus(p).length > 0)) {
            throw new InvalidValueException("the output folder '" + out + "' is not empty: give another folder, or"
                    + " --overwrite to replace the years this run writes (other years are kept)");
        }
    }

    /** Cuts the files into pieces: big plain files in single-line formats at line starts, the others whole. */
    public static List<Piece> plan(List<Path> files, Options o) {
        List<Piece> pieces = new ArrayList<>();
        EventFormat given = EventFormat.parseOrAuto(o.format());
        for (int i = 0; i < files.size(); i++) {
            Path f = files.get(i);
            String path = f.toAbsolutePath().normalize().toString();
            long[] cuts = null;
            try {
                long size = Files.size(f);
                if (size > o.pieceBytes() && splittable(f, given)) {
                    cuts = cuts(f, size, o.pieceBytes());
                }
            } catch (IOException | RuntimeException e) {
                cuts = null; // the task reads it whole and reports what is wrong with it
            }
            if (cuts == null) {
                pieces.add(new Piece(i, pieces.size(), 0, path, 0, -1));
            } else {
                for (int k = 0; k + 1 < cuts.length; k++) {
                    pieces.add(new Piece(i, pieces.size(), k, path, cuts[k], cuts[k + 1]));
                }
            }
        }
        return pieces;
    }

    /** Plain files whose rows are single lines (not CSV, whose quoted fields may span lines, nor Phoenix). */
    private static boolean splittable(Path f, EventFormat given) throws IOException {
        try (Input in = Input.open(f)) {
            if (in.packing() != Input.Packing.PLAIN) {
                return false;
            }
        }
        EventFormat format = given;
        if (format == null) {
            try (InputStream raw = Files.newInputStream(f); LineReader lines = new LineReader(raw)) {
                while (format == null && lines.next()) {
                    if (!lines.truncated() && !lines.isBlank()) {
                        format = FormatDetector.detect(lines.buffer(), lines.start(), lines.end());
                    }
                }
            }
        }
        return format != null && format != EventFormat.CSV && format != EventFormat.PHOENIX;
    }

    /** Offsets of line starts about {@code piece} bytes apart, from 0 to {@code size}. */
    private static long[] cuts(Path f, long size, long piece) throws IOException {
        List<Long> c = new ArrayList<>();
        c.add(0L);
        try (RandomAccessFile r = new RandomAccessFile(f.toFile(), "r")) {
            byte[] buf = new byte[1 << 16];
            for (long at = piece; at < size; at += piece) {
                long p = Math.max(at, c.get(c.size() - 1) + 1);
                long start = lineStartFrom(r, p, size, buf);
                if (start < size && start > c.get(c.size() - 1)) {
                    c.add(start);
                }
            }
        }
        c.add(size);
        return c.stream().mapToLong(Long::longValue).toArray();
    }

    /** The first line start at or after {@code p}: just after the first newline at or after {@code p - 1}. */
    private static long lineStartFrom(RandomAccessFile r, long p, long size, byte[] buf) throws IOException {
        long pos = p - 1;
        while (pos < size) {
            r.seek(pos);
            int n = r.read(buf, 0, (int) Math.min(buf.length, size - pos));
            if (n <= 0) {
                break;
            }
            for (int i = 0; i < n; i++) {
                if (buf[i] == '\n') {
                    return pos + i + 1;
                }
            }
            pos += n;
        }
        return size;
    }

    /** Runs the import: {@code inputs} as the user typed them, Parquet to {@code out}. */
    public static Result run(SparkSession spark, List<String> inputs, String out, Options o) throws IOException {
        long t0 = System.nanoTime();
        o.importOptions(); // a bad format name or filter fails here, before any work
        List<Path> files = inputs(inputs);
        checkOutput(spark, out, o.overwrite());
        List<Piece> pieces = plan(files, o);
        // enough shuffle partitions that each de-duplication task sorts its rows in memory (about 32 MB of
        // input each) instead of spilling; adaptive execution merges the small ones
        long bytes = 0;
        for (Path f : files) {
            bytes += Files.size(f);
        }
        int partitions = (int) Math.min(10_000, Math.max(1, bytes >> 25));
        String key = "spark.sql.shuffle.partitions";
        if (Integer.parseInt(spark.conf().get(key)) < partitions) {
            spark.conf().set(key, Integer.toString(partitions));
        }

        org.apache.hadoop.fs.Path outPath = new org.apache.hadoop.fs.Path(out);
        FileSystem fs = outPath.getFileSystem(spark.sparkContext().hadoopConfiguration());
        outPath = fs.makeQualified(outPath);
        org.apache.hadoop.fs.Path staging = new org.apache.hadoop.fs.Path(outPath.getParent(),
                outPath.getName() + ".dyad-staging-" + UUID.randomUUID());
        try {
            JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
            JavaRDD<Row> rows = jsc.parallelize(pieces, Math.max(1, pieces.size()))
                    .mapPartitions(it -> readPieces(it, o));
            // read once, soon after: no compression to spend time on
            try {
                spark.createDataFrame(rows, STAGED).write().option("compression", "none").parquet(staging.toString());
            } catch (RuntimeException e) {
                // a task the importer could not guard (its JVM died, out of memory): nothing is written
                throw new InvalidValueException("the Spark job failed while reading the inputs (" + rootCause(e)
                        + "); nothing was written to " + out + ", and a rerun starts again");
            }
            phase("read and staged " + pieces.size() + " pieces", t0);
            Dataset<Row> staged = spark.read().schema(STAGED).parquet(staging.toString());
            return finish(spark, staged, pieces, files, outPath.toString(), o, t0);
        } finally {
            fs.delete(staging, true);
        }
    }

    private static Result finish(SparkSession spark, Dataset<Row> staged, List<Piece> pieces, List<Path> files,
                                 String out, Options o, long t0) {
        // what each piece did
        List<Row> status = staged.where("_kind = " + STATUS)
                .select("_piece", "_file", "_status", "_message", "_lines", "_rows", "_filtered", "reports")
                .orderBy("_piece").collectAsList();
        Map<Integer, String> failed = new TreeMap<>();
        Map<Integer, String> skipped = new TreeMap<>();
        List<Integer> failedPieces = new ArrayList<>();
        long rowsRead = 0;
        long filtered = 0;
        long added = 0;
        Map<Integer, Long> lineOffset = new LinkedHashMap<>();
        Map<Integer, Long> linesSoFar = new TreeMap<>();
        for (Row r : status) {
            int piece = r.getInt(0);
            int file = r.getInt(1);
            String st = r.getString(2);
            long before = linesSoFar.getOrDefault(file, 0L);
            lineOffset.put(piece, pieces.get(piece).whole() ? 0L : before);
            linesSoFar.put(file, before + r.getLong(4));
            if (st.equals(FileResult.Status.FAILED.name())) {
                failedPieces.add(piece);
                failed.putIfAbsent(file, files.get(file) + ": FAILED, " + r.getString(3));
            } else if (st.equals(FileResult.Status.SKIPPED.name())) {
                skipped.putIfAbsent(file, files.get(file) + ": skipped, " + r.getString(3));
            }
            rowsRead += r.getLong(5);
            filtered += r.getLong(6);
            added += r.getInt(7);
        }
        if (status.size() != pieces.size()) {
            throw new IllegalStateException("only " + status.size() + " of " + pieces.size() + " pieces reported");
        }
        String failedFiles = failed.isEmpty() ? "-1" : String.join(",", failed.keySet().stream().map(String::valueOf)
                .toList());
        String failedPieceList = failedPieces.isEmpty() ? "-1" : String.join(",", failedPieces.stream()
                .map(String::valueOf).toList());

        // bad rows: line numbers within the file (a piece's lines follow the earlier pieces' lines)
        List<Row> offsets = new ArrayList<>();
        lineOffset.forEach((p, off) -> offsets.add(RowFactory.create(p, off)));
        Dataset<Row> offsetTable = spark.createDataFrame(offsets, new StructType(new StructField[] {
            field("_p", DataTypes.IntegerType), field("_offset", DataTypes.LongType)}));
        Dataset<Row> bad = staged.where("_kind = " + BAD + " AND (_file NOT IN (" + failedFiles + ") OR _piece IN ("
                + failedPieceList + "))")
                .join(functions.broadcast(offsetTable), functions.col("_piece").equalTo(functions.col("_p")))
                .selectExpr("_file AS _f", "_piece AS _p", "_line AS _l",
                        "concat_ws('\t', _part, CAST(_line + _offset AS STRING), _reason, _row) AS value");
        Observation badCount = new Observation("bad");
        bad = bad.observe(badCount, functions.count(functions.lit(1)).as("n"));
        Dataset<Row> header = spark.sql("SELECT -1 AS _f, -1 AS _p, CAST(-1 AS BIGINT) AS _l,"
                + " 'file\tline\treason\trow' AS value");
        header.union(bad).repartition(1).sortWithinPartitions("_f", "_p", "_l").select("value").write()
                .mode(SaveMode.Overwrite).text(out + "/_quarantine");
        long quarantined = ((Number) observed(badCount).get("n")).longValue();
        phase("quarantine written", t0);

        Map<String, Object> m;
        // the store's de-duplication, over all files in order. As the store does, the drops and collapses are
        // decided on narrow rows (position, id, near-duplicate key, reports), and the decisions (the rows
        // dropped; for each kept first copy of near-duplicates its reports and report ids) are then applied to
        // the wide rows in one join, so that the wide rows are read once and never shuffled nor sorted for it
        Dataset<Row> events = staged.where("_kind = " + EVENT + " AND _file NOT IN (" + failedFiles + ")")
                .withColumn("_pos", functions.expr(POSITION));
        events.select("_pos", "id", "origin", "_day_start", "_day_end", "source", "target", "source_name",
                "target_name", "code", "reports", "report_ids").createOrReplaceTempView("dyad_narrow");
        Dataset<Row> decisions = spark.sql(String.format(Locale.ROOT, DECIDE, keyHash))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            long decided = decisions.count();
            phase("decided on narrow rows (" + decided + " rows dropped or collapsed into)", t0);
            Dataset<Row> d = decided <= broadcastDecisions ? functions.broadcast(decisions) : decisions;
            Dataset<Row> kept = events.join(d, events.col("_pos").equalTo(d.col("_dpos")), "left_outer")
                    .where("_drop IS NULL OR NOT _drop");
            Observation obs = new Observation("dedup");
            kept = kept.observe(obs, functions.count(functions.lit(1)).as("n"),
                    functions.coalesce(functions.sum(functions.expr("_kc - 1")), functions.lit(0L)).as("collapsed"));
            Dataset<Row> written = kept.select(columns());
            spark.conf().set("spark.sql.sources.partitionOverwriteMode", "dynamic");
            written.write().mode(SaveMode.Overwrite).partitionBy("year").parquet(out);
            m = observed(obs);
        } finally {
            decisions.unpersist();
        }
        phase("de-duplicated and written", t0);
        long n = ((Number) m.get("n")).longValue();
        long collapsed = ((Number) m.get("collapsed")).longValue();
        List<Integer> years = List.of();
        if (n > 0) {
            years = spark.read().parquet(out).where("year IS NOT NULL").select("year").distinct().orderBy("year")
                    .collectAsList().stream().map(r -> r.getInt(0)).toList();
        }
        return new Result(files.size(), pieces.size(), rowsRead, filtered, added, n, added - n - collapsed, collapsed,
                quarantined, new ArrayList<>(failed.values()), new ArrayList<>(skipped.values()), years,
                (System.nanoTime() - t0) / 1e9);
    }

    static String rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.toString();
    }

    /** With DYAD_SPARK_TIMING set, the time since {@code t0} at the end of each phase, on stderr. */
    static void phase(String what, long t0) {
        if (System.getenv("DYAD_SPARK_TIMING") != null) {
            System.err.printf(Locale.ROOT, "dyad spark: %.1f s: %s%n", (System.nanoTime() - t0) / 1e9, what);
        }
    }

    static Map<String, Object> observed(Observation o) {
        try {
            return o.getAsJava();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** A row's place in the order of the input: its piece, then its rank in the piece (below 2^32). */
    static final String POSITION = "shiftleft(CAST(_piece AS BIGINT), 32) + _seq";

    /** Decisions up to this many rows are broadcast to the tasks that write; more are joined by a shuffle. */
    static volatile long broadcastDecisions = 4_000_000;

    /**
     * The 64-bit hash that leads the near-duplicate key (tests set a constant to make every key
     * collide: the groups are the full keys all the same).
     */
    static volatile String keyHash = "xxhash64(origin, _day_start, _day_end, source, target, source_name,"
            + " target_name, code, _solo)";

    /**
     * The decisions, on the narrow rows of {@code dyad_narrow}: exact duplicates (an id seen before,
     * the first copy wins) are dropped; then near-duplicates (same origin, first and last day, actor
     * codes and names, event code) collapse into the first, whose reports become their sum and whose
     * report ids theirs in order, as {@code EventImport} does file after file. One row per row
     * dropped ({@code _drop}) and per first copy of near-duplicates ({@code _kc} copies, {@code _r}
     * reports, {@code _ids} report ids). The near-duplicate groups are the full keys; a 64-bit hash
     * of the key leads them only so that the sort compares one number first.
     */
    static final String DECIDE = "WITH n AS (SELECT *, row_number() OVER (PARTITION BY id ORDER BY _pos) AS _un"
            + " FROM dyad_narrow),"
            + " k AS (SELECT *, %s AS _h FROM (SELECT *, CASE WHEN _day_start IS NULL OR source IS NULL"
            + " OR target IS NULL OR code IS NULL THEN id END AS _solo FROM n WHERE _un = 1)),"
            + " w AS (SELECT _pos, row_number() OVER (PARTITION BY _h, origin, _day_start, _day_end, source, target,"
            + " source_name, target_name, code, _solo ORDER BY _pos) AS _kn,"
            + " count(1) OVER g AS _kc, sum(reports) OVER g AS _kr,"
            + " collect_list(CASE WHEN size(report_ids) > 0 THEN report_ids ELSE array(id) END) OVER g AS _kids"
            + " FROM k WINDOW g AS (PARTITION BY _h, origin, _day_start, _day_end, source, target, source_name,"
            + " target_name, code, _solo ORDER BY _pos ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING))"
            + " SELECT _pos AS _dpos, true AS _drop, CAST(NULL AS BIGINT) AS _kc, CAST(NULL AS INT) AS _r,"
            + " CAST(NULL AS ARRAY<STRING>) AS _ids FROM n WHERE _un > 1"
            + " UNION ALL SELECT _pos, _kn > 1, CASE WHEN _kn = 1 THEN _kc END, CASE WHEN _kn = 1 THEN CAST(_kr AS INT)"
            + " END, CASE WHEN _kn = 1 THEN flatten(_kids) END FROM w WHERE _kc > 1";

    private static org.apache.spark.sql.Column[] columns() {
        return java.util.Arrays.stream(EventRows.SCHEMA.fieldNames())
                .map(c -> c.equals("reports") ? functions.expr("CASE WHEN _kc IS NOT NULL THEN _r ELSE reports END")
                        .as(c) : c.equals("report_ids") ? functions.expr("CASE WHEN _kc IS NOT NULL THEN _ids"
                        + " ELSE report_ids END").as(c) : functions.col(c))
                .toArray(org.apache.spark.sql.Column[]::new);
    }

    /** A task: the pieces of its partition through dyad-data's importer, as staged rows. */
    static Iterator<Row> readPieces(Iterator<Piece> it, Options o) {
        List<Row> out = new ArrayList<>();
        ImportOptions io = o.importOptions();
        while (it.hasNext()) {
            Piece p = it.next();
            Collector sink = new Collector(p, out);
            Quarantine q = Quarantine.to("_quarantine", (file, line, reason, row) -> {
                Object[] v = new Object[STAGED.size()];
                v[N] = BAD;
                v[N + 1] = p.file();
                v[N + 2] = p.index();
                v[N + 6] = file;
                v[N + 7] = line;
                v[N + 8] = reason;
                v[N + 9] = row;
                out.add(RowFactory.create(v));
            });
            Path path = Path.of(p.path());
            FileResult r;
            long lines = 0;
            try {
                Importer importer = new Importer(sink, io, null, false);
                r = p.whole() ? importer.importFile(path, q) : importer.importRange(path, p.from(), p.to(), q);
                if (!p.whole()) {
                    lines = newlines(path, p.from(), p.to());
                }
            } catch (IOException | RuntimeException e) {
                r = new FileResult(path, FileResult.Status.FAILED, null, 0, 0, 0, 0, 0, 0, 0,
                        where(p) + ": " + e, null);
            }
            String message = r.message();
            if (r.status() == FileResult.Status.FAILED && !p.whole() && p.indexInFile() > 0) {
                message = where(p) + ": " + message;
            }
            Object[] v = new Object[STAGED.size()];
            v[REPORTS] = (int) sink.seq; // reports: the events this piece added
            v[N] = STATUS;
            v[N + 1] = p.file();
            v[N + 2] = p.index();
            v[N + 10] = r.status().name();
            v[N + 11] = message;
            v[N + 12] = lines;
            v[N + 13] = r.rowsRead();
            v[N + 14] = r.filtered();
            if (r.status() != FileResult.Status.IMPORTED) {
                out.removeIf(x -> x.getByte(N) == EVENT && x.getInt(N + 2) == p.index());
                v[REPORTS] = 0;
            }
            out.add(RowFactory.create(v));
        }
        return out.iterator();
    }

    private static String where(Piece p) {
        return Path.of(p.path()).getFileName() + (p.whole() ? "" : String.format(Locale.ROOT,
                " (piece %d, bytes %,d to %,d)", p.indexInFile() + 1, p.from(), p.to()));
    }

    private static long newlines(Path f, long from, long to) throws IOException {
        long n = 0;
        try (Input in = Input.range(f, from, to)) {
            in.nextPart();
            InputStream s = in.part();
            byte[] buf = new byte[1 << 16];
            int k;
            while ((k = s.read(buf)) > 0) {
                for (int i = 0; i < k; i++) {
                    if (buf[i] == '\n') {
                        n++;
                    }
                }
            }
        }
        return n;
    }

    /** The importer's sink in a task: each event becomes a staged row, in the order added. */
    private static final class Collector implements EventSink {
        private final Piece piece;
        private final List<Row> out;
        long seq;

        Collector(Piece piece, List<Row> out) {
            this.piece = piece;
            this.out = out;
        }

        @Override
        public boolean hasLoaded(String source) {
            return false;
        }

        @Override
        public boolean hasLoaded(String source, String sha256) {
            return false;
        }

        @Override
        public Batch begin(Origin origin, String source) {
            return new Batch() {
                @Override
                public void add(Event e) {
                    Row r = EventRows.toRow(e);
                    Object[] v = new Object[STAGED.size()];
                    for (int i = 0; i < N; i++) {
                        Object x = r.get(i);
                        // the row encoder of an RDD wants Scala sequences for arrays
                        v[i] = x instanceof List<?> l ? scala.jdk.javaapi.CollectionConverters.asScala(l) : x;
                    }
                    v[N] = EVENT;
                    v[N + 1] = piece.file();
                    v[N + 2] = piece.index();
                    v[N + 3] = seq++;
                    if (e.date() != null) {
                        v[N + 4] = e.date().earliest().toEpochDay();
                        v[N + 5] = e.date().latest().toEpochDay();
                    }
                    out.add(RowFactory.create(v));
                }

                @Override
                public long added() {
                    return seq;
                }

                @Override
                public Committed commit(String sha256, long rowsRead, long rowsQuarantined, String note) {
                    return new Committed(seq, 0, 0);
                }

                @Override
                public void close() {
                }
            };
        }
    }
}
