package org.dyad.spark;

import java.io.IOException;
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
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.dyad.model.InvalidValueException;
import org.dyad.model.UserFacing;
import org.dyad.text.TextExtractor;
import org.dyad.text.code.CoderOptions;
import org.dyad.text.dict.BuiltInDictionaries;

/**
 * {@code dyad extract} as a Spark job: documents are the tasks' input, dyad-text's own extractor
 * codes them, and the events (with their provenance: document, character offsets, quote) go to
 * Parquet partitioned by year in the event format. The dictionaries are built once per executor JVM
 * ({@link Holder}); dictionary files given by the user are read on the driver and broadcast, so
 * executors need not see the driver's disk. A document that cannot be read is named, and its
 * events are left out; the others are written.
 */
public final class SparkExtract {
    private SparkExtract() {
    }

    /**
     * How to extract: {@code dictionaries} maps "verbs", "actors", "agents", "discards" to files that
     * replace the built-in ones (read on the driver), {@code persons} are files of officials added.
     */
    public record Options(String pairA, String pairB, LocalDate documentDate, String encoding,
                          Map<String, Path> dictionaries, List<Path> persons, boolean overwrite) {
        public static Options defaults() {
            return new Options(null, null, null, null, Map.of(), List.of(), false);
        }

        public Options withOverwrite(boolean o) {
            return new Options(pairA, pairB, documentDate, encoding, dictionaries, persons, o);
        }
    }

    /** What the job did: documents, failures (one line each, naming the file), events written. */
    public record Result(int documents, List<String> failed, long events, double seconds) {
        public String describe() {
            return String.format(Locale.ROOT, "%,d documents, %,d failed; %,d events written in %.1f s", documents,
                    failed.size(), events, seconds);
        }
    }

    /** What a task needs to build the extractor: options and the bytes of the dictionary files given. */
    record Setup(String pairA, String pairB, LocalDate documentDate, String encoding, Map<String, byte[]> files,
                 List<byte[]> persons) implements Serializable {
    }

    /** The extractor of this JVM, built from the broadcast setup on first use, then shared by its tasks. */
    static final class Holder {
        private static Setup built;
        private static TextExtractor extractor;
        static int builds;

        static synchronized TextExtractor get(Setup s) throws IOException {
            if (extractor == null || !s.equals(built)) {
                Path dir = Files.createTempDirectory("dyad-dict");
                Map<String, Path> p = new LinkedHashMap<>();
                for (Map.Entry<String, byte[]> e : s.files().entrySet()) {
                    p.put(e.getKey(), Files.write(dir.resolve(e.getKey() + ".txt"), e.getValue()));
                }
                List<Path> persons = new ArrayList<>();
                for (int i = 0; i < s.persons().size(); i++) {
                    persons.add(Files.write(dir.resolve("persons-" + i + ".jsonl"), s.persons().get(i)));
                }
                var dicts = BuiltInDictionaries.load(new BuiltInDictionaries.Overrides(p.get("verbs"), p.get("actors"),
                        p.get("agents"), p.get("discards"), persons));
                extractor = new TextExtractor(dicts, new TextExtractor.Options(s.pairA(), s.pairB(), s.documentDate(),
                        s.encoding() == null ? null : java.nio.charset.Charset.forName(s.encoding()),
                        CoderOptions.narrative()));
                built = s;
                builds++;
            }
            return extractor;
        }
    }

