package org.dyad.analysis.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.dyad.analysis.AnalysisException;
import org.dyad.analysis.LeadLag;
import org.dyad.analysis.change.PhaseFinder;
import org.dyad.store.Granularity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvSeriesTest {
    @TempDir
    Path dir;

    Path file(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void readsTabCommaAndSemicolonWithAnyPeriod() throws IOException {
        TimeSeries m = CsvSeries.read(file("m.csv", "month,a,b\n1996-04,1.5,2\n1996-05,-1,3\n1996-06,0,\"4\"\n"), null);
        assertThat(m.granularity()).isEqualTo(Granularity.MONTH);
        assertThat(m.column("a")).containsExactly(1.5, -1, 0);
        assertThat(m.column("b")).containsExactly(2, 3, 4);
        TimeSeries q = CsvSeries.read(file("q.tsv", "# comment\nq\tx\n1993-Q4\t1\n1994-Q1\t2\n"), null);
        assertThat(q.granularity()).isEqualTo(Granularity.QUARTER);
        assertThat(q.periods()).containsExactly(LocalDate.of(1993, 10, 1), LocalDate.of(1994, 1, 1));
        TimeSeries w = CsvSeries.read(file("w.csv", "x;week\n5;1979-04-15\n6;1979-04-22\n"), "week");
        assertThat(w.granularity()).isEqualTo(Granularity.WEEK);
        assertThat(w.columnNames()).containsExactly("x");
        TimeSeries y = CsvSeries.read(file("y.csv", "year,v\n1992,1\n1993,2\n1994,3\n"), null);
        assertThat(y.granularity()).isEqualTo(Granularity.YEAR);
    }

    @Test
    void badFilesNameTheLineAndWhatIsNeeded() throws IOException {
        assertThatThrownBy(() -> CsvSeries.read(dir.resolve("none.csv"), null)).hasMessageContaining("no such file");
        assertThatThrownBy(() -> CsvSeries.read(file("gap.csv", "month,a\n1996-04,1\n1996-06,2\n"), null))
                .isInstanceOf(AnalysisException.class)
                .hasMessageContaining("gap.csv:3").hasMessageContaining("missing dates").hasMessageContaining("every month");
        assertThatThrownBy(() -> CsvSeries.read(file("nodate.csv", "month,a\n1996-04,1\n,2\n"), null))
                .hasMessageContaining("nodate.csv:3: missing date");
        assertThatThrownBy(() -> CsvSeries.read(file("order.csv", "month,a\n1996-04,1\n1996-03,2\n"), null))
                .hasMessageContaining("time order");
        assertThatThrownBy(() -> CsvSeries.read(file("text.csv", "month,a\n1996-04,high\n"), null))
                .hasMessageContaining("text.csv:2: column 'a' holds 'high', not a number");
        assertThatThrownBy(() -> CsvSeries.read(file("date.csv", "month,a\n04/1996,1\n"), null))
                .hasMessageContaining("not a date");
        assertThatThrownBy(() -> CsvSeries.read(file("f.csv", "month,a\n1996-04,1,2\n"), null))
                .hasMessageContaining("3 fields where the header has 2");
        TimeSeries na = CsvSeries.read(file("na.csv", "month,a,b\n1996-04,1,NA\n1996-05,2,3\n"), null);
        assertThatThrownBy(() -> na.column("b")).hasMessageContaining("column 'b' has 1 missing value")
                .hasMessageContaining("1996-04");
        assertThatThrownBy(() -> na.column("c")).hasMessageContaining("no column 'c'").hasMessageContaining("it has: a");
        assertThatThrownBy(() -> CsvSeries.read(file("dc.csv", "month,a\n1996-04,1\n"), "date"))
                .hasMessageContaining("has no column 'date'; its columns are: month, a");
    }

    @Test
    void analysesRefuseSeriesThatCannotCarryThem() throws IOException {
        TimeSeries s = CsvSeries.read(file("s.csv", "year,a,b,c\n1990,1,5,2\n1991,2,5,1\n1992,4,5,3\n1993,3,5,1\n1994,5,5,2\n"), null);
        assertThatThrownBy(() -> LeadLag.run(s, "a", "c", LeadLag.Options.defaults().withLags(2)))
                .isInstanceOf(AnalysisException.class).hasMessageContaining("has 5 periods").hasMessageContaining("needs at least 8");
        assertThatThrownBy(() -> LeadLag.run(s, "a", "b", LeadLag.Options.defaults().withLags(1)))
                .hasMessageContaining("'b' is constant");
        assertThatThrownBy(() -> PhaseFinder.find(s, "b", PhaseFinder.Options.defaults(), List.of()))
                .hasMessageContaining("constant");
    }

    /** Any line, however broken, is read or refused with a user-facing message; never another exception. */
    @Property(tries = 300)
    void arbitraryLinesNeverCrashTheReader(@ForAll String line) throws IOException {
        Path p = Files.createTempFile("fuzz", ".csv");
        try {
            Files.writeString(p, "month,a\n1996-04,1\n" + line + "\n");
            try {
                CsvSeries.read(p, null);
            } catch (AnalysisException expected) {
                assertThat(expected.getMessage()).isNotBlank();
            }
        } finally {
            Files.deleteIfExists(p);
        }
    }
}
