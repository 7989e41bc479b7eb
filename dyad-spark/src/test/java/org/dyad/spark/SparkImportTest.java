package org.dyad.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.spark.sql.SparkSession;
import org.dyad.data.ImportOptions;
import org.dyad.data.ImportSummary;
import org.dyad.data.Importer;
import org.dyad.data.format.EventFormat;
import org.dyad.data.synth.Synth;
import org.dyad.data.synth.SynthOptions;
import org.dyad.model.Event;
import org.dyad.model.InvalidValueException;
import org.dyad.store.DyadStore;
import org.dyad.store.EventQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Spark import gives the events (and bad rows) the single-machine import into the store gives. */
class SparkImportTest {
    static SparkSession spark;
    static final Path SAMPLES = Path.of(System.getProperty("dyad.shared", "../../shared"), "datasets", "samples");

    @TempDir
    Path tmp;

    @BeforeAll
    static void start() {
        spark = SparkSessions.local(2, "spark-import-test");
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    /** The events {@code dyad import} stores from the files, and the bad rows it quarantines. */
    record Single(List<Event> events, List<String> bad, ImportSummary summary) {
    }

    Single single(List<Path> files, String format) throws IOException {
        Path home = Files.createTempDirectory(tmp, "store");
        try (DyadStore store = DyadStore.open(home)) {
            ImportSummary s = new Importer(store.imports(), ImportOptions.of(EventFormat.parseOrAuto(format),
                    home.resolve("quarantine")), null, false).run(files);
            List<String> bad = new ArrayList<>();
            if (Files.isDirectory(home.resolve("quarantine"))) {
                try (Stream<Path> q = Files.list(home.resolve("quarantine"))) {
                    for (Path p : q.sorted().toList()) {
                        // Spark's quarantine is UTF-8 text: bytes that are not UTF-8 show as U+FFFD
                        List<String> lines = new String(Files.readAllBytes(p), StandardCharsets.UTF_8).lines().toList();
                        bad.addAll(lines.subList(1, lines.size()));
                    }
                }
            }
            return new Single(store.events().query(EventQuery.all()), bad, s);
        }
    }

    static List<Event> sparkEvents(Path out) {
        return sparkEvents(spark, out);
    }

    static List<Event> sparkEvents(SparkSession spark, Path out) {
        return spark.read().schema(EventRows.SCHEMA).parquet(out.toString()).collectAsList().stream()
                .map(EventRows::fromRow).toList();
    }

    static List<String> sparkBad(Path out) throws IOException {
        List<String> bad = new ArrayList<>();
        try (Stream<Path> s = Files.list(out.resolve("_quarantine"))) {
            for (Path p : s.filter(f -> f.getFileName().toString().startsWith("part-")).sorted().toList()) {
                bad.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
            }
        }
        assertThat(bad.get(0)).isEqualTo("file\tline\treason\trow");
        return bad.subList(1, bad.size());
    }

    Path synth(String name, long rows, long seed) throws IOException {
        Path f = tmp.resolve(name);
        try (OutputStream o = Files.newOutputStream(f)) {
            new Synth(EventFormat.GDELT1, SynthOptions.of(rows, seed).withBadShare(0.01).withDuplicates(0.03, 0.2))
                    .write(o);
        }
        return f;
    }

    @Test
    void syntheticRowsWithDuplicatesAndBadRowsInPiecesGiveTheStoresEvents() throws IOException {
        Path a = synth("a.tsv", 6000, 11);
        // a later file reporting some of a's events again: the same ids (exact duplicates) and new ids
        // (near-duplicates across files, merged into a's events)
        List<String> lines = Files.readAllLines(a, StandardCharsets.ISO_8859_1);
        StringBuilder later = new StringBuilder();
        for (int i = 0; i < lines.size(); i += 7) {
            String l = lines.get(i);
            int tab = l.indexOf('\t');
            later.append(i % 2 == 0 || tab < 0 ? l : "9" + l.substring(0, tab) + l.substring(tab)).append('\n');
        }
        Path b = tmp.resolve("b.tsv");
        Files.writeString(b, later, StandardCharsets.ISO_8859_1);
        Single want = single(List.of(a, b), "gdelt1");
        assertThat(want.summary().collapsed()).isPositive();
        assertThat(want.summary().duplicates()).isPositive();

        Path out = tmp.resolve("out");
        SparkImport.Result r = SparkImport.run(spark, List.of(a.toString(), b.toString()), out.toString(),
                SparkImport.Options.of("gdelt1").withPieceBytes(100_000));
        assertThat(r.pieces()).isGreaterThan(10);
        assertThat(r.failed()).isEmpty();
        List<Event> got = sparkEvents(out);
        assertThat(got).hasSize(want.events().size());
        assertThat(got).containsExactlyInAnyOrderElementsOf(want.events());
        assertThat(r.events()).isEqualTo(want.events().size());
        assertThat(r.duplicates()).isEqualTo(want.summary().duplicates());
        assertThat(r.collapsed()).isEqualTo(want.summary().collapsed());
        assertThat(want.bad()).isNotEmpty();
        assertThat(sparkBad(out)).containsExactlyElementsOf(want.bad());
        assertThat(r.quarantined()).isEqualTo(want.bad().size());
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("dyad-staging"));
        }
        // the output loads into the store as the same events
        try (DyadStore store = DyadStore.inMemory()) {
            store.events().load(out, org.dyad.store.ExportFormat.PARQUET);
            assertThat(store.events().query(EventQuery.all())).containsExactlyInAnyOrderElementsOf(want.events());
        }
    }

    @Test
    void nearDuplicatesAreTheFullKeysWhenEveryKeyHashCollidesAndDecisionsTooBigToBroadcast() throws IOException {
        Path a = synth("a.tsv", 4000, 21);
        Path b = synth("b.tsv", 1500, 22);
        List<String> inputs = List.of(a.toString(), b.toString());
        SparkImport.Options o = SparkImport.Options.of("gdelt1").withPieceBytes(100_000);
        Single want = single(List.of(a, b), "gdelt1");
        assertThat(want.summary().collapsed()).isPositive();
        SparkImport.Result usual = SparkImport.run(spark, inputs, tmp.resolve("usual").toString(), o);
        assertThat(sparkEvents(tmp.resolve("usual"))).containsExactlyInAnyOrderElementsOf(want.events());
        String hash = SparkImport.keyHash;
        long broadcast = SparkImport.broadcastDecisions;
        SparkImport.keyHash = "0L"; // every key shares one hash: only the full keys tell the groups apart
        SparkImport.broadcastDecisions = -1; // the decisions joined to the wide rows by a shuffle
        try {
            Path out = tmp.resolve("out");
            SparkImport.Result r = SparkImport.run(spark, inputs, out.toString(), o);
            assertThat(sparkEvents(out)).containsExactlyInAnyOrderElementsOf(want.events());
            assertThat(r.events()).isEqualTo(usual.events());
            assertThat(r.duplicates()).isEqualTo(usual.duplicates());
            assertThat(r.collapsed()).isEqualTo(usual.collapsed()).isPositive();
        } finally {
            SparkImport.keyHash = hash;
            SparkImport.broadcastDecisions = broadcast;
        }
    }

    @Test
    void theRealSamplesGiveTheStoresEvents() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(SAMPLES), "no " + SAMPLES);
        List<Path> files = Stream.of("gdelt1_daily_20160728_58col_reed9999.tsv", "gdelt1_historical_57col_reed9999.tsv",
                "gdelt2_20180326044500.export.CSV", "gdelt2_mentions_sample_gdeltPyR.csv", "icews_events.2018.sample.tab")
                .map(SAMPLES::resolve).filter(Files::isRegularFile).toList();
        Assumptions.assumeTrue(files.size() == 5, "samples missing");
        Single want = single(files, "auto");
        Path out = tmp.resolve("out");
        SparkImport.Result r = SparkImport.run(spark, files.stream().map(Path::toString).toList(), out.toString(),
                SparkImport.Options.of("auto").withPieceBytes(200_000));
        assertThat(r.pieces()).isGreaterThan(files.size());
        assertThat(r.skipped()).hasSize(1);
        assertThat(want.events()).hasSizeGreaterThan(1000);
        assertThat(sparkEvents(out)).containsExactlyInAnyOrderElementsOf(want.events());
        assertThat(sparkBad(out)).containsExactlyElementsOf(want.bad());
    }

    @Test
    void aDamagedArchiveAmongGoodFilesIsNamedAndFailsAlone() throws IOException {
        Path good = synth("good.tsv", 2000, 3);
        Path zip = tmp.resolve("bad.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new ZipEntry("inside.tsv"));
            z.write(Files.readAllBytes(synth("inside.tsv", 3000, 4)));
            z.closeEntry();
        }
        byte[] bytes = Files.readAllBytes(zip);
        Files.write(zip, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        Path other = tmp.resolve("other.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(other))) {
            z.putNextEntry(new ZipEntry("other.tsv"));
            z.write(Files.readAllBytes(synth("other-inside.tsv", 1000, 5)));
            z.closeEntry();
        }
        Single want = single(List.of(good, zip, other), "gdelt1");
        assertThat(want.summary().failed()).isEqualTo(1);
        Path out = tmp.resolve("out");
        SparkImport.Result r = SparkImport.run(spark, List.of(good.toString(), zip.toString(), other.toString()),
                out.toString(), SparkImport.Options.of("gdelt1").withPieceBytes(50_000));
        assertThat(r.failed()).hasSize(1);
        assertThat(r.failed().get(0)).contains("bad.zip").contains("damaged");
        assertThat(sparkEvents(out)).containsExactlyInAnyOrderElementsOf(want.events());
    }

    @Test
    void aMissingInputIsNamedBeforeAnyWork() {
        Path out = tmp.resolve("out");
        assertThatThrownBy(() -> SparkImport.run(spark, List.of(tmp.resolve("nope.tsv").toString()), out.toString(),
                SparkImport.Options.of("gdelt1")))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("nope.tsv");
        assertThat(out).doesNotExist();
    }

    @Test
    void aNonEmptyOutputIsRefusedAndOverwriteReplacesOnlyTheYearsWritten() throws IOException {
        Path early = tmp.resolve("early.tsv");
        Path late = tmp.resolve("late.tsv");
        for (Path p : List.of(early, late)) {
            boolean e = p == early;
            try (OutputStream o = Files.newOutputStream(p)) {
                new Synth(EventFormat.GDELT1, SynthOptions.of(500, e ? 1 : 2).withDates(
                        java.time.LocalDate.of(e ? 1995 : 2005, 1, 1), java.time.LocalDate.of(e ? 1996 : 2006, 12, 31)))
                        .write(o);
            }
        }
        Path out = tmp.resolve("out");
        SparkImport.run(spark, List.of(early.toString()), out.toString(), SparkImport.Options.of("gdelt1"));
        List<Event> first = sparkEvents(out);
        assertThatThrownBy(() -> SparkImport.run(spark, List.of(late.toString()), out.toString(),
                SparkImport.Options.of("gdelt1")))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("not empty").hasMessageContaining("--overwrite");
        assertThat(sparkEvents(out)).containsExactlyInAnyOrderElementsOf(first);
        SparkImport.Result r = SparkImport.run(spark, List.of(late.toString()), out.toString(),
                SparkImport.Options.of("gdelt1").withOverwrite(true));
        assertThat(r.years()).contains(1995, 1996, 2005, 2006);
        List<Event> both = new ArrayList<>(first);
        both.addAll(single(List.of(late), "gdelt1").events());
        assertThat(sparkEvents(out)).containsExactlyInAnyOrderElementsOf(both);
        // a rerun of the same input replaces its years and keeps the others
        SparkImport.run(spark, List.of(late.toString()), out.toString(), SparkImport.Options.of("gdelt1").withOverwrite(true));
        assertThat(sparkEvents(out)).containsExactlyInAnyOrderElementsOf(both);
    }
}