    /** The documents the arguments name: files, and the regular files under folders, sorted. */
    public static List<Path> documents(List<String> arguments) throws IOException {
        List<Path> out = new ArrayList<>();
        for (String a : arguments) {
            Path p = Path.of(a);
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                            .sorted().forEach(f -> out.add(f.toAbsolutePath().normalize()));
                }
            } else if (Files.isRegularFile(p)) {
                if (!Files.isReadable(p)) {
                    throw new InvalidValueException("cannot read the document '" + a + "' (permission denied)");
                }
                out.add(p.toAbsolutePath().normalize());
            } else {
                throw new InvalidValueException("no such file or directory: '" + a + "'");
            }
        }
        if (out.isEmpty()) {
            throw new InvalidValueException("no documents in " + arguments);
        }
        return out;
    }

    static Setup setup(Options o) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (Map.Entry<String, Path> e : o.dictionaries().entrySet()) {
            if (!Files.isRegularFile(e.getValue())) {
                throw new InvalidValueException("no such dictionary file: " + e.getValue());
            }
            files.put(e.getKey(), Files.readAllBytes(e.getValue()));
        }
        List<byte[]> persons = new ArrayList<>();
        for (Path p : o.persons()) {
            if (!Files.isRegularFile(p)) {
                throw new InvalidValueException("no such persons file: " + p);
            }
            persons.add(Files.readAllBytes(p));
        }
        return new Setup(o.pairA(), o.pairB(), o.documentDate(), o.encoding(), files, persons);
    }

    private static final StructType STAGED;
    private static final int N = EventRows.SCHEMA.size();

    static {
        List<StructField> f = new ArrayList<>(List.of(EventRows.SCHEMA.fields()));
        f.add(new StructField("_failed", DataTypes.StringType, true, Metadata.empty()));
        STAGED = new StructType(f.toArray(new StructField[0]));
    }

    /** Runs the extraction of {@code inputs} into Parquet at {@code out}. */
    public static Result run(SparkSession spark, List<String> inputs, String out, Options o) throws IOException {
        long t0 = System.nanoTime();
        List<Path> docs = documents(inputs);
        Setup setup = setup(o);
        SparkImport.checkOutput(spark, out, o.overwrite());
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Broadcast<Setup> b = jsc.broadcast(setup);
        List<String> paths = docs.stream().map(Path::toString).toList();
        JavaRDD<Row> rows = jsc.parallelize(paths, Math.max(1, paths.size())).mapPartitions(it -> extract(it, b.value()));
        Dataset<Row> all = spark.createDataFrame(rows, STAGED).persist(org.apache.spark.storage.StorageLevel.DISK_ONLY());
        try {
            List<String> failed = all.where("_failed IS NOT NULL").select("_failed").collectAsList().stream()
                    .map(r -> r.getString(0)).sorted().toList();
            spark.conf().set("spark.sql.sources.partitionOverwriteMode", "dynamic");
            org.apache.spark.sql.Observation obs = new org.apache.spark.sql.Observation("extract");
            all.where("_failed IS NULL").observe(obs, org.apache.spark.sql.functions.count(
                            org.apache.spark.sql.functions.lit(1)).as("n"))
                    .select(java.util.Arrays.stream(EventRows.SCHEMA.fieldNames()).map(org.apache.spark.sql.functions::col)
                            .toArray(org.apache.spark.sql.Column[]::new))
                    .write().mode(SaveMode.Overwrite).partitionBy("year").parquet(out);
            long n = ((Number) SparkImport.observed(obs).get("n")).longValue();
            return new Result(docs.size(), failed, n, (System.nanoTime() - t0) / 1e9);
        } finally {
            all.unpersist();
        }
    }

    /** A task: its documents through the extractor of this JVM. */
    static Iterator<Row> extract(Iterator<String> it, Setup s) throws IOException {
        TextExtractor x = Holder.get(s);
        List<Row> out = new ArrayList<>();
        while (it.hasNext()) {
            String path = it.next();
            List<Row> doc = new ArrayList<>();
            try {
                x.extract(Path.of(path), e -> {
                    Row r = EventRows.toRow(e.event());
                    Object[] v = new Object[N + 1];
                    for (int i = 0; i < N; i++) {
                        Object o = r.get(i);
                        v[i] = o instanceof List<?> l ? scala.jdk.javaapi.CollectionConverters.asScala(l) : o;
                    }
                    doc.add(RowFactory.create(v));
                });
                out.addAll(doc);
            } catch (RuntimeException e) {
                Object[] v = new Object[N + 1];
                v[N] = e instanceof UserFacing ? e.getMessage() : path + ": internal error: " + e;
                out.add(RowFactory.create(v));
            }
        }
        return out.iterator();
    }
}
