package org.dyad.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FuzzyDateTest {

    @Test
    void writesTheEventFormatsPrefixes() {
        assertThat(FuzzyDate.day(1993, 10, 26).isoStart()).isEqualTo("1993-10-26");
        assertThat(FuzzyDate.day(1993, 10, 26).isoEnd()).isNull();
        assertThat(FuzzyDate.month(1992, 5).isoStart()).isEqualTo("1992-05");
        assertThat(FuzzyDate.year(2004).isoStart()).isEqualTo("2004");
        FuzzyDate june = FuzzyDate.range(FuzzyDate.day(1991, 6, 10), FuzzyDate.day(1991, 6, 11));
        assertThat(june.isoStart()).isEqualTo("1991-06-10");
        assertThat(june.isoEnd()).isEqualTo("1991-06-11");
        assertThat(june.precision()).isEqualTo(Precision.DAY);
    }

    @Test
    void aSeasonIsItsFirstAndLastMonth() {
        FuzzyDate autumn = FuzzyDate.season(Season.AUTUMN, 1994);
        assertThat(autumn.isoStart()).isEqualTo("1994-09");
        assertThat(autumn.isoEnd()).isEqualTo("1994-11");
        assertThat(autumn.precision()).isEqualTo(Precision.SEASON);
        assertThat(autumn.latest()).isEqualTo(LocalDate.of(1994, 11, 30));
        FuzzyDate winter = FuzzyDate.season(Season.WINTER, 1994);
        assertThat(winter.isoEnd()).isEqualTo("1995-02");
        assertThat(FuzzyDate.parse("1994-09", null, "season")).isEqualTo(autumn);
    }

    @Test
    void theSecondHalfOfAYearIsAMonthRange() {
        FuzzyDate h2 = FuzzyDate.months(1991, 7, 12);
        assertThat(h2.isoStart()).isEqualTo("1991-07");
        assertThat(h2.isoEnd()).isEqualTo("1991-12");
        assertThat(FuzzyDate.parse("1991-07", "1991-12", "month")).isEqualTo(h2);
    }

    @Test
    void aYearRangeReadsBack() {
        FuzzyDate r = FuzzyDate.parse("1993", "2001", "year");
        assertThat(r.earliest()).isEqualTo(LocalDate.of(1993, 1, 1));
        assertThat(r.latest()).isEqualTo(LocalDate.of(2001, 12, 31));
        assertThat(r.toString()).isEqualTo("1993/2001");
    }

    @Test
    void overlapAndContainment() {
        FuzzyDate y1993 = FuzzyDate.year(1993);
        assertThat(y1993.overlaps(FuzzyDate.day(1993, 10, 26))).isTrue();
        assertThat(y1993.contains(FuzzyDate.month(1993, 8))).isTrue();
        assertThat(y1993.overlaps(FuzzyDate.year(1994))).isFalse();
        assertThat(FuzzyDate.month(1993, 12).overlaps(FuzzyDate.season(Season.WINTER, 1993))).isTrue();
    }

    @Test
    void orderPutsTheEarlierFirstThenTheNarrower() {
        assertThat(FuzzyDate.day(1993, 1, 1)).isLessThan(FuzzyDate.month(1993, 1));
        assertThat(FuzzyDate.month(1993, 1)).isLessThan(FuzzyDate.year(1993));
        assertThat(FuzzyDate.year(1992)).isLessThan(FuzzyDate.day(1993, 1, 1));
    }

    @Test
    void malformedDatesSayWhatIsAccepted() {
        assertThatThrownBy(() -> FuzzyDate.parse("1993/10/26"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("1993/10/26").hasMessageContaining("YYYY-MM-DD");
        assertThatThrownBy(() -> FuzzyDate.parse("1993-02-30"))
                .hasMessageContaining("day 30 does not exist in 1993-02");
        assertThatThrownBy(() -> FuzzyDate.parse("1993-13")).hasMessageContaining("month 13");
        assertThatThrownBy(() -> FuzzyDate.parse("1995", "1993", "year")).hasMessageContaining("before");
        assertThatThrownBy(() -> FuzzyDate.parse("1993", null, "day"))
                .hasMessageContaining("less precisely");
        assertThatThrownBy(() -> FuzzyDate.parse("1993", null, "weekly"))
                .hasMessageContaining("expected day, month, season or year");
    }
}
