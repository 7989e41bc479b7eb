package org.dyad.model.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void plainOutputEndsWithOneSummaryLineAndNoCarriageReturns() {
        StringWriter s = new StringWriter();
        try (Progress p = Progress.start(new PrintWriter(s), false, "gdelt 1979.csv", 1000, "rows", 0)) {
            p.update(500, 12_345);
            assertThat(p.line()).startsWith("gdelt 1979.csv  50% 12,345 rows").contains("rows/s").contains("ETA");
        }
        assertThat(s.toString()).doesNotContain("\r").contains("12,345 rows").endsWith(System.lineSeparator());
        assertThat(s.toString().lines()).hasSize(2);
    }

    @Test
    void terminalOutputDrawsABarInPlace() {
        StringWriter s = new StringWriter();
        Progress p = Progress.start(new PrintWriter(s), true, "icews", 100, "rows", 0);
        p.update(25, 10);
        assertThat(p.line()).contains("[######..................]").contains(" 25%");
        p.close();
        p.close();
        assertThat(s.toString()).startsWith("\r").contains("[").endsWith(System.lineSeparator());
        assertThat(s.toString().split(System.lineSeparator(), -1)).hasSize(2);
    }

    @Test
    void aJobShorterThanOneRedrawLeavesNoTrace() {
        StringWriter s = new StringWriter();
        Progress p = Progress.start(new PrintWriter(s), false, "tiny.tsv", 10, "rows");
        p.update(10, 10);
        p.close();
        assertThat(s.toString()).isEmpty();
    }

    @Test
    void unknownTotalShowsNoPercentageNorEta() {
        Progress p = Progress.start(null, false, "stdin", -1, "rows");
        p.update(10, 10);
        assertThat(p.line()).doesNotContain("%").doesNotContain("ETA");
        p.close();
    }

    @Test
    void durationsReadNaturally() {
        assertThat(Progress.duration(42.4)).isEqualTo("42 s");
        assertThat(Progress.duration(185)).isEqualTo("3 min 05 s");
        assertThat(Progress.duration(7620)).isEqualTo("2 h 07 min");
    }
}
