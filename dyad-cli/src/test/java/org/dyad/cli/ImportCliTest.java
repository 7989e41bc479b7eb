package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dyad.model.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCliTest {
    @TempDir
    Path tmp;

    @Test
    void synthThenImportThenImportAgain() throws Exception {
        Path store = tmp.resolve("store");
        Path file = tmp.resolve("g.tsv.gz");
        CliRun s = CliRun.run(null, "synth", "gdelt1", "--rows", "20000", "--seed", "5", "-o", file.toString());
        assertThat(s.exit()).as(s.err()).isZero();
        assertThat(s.out()).contains("20,000 gdelt1 rows");
        CliRun i = CliRun.run(store, "import", "auto", file.toString(), "--quiet");
        assertThat(i.exit()).as(i.err()).isZero();
        assertThat(i.out()).contains("(gdelt1): 20,000 rows read").contains("quarantined").contains("rows/s");
        assertThat(i.out()).contains(store.resolve("quarantine").toString());
        CliRun again = CliRun.run(store, "import", "auto", file.toString(), "--quiet");
        assertThat(again.exit()).isZero();
        assertThat(again.out()).contains("skipped, already imported (same content)");
        CliRun pair = CliRun.run(store, "events", "IRN", "AZE", "--format", "jsonl");
        assertThat(pair.out().lines().filter(l -> l.contains("\"origin\":\"gdelt1\""))).isNotEmpty();
    }

    @Test
    void theDyadFilterTakesNamesAndPlainProgressLinesGoToStderr() {
        Path file = tmp.resolve("i.tab");
        CliRun.run(null, "synth", "icews", "--rows", "5000", "-o", file.toString());
        CliRun i = CliRun.run(tmp.resolve("store"), "import", "icews", file.toString(), "--dyad", "Iran,Azerbaijan",
                "--from", "2000", "--to", "2010");
        assertThat(i.exit()).as(i.err()).isZero();
        assertThat(i.out()).contains("outside the filter");
        assertThat(i.err()).contains("i.tab: storing").doesNotContain("\r");
    }

    @Test
    void realSamplesImportCleanly() {
        Path dir = SharedData.path("datasets/samples");
        CliRun i = CliRun.run(tmp.resolve("store"), "import", "auto",
                dir.resolve("gdelt1_historical_57col_reed9999.tsv").toString(),
                dir.resolve("gdelt1_daily_20160728_58col_reed9999.tsv").toString(),
                dir.resolve("gdelt2_20180326044500.export.CSV").toString(),
                dir.resolve("icews_events.2018.sample.tab").toString(), "--quiet");
        assertThat(i.exit()).as(i.out() + i.err()).isZero();
        assertThat(i.out()).contains("total: 5,955 rows read").contains(" 0 quarantined")
                .doesNotContain("FAILED");
    }

    @Test
    void userErrorsExitWithOneAndAClearMessage() throws Exception {
        CliRun unknown = CliRun.run(tmp.resolve("store"), "import", "gdelt3", "x.tsv");
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err()).contains("unknown format 'gdelt3': expected auto, gdelt1, gdelt2, icews");
        CliRun missing = CliRun.run(tmp.resolve("store"), "import", "auto", tmp.resolve("none.tsv").toString());
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).contains("no such file or directory");
        Path junk = Files.write(tmp.resolve("junk.bin"), new byte[] {0, 1, 2, 3, '\n', 5, 6});
        CliRun bad = CliRun.run(tmp.resolve("store"), "import", "auto", junk.toString(), "--quiet");
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.out()).contains("junk.bin: FAILED").contains("junk.bin:1: cannot tell the format");
        CliRun pair = CliRun.run(tmp.resolve("store"), "import", "auto", junk.toString(), "--dyad", "IRN");
        assertThat(pair.exit()).isEqualTo(1);
        assertThat(pair.err()).contains("--dyad takes two countries");
    }

    @Test
    void benchRunsAllThreeMeasurementsInOneRun() {
        CliRun b = CliRun.run(null, "bench", "import", "--rows", "20000", "--dir", tmp.resolve("bench").toString());
        assertThat(b.exit()).as(b.err()).isZero();
        assertThat(b.out()).contains("DuckDB read_csv into a table").contains("dyad import (whole file, de-duplicated)")
                .contains("dyad import --dyad IRN,AZE").contains("peak heap").contains("targets:");
    }
}
