package org.dyad.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.dyad.data.format.EventFormat;
import org.dyad.data.format.RowFilter;
import org.dyad.model.Event;
import org.dyad.model.SharedData;
import org.dyad.store.DyadStore;
import org.dyad.store.EventQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Imports into a real store on disk. */
class ImportIT {
    /** A GDELT 1.0 historical row; fields 0 (id), 1 (date), 15 (Actor2Code) and 26 (code) are varied. */
    static String gdeltRow(long id, String date, String target, String code) {
        return id + "\t" + date + "\t" + date.substring(0, 6) + "\t" + date.substring(0, 4) + "\t1982.0055\tIRNGOV\tIRAN"
                + "\tIRN\t\t\t\t\t\t\t\t" + target + "\tAZERBAIJAN\t" + target.substring(0, 3) + "\t\t\t\t\t\t\t\t1\t" + code
                + "\t" + code + "\t" + code.substring(0, 2) + "\t\t\t1\t1\t1\t0\t0\t\t\t\t\t\t\t0\t\t\t\t\t\t\t0\t\t\t\t\t\t"
                + "\t20130203";
    }

    @TempDir
    Path dir;
    DyadStore store;

    @BeforeEach
    void open() {
        store = DyadStore.open(dir.resolve("home"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    ImportSummary run(ImportOptions o, Path... files) {
        return new Importer(store.imports(), o, null, false).run(List.of(files));
    }

    ImportOptions auto() {
        return ImportOptions.of(null, dir.resolve("quarantine"));
    }

    long stored() {
        return store.events().count(EventQuery.all());
    }

    Path write(String name, String... lines) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, String.join("\n", lines) + "\n");
        return p;
    }

    @Test
    void realGdeltSamplesImportCleanlyAndASecondRunChangesNothing() {
        Path p57 = SharedData.path("datasets/samples/gdelt1_historical_57col_reed9999.tsv");
        Path p58 = SharedData.path("datasets/samples/gdelt1_daily_20160728_58col_reed9999.tsv");
        Path p61 = SharedData.path("datasets/samples/gdelt2_20180326044500.export.CSV");
        ImportSummary s = run(auto(), p57, p58, p61);
        assertThat(s.failed()).isZero();
        assertThat(s.quarantined()).isZero();
        assertThat(s.rowsRead()).isEqualTo(201 + 509 + 1540);
        assertThat(s.files()).extracting(FileResult::format).containsExactly("gdelt1", "gdelt1", "gdelt2");
        assertThat(s.kept() + s.duplicates() + s.collapsed()).isEqualTo(s.rowsRead());
        // the 2018 GDELT 2.0 file repeats (day, actors, code) keys: the research notes count 402 such rows
        assertThat(s.files().get(2).collapsed()).isPositive();
        assertThat(stored()).isEqualTo(s.kept());
        long before = stored();
        ImportSummary again = run(auto(), p57, p58, p61);
        assertThat(again.skipped()).isEqualTo(3);
        ImportSummary forced = run(auto().withForce(true), p57, p58, p61);
        assertThat(forced.kept()).isZero();
        assertThat(forced.duplicates()).isEqualTo(s.kept() + s.collapsed());
        assertThat(stored()).isEqualTo(before);
        Event tabriz = store.events().get("gdelt1:1553169").orElseThrow();
        assertThat(tabriz.flags()).contains("anachronism");
    }

    @Test
    void everyRealSampleIsRecognisedByAutoAndMentionsFilesAreSkippedWithTheReason() {
        ImportSummary s = run(auto(), SharedData.path("datasets/samples/icews_events.2018.sample.tab"),
                SharedData.path("datasets/samples/gdelt2_mentions_sample_gdeltPyR.csv"));
        assertThat(s.files().get(0).format()).isEqualTo("icews");
        assertThat(s.files().get(0).quarantined()).isZero();
        assertThat(s.files().get(0).rowsRead()).isEqualTo(3705);
        // the research notes count 971 rows repeating a (date, source, target, code) key across stories
        assertThat(s.files().get(0).collapsed()).isBetween(300L, 971L);
        Event consult = store.events().get("icews:32857415").or(() -> store.events().get("icews:32896733"))
                .orElseThrow();
        assertThat(consult.reports()).isEqualTo(2);
        assertThat(consult.reportIds()).containsExactlyInAnyOrder("icews:32857415", "icews:32896733");
        FileResult mentions = s.files().get(1);
        assertThat(mentions.status()).isEqualTo(FileResult.Status.SKIPPED);
        assertThat(mentions.message()).contains("mentions file");
    }

    @Test
    void nearDuplicatesCollapseIntoOneEventWithTheirReportsEvenAcrossFiles() throws IOException {
        Path a = write("a.tsv", gdeltRow(11, "19930110", "AZEGOV", "042"), gdeltRow(12, "19930110", "AZEGOV", "042"),
                gdeltRow(13, "19930110", "AZEGOV", "042"), gdeltRow(14, "19930111", "AZEGOV", "042"));
        ImportSummary s = run(ImportOptions.of(EventFormat.GDELT1, dir));
        s = run(ImportOptions.of(EventFormat.GDELT1, dir), a);
        assertThat(s.kept()).isEqualTo(2);
        assertThat(s.collapsed()).isEqualTo(2);
        Event e = store.events().get("gdelt1:11").orElseThrow();
        assertThat(e.reports()).isEqualTo(3);
        assertThat(e.reportIds()).containsExactly("gdelt1:11", "gdelt1:12", "gdelt1:13");
        Path b = write("b.tsv", gdeltRow(15, "19930110", "AZEGOV", "042"), gdeltRow(12, "19930110", "AZEGOV", "042"));
        ImportSummary t = run(ImportOptions.of(EventFormat.GDELT1, dir), b);
        assertThat(t.kept()).isZero();
        assertThat(t.collapsed()).isEqualTo(1);
        assertThat(t.duplicates()).isEqualTo(1);
        e = store.events().get("gdelt1:11").orElseThrow();
        assertThat(e.reports()).isEqualTo(4);
        assertThat(e.reportIds()).containsExactly("gdelt1:11", "gdelt1:12", "gdelt1:13", "gdelt1:15");
        assertThat(stored()).isEqualTo(2);
    }

    @Test
    void aDyadFilterKeepsOnlyThePairInEitherDirection() {
        Path p57 = SharedData.path("datasets/samples/gdelt1_historical_57col_reed9999.tsv");
        ImportSummary s = run(auto().withFilter(new RowFilter("AZE", "IRN", null, null)), p57);
        assertThat(s.rowsRead()).isEqualTo(201);
        assertThat(s.kept()).isEqualTo(1);
        assertThat(s.filtered()).isEqualTo(200);
        assertThat(store.events().get("gdelt1:1553169")).isPresent();
    }

    @Test
    void badRowsGoToTheQuarantineWithFileLineReasonAndRowAndTheRestIsImported() throws IOException {
        Path f = write("mixed.tsv", gdeltRow(1, "19930110", "AZE", "042"), gdeltRow(2, "19931310", "AZE", "042"),
                "", gdeltRow(3, "19930110", "AZE", "13y"), gdeltRow(4, "19930112", "AZE", "036"));
        ImportSummary s = run(ImportOptions.of(EventFormat.GDELT1, dir.resolve("q")), f);
        FileResult r = s.files().get(0);
        assertThat(r.rowsRead()).isEqualTo(4);
        assertThat(r.kept()).isEqualTo(2);
        assertThat(r.quarantined()).isEqualTo(2);
        assertThat(r.quarantine()).isEqualTo(dir.resolve("q").resolve("mixed.tsv.quarantine.tsv"));
        List<String> q = Files.readAllLines(r.quarantine());
        assertThat(q.get(0)).isEqualTo("file\tline\treason\trow");
        assertThat(q.get(1)).startsWith("mixed.tsv\t2\tSQLDATE '19931310' is not a date").endsWith(
                gdeltRow(2, "19931310", "AZE", "042"));
        assertThat(q.get(2)).startsWith("mixed.tsv\t4\tEventCode '13y'");
        assertThat(r.describe()).contains("4 rows read, 2 kept, 0 duplicate, 0 collapsed, 2 quarantined");
    }

    @Test
    void aTruncatedArchiveFailsWithItsNameAndStoresNothingOfIt() throws IOException {
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            rows.append(gdeltRow(100 + i, "19930110", "AZE", i % 2 == 0 ? "042" : "036")).append('\n');
        }
        Path gz = dir.resolve("events.tsv.gz");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(gz))) {
            o.write(rows.toString().getBytes(StandardCharsets.UTF_8));
        }
        Path good = write("good.tsv", gdeltRow(1, "19930110", "AZE", "042"));
        run(ImportOptions.of(EventFormat.GDELT1, dir), good);
        byte[] all = Files.readAllBytes(gz);
        Path cut = dir.resolve("cut.tsv.gz");
        Files.write(cut, java.util.Arrays.copyOf(all, all.length / 2));
        ImportSummary s = run(ImportOptions.of(EventFormat.GDELT1, dir), cut);
        FileResult r = s.files().get(0);
        assertThat(r.status()).isEqualTo(FileResult.Status.FAILED);
        assertThat(r.message()).contains("cut.tsv.gz:").contains("truncated or damaged").contains("nothing of this file");
        assertThat(stored()).isEqualTo(1);
        assertThat(store.batches().all()).hasSize(1);
        ImportSummary whole = run(ImportOptions.of(EventFormat.GDELT1, dir), gz);
        assertThat(whole.failed()).isZero();
        // the 036 rows become one new event; the 042 rows collapse and join the event of good.tsv
        assertThat(whole.kept()).isEqualTo(1);
        assertThat(whole.collapsed()).isEqualTo(19_999);
        assertThat(store.events().get("gdelt1:1").orElseThrow().reports()).isEqualTo(10_001);
    }

    @Test
    void aCommaSeparatedFileReadAsGdeltFailsEarlyWithAClearMessage() throws IOException {
        String[] lines = new String[200];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = String.join(",", gdeltRow(i, "19930110", "AZE", "042").split("\t"));
        }
        Path f = write("commas.csv", lines);
        FileResult r = run(ImportOptions.of(EventFormat.GDELT1, dir), f).files().get(0);
        assertThat(r.status()).isEqualTo(FileResult.Status.FAILED);
        assertThat(r.message()).contains("commas.csv:50: the first 50 rows are all bad").contains("not a gdelt1 file")
                .contains("comma-separated").contains("nothing of this file was stored");
        assertThat(stored()).isZero();
    }
}
