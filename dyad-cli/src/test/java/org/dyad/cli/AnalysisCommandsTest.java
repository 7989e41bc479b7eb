package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.dyad.model.SharedData;
import org.dyad.model.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analysis commands on the shipped Iran–Azerbaijan case study and on CSV series. */
class AnalysisCommandsTest {
    @TempDir
    Path tmp;

    @Test
    void seriesInEveryFormatWithChartAndExplain() throws Exception {
        Path store = tmp.resolve("store");
        CliRun t = CliRun.run(store, "series", "IRN", "AZE", "--period", "year", "--explain", "1993");
        assertThat(t.exit()).as(t.err()).isZero();
        assertThat(t.out()).contains("IRN–AZE, per year").contains("goldstein_sum").contains("1993")
                .contains("Events behind IRN–AZE in 1993").contains("irnaze-044");
        CliRun csv = CliRun.run(store, "series", "IRN", "AZE", "--period", "quarter", "--format", "csv");
        assertThat(csv.out().lines().findFirst().orElseThrow()).startsWith("period,events,verbal_cooperation")
                .contains("root04");
        Path svg = tmp.resolve("s.svg");
        CliRun json = CliRun.run(store, "series", "IRN", "AZE", "--directed", "--format", "json", "--chart", svg.toString());
        assertThat(json.exit()).as(json.err()).isZero();
        Map<String, Object> o = Json.parseObject(json.out().strip());
        assertThat(o).containsKeys("periods", "columns", "notes");
        assertThat(Files.readString(svg)).startsWith("<svg").contains("</svg>");
    }

    @Test
    void phasesSideBySideWithTheAssertedOnes() {
        CliRun r = CliRun.run(tmp.resolve("store"), "phases", "IRN", "AZE");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("Found phases").contains("Asserted phases").contains("Golden period")
                .containsPattern("Agreement: \\d\\.\\d\\d of the \\d+ periods");
        CliRun j = CliRun.run(tmp.resolve("store"), "phases", "IRN", "AZE", "--format", "json", "--method", "binseg");
        Map<String, Object> o = Json.parseObject(j.out().strip());
        assertThat(o).containsKeys("phases", "asserted", "agreement", "detection");
    }

    @Test
    void leadlagJsonHasTheStatisticsPerDirection() {
        Path weekly = SharedData.path("datasets/samples/msbvar/IsraelPalestineConflict_weekly_goldstein_1979-2003.tsv");
        CliRun r = CliRun.run(null, "leadlag", "--series", weekly.toString(), "--cause", "i2p", "--effect", "p2i",
                "--lags", "4", "--permutations", "99", "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out().strip().lines()).hasSize(1);
        Map<String, Object> o = Json.parseObject(r.out().strip());
        @SuppressWarnings("unchecked")
        java.util.List<Map<String, Object>> dirs = (java.util.List<Map<String, Object>>) o.get("directions");
        assertThat(dirs).hasSize(2).allSatisfy(d -> assertThat(d).containsKeys("lags", "f_stat", "p_value", "df_num", "df_den"));
        assertThat(((Number) dirs.get(0).get("f_stat")).doubleValue()).isCloseTo(13.2277423461479,
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(((Number) dirs.get(0).get("df_den")).intValue()).isEqualTo(2530);
    }

    @Test
    void theDialogueQuestionAnswersWithNumbersAndEvents() throws Exception {
        Path svg = tmp.resolve("d.svg");
        CliRun r = CliRun.run(tmp.resolve("store"), "leadlag", "IRN", "AZE", "--question", "dialogue", "--permutations", "99",
                "--chart", svg.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("Do high-level visits and meetings precede").contains("Answer: ")
                .contains("Effect size:").contains("Meetings and the cooperation that followed").contains("then irnaze-");
        assertThat(Files.readString(svg)).contains("<polyline").contains("cooperation");
        CliRun j = CliRun.run(tmp.resolve("store"), "leadlag", "IRN", "AZE", "--question", "dialogue", "--period",
                "quarter", "--permutations", "99", "--format", "json");
        Map<String, Object> o = Json.parseObject(j.out().strip());
        assertThat(o).containsKeys("answer", "enough_data", "test", "lift", "evidence");
    }

    @Test
    void triadNamesEveryThirdParty() {
        CliRun r = CliRun.run(tmp.resolve("store"), "triad", "IRN", "AZE", "--period", "year", "--permutations", "19");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("IRN–TUR", "AZE–RUS", "IRN–ARM", "AZE–USA").contains("who moves first");
    }

    @Test
    void badInputIsAUserErrorWithWhatIsNeeded() throws Exception {
        Path csv = tmp.resolve("s.csv");
        Files.writeString(csv, "year,a,b\n1990,1,2\n1991,2,1\n1993,3,3\n");
        CliRun gap = CliRun.run(null, "phases", "--series", csv.toString(), "--column", "a");
        assertThat(gap.exit()).isEqualTo(1);
        assertThat(gap.err()).contains("missing dates").doesNotContain("Exception");
        Files.writeString(csv, "year,a,b\n1990,1,2\n1991,2,1\n1992,3,3\n");
        CliRun col = CliRun.run(null, "phases", "--series", csv.toString(), "--column", "c");
        assertThat(col.exit()).isEqualTo(1);
        assertThat(col.err()).contains("no column 'c'").contains("it has: a, b");
        CliRun shortSeries = CliRun.run(null, "leadlag", "--series", csv.toString(), "--cause", "a", "--effect", "b",
                "--lags", "3");
        assertThat(shortSeries.exit()).isEqualTo(1);
        assertThat(shortSeries.err()).contains("has 3 periods").contains("needs at least");
        CliRun noPair = CliRun.run(tmp.resolve("store"), "leadlag", "IRN");
        assertThat(noPair.exit()).isEqualTo(1);
        assertThat(noPair.err()).contains("give two countries");
        CliRun period = CliRun.run(tmp.resolve("store"), "series", "IRN", "AZE", "--period", "decade");
        assertThat(period.exit()).isEqualTo(1);
        assertThat(period.err()).contains("expected week, month, quarter or year");
        CliRun constant = CliRun.run(tmp.resolve("store"), "leadlag", "IRN", "AZE", "--measure", "root19", "--period", "year");
        assertThat(constant.exit()).isEqualTo(1);
        assertThat(constant.err()).contains("constant");
    }
}
