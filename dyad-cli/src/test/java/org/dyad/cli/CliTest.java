package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dyad.model.Event;
import org.dyad.model.json.EventJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CliTest {
    @TempDir
    Path tmp;

    @Test
    void reportPrintsTheSummaryAndWritesAnOfflineHtmlFile() throws Exception {
        Path html = tmp.resolve("r.html");
        CliRun r = CliRun.run(tmp.resolve("store"), "report", "IRN", "AZE", "-o", html.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("Iran – Azerbaijan (IRN–AZE)").contains("Events by year and quad class")
                .contains("Yearly Goldstein sum").contains("Top event types").contains("042   Make a visit")
                .contains("Golden period");
        String page = Files.readString(html);
        assertThat(page).startsWith("<!DOCTYPE html>").contains("id=\"dyad-data\"").contains("ev-irnaze-042")
                .contains("window.DyadCharts").contains("echarts");
        // offline: nothing is loaded from elsewhere (ECharts' own text names namespaces, which load nothing)
        assertThat(page).doesNotContain("<script src").doesNotContain("<link").doesNotContainPattern(
                "(src|href)=\"?(https?:)?//").doesNotContain("@import").doesNotContainPattern("url\\(['\"]?https?:");
        assertThat(Files.size(html)).isLessThan(3_000_000);
    }

    @Test
    void countriesMayBeNamesOrCodesInEitherOrder() {
        Path store = tmp.resolve("store");
        CliRun a = CliRun.run(store, "events", "Azerbaijan", "Iran", "--format", "jsonl");
        CliRun b = CliRun.run(store, "events", "IRN", "AZE", "--format", "jsonl");
        assertThat(a.exit()).isZero();
        assertThat(a.out()).isEqualTo(b.out());
        assertThat(a.out().lines().count()).isGreaterThanOrEqualTo(100);
    }

    @Test
    void eventsFilterByDateCodeAndDirection() {
        Path store = tmp.resolve("store");
        CliRun r = CliRun.run(store, "events", "IRN", "AZE", "--directed", "--root", "04", "--from", "1993",
                "--to", "1993", "--format", "jsonl");
        assertThat(r.exit()).as(r.err()).isZero();
        List<Event> events = r.out().lines().map(EventJson::read).toList();
        assertThat(events).isNotEmpty().allSatisfy(e -> {
            assertThat(e.sourceCountry()).isEqualTo("IRN");
            assertThat(e.targetCountry()).isEqualTo("AZE");
            assertThat(e.root()).isEqualTo("04");
            assertThat(e.date().overlaps(org.dyad.model.FuzzyDate.year(1993))).isTrue();
        });
        CliRun table = CliRun.run(store, "events", "IRN", "AZE", "--code", "057", "--from", "1993-10", "--to", "1993-10");
        assertThat(table.out()).contains("Sign formal agreement").contains("1993-10-26").endsWith("events\n");
        CliRun csv = CliRun.run(store, "events", "IRN", "AZE", "--format", "csv", "--limit", "3");
        assertThat(csv.out().lines()).hasSize(4).first().asString().startsWith("id,date,date_end");
    }

    @Test
    void exportWritesEachFormat() {
        Path store = tmp.resolve("store");
        for (String ext : new String[] {"csv", "jsonl", "parquet"}) {
            Path f = tmp.resolve("out." + ext);
            CliRun r = CliRun.run(store, "export", "IRN", "AZE", "-o", f.toString());
            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(r.out()).contains("events written to").contains("(" + ext + ")");
            assertThat(f).exists().isNotEmptyFile();
        }
        CliRun bad = CliRun.run(store, "export", "-o", tmp.resolve("out.xlsx").toString());
        assertThat(bad.exit()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(bad.err()).contains("--format csv, jsonl or parquet");
    }

    @Test
    void exportedEventsLoadIntoAnotherStore() {
        Path f = tmp.resolve("pair.jsonl");
        assertThat(CliRun.run(tmp.resolve("a"), "export", "IRN", "AZE", "-o", f.toString()).exit()).isZero();
        CliRun load = CliRun.run(tmp.resolve("b"), "load", f.toString());
        assertThat(load.exit()).as(load.err()).isZero();
        assertThat(load.out()).contains("0 events loaded").contains("already in the store");
        CliRun missing = CliRun.run(tmp.resolve("b"), "load", tmp.resolve("nope").toString());
        assertThat(missing.exit()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(missing.err()).contains("no such file or folder");
    }

    @Test
    void seriesReadParquetThroughAStoreInMemory() {
        Path f = tmp.resolve("pair.parquet");
        assertThat(CliRun.run(tmp.resolve("a"), "export", "IRN", "AZE", "--format", "parquet", "-o", f.toString()).exit())
                .isZero();
        CliRun fromStore = CliRun.run(tmp.resolve("a"), "series", "IRN", "AZE", "--period", "year", "--format", "csv");
        CliRun fromParquet = CliRun.run(tmp.resolve("empty"), "series", "IRN", "AZE", "--period", "year", "--format",
                "csv", "--parquet", f.toString());
        assertThat(fromParquet.exit()).as(fromParquet.err()).isZero();
        assertThat(fromParquet.out()).isEqualTo(fromStore.out()).contains("1993");
        assertThat(tmp.resolve("empty")).doesNotExist();
        CliRun missing = CliRun.run(tmp.resolve("a"), "series", "IRN", "AZE", "--parquet", tmp.resolve("nope").toString());
        assertThat(missing.exit()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(missing.err()).contains("nope");
    }

    @Test
    void actorsAndCodes() {
        CliRun actors = CliRun.run(tmp.resolve("store"), "actors", "Aliyev");
        assertThat(actors.exit()).isZero();
        assertThat(actors.out()).contains("Heydar Aliyev").contains("President");
        CliRun codes = CliRun.run(null, "codes", "events", "visit");
        assertThat(codes.out()).contains("042").contains("Make a visit");
        CliRun countries = CliRun.run(null, "codes", "countries", "AZE");
        assertThat(countries.out()).contains("Azerbaijan").contains("373").contains("AJ");
    }

    @Test
    void badInputGetsOneLineAndExitStatusOne() {
        Path store = tmp.resolve("store");
        CliRun country = CliRun.run(store, "events", "IRN", "XYZ");
        assertThat(country.exit()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(country.err()).contains("unknown country 'XYZ'").contains("IRN or AZE");
        CliRun date = CliRun.run(store, "events", "IRN", "AZE", "--from", "93-10");
        assertThat(date.exit()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(date.err()).contains("malformed date '93-10'").contains("YYYY-MM-DD").doesNotContain("Exception");
        CliRun code = CliRun.run(store, "events", "IRN", "AZE", "--code", "099");
        assertThat(code.exit()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(code.err()).contains("unknown CAMEO event code '099'");
        CliRun option = CliRun.run(store, "events", "IRN", "AZE", "--frm", "1993");
        assertThat(option.exit()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(option.err()).contains("--frm");
    }

    @Test
    void aDamagedStoreIsReportedNotOverwritten() throws Exception {
        Path home = tmp.resolve("damaged");
        Files.createDirectories(home);
        Files.writeString(home.resolve("dyad.duckdb"), "not a database");
        CliRun r = CliRun.run(home, "report", "IRN", "AZE", "--no-html");
        assertThat(r.exit()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(r.err()).contains("damaged");
        assertThat(Files.readString(home.resolve("dyad.duckdb"))).isEqualTo("not a database");
    }

    @Test
    void everyCommandHasHelp() {
        CommandLine cl = Dyad.commandLine(new java.io.PrintWriter(new java.io.StringWriter()),
                new java.io.PrintWriter(new java.io.StringWriter()));
        for (var e : cl.getSubcommands().entrySet()) {
            if (e.getKey().equals("help")) {
                continue;
            }
            CliRun r = CliRun.run(null, e.getKey(), "--help");
            assertThat(r.exit()).as(e.getKey()).isZero();
            assertThat(r.out()).as(e.getKey()).contains("Usage: dyad " + e.getKey());
            assertThat(e.getValue().getCommandSpec().usageMessage().description()).as(e.getKey()).isNotEmpty();
        }
        CliRun bare = CliRun.run(null);
        assertThat(bare.out()).contains("Usage: dyad").contains("report");
    }
}
