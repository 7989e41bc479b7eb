package org.dyad.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.dyad.analysis.series.CsvSeries;
import org.dyad.analysis.series.TimeSeries;
import org.dyad.analysis.stats.LagSelection;
import org.dyad.model.SharedData;
import org.junit.jupiter.api.Test;

class LeadLagTest {
    static TimeSeries weekly() {
        Path p = SharedData.path("datasets/samples/msbvar/IsraelPalestineConflict_weekly_goldstein_1979-2003.tsv");
        return CsvSeries.read(p, null);
    }

    @Test
    void israelPalestineReciprocityBothWaysWithReproduciblePermutations() {
        LeadLag.Options o = new LeadLag.Options(4, 0, LagSelection.Criterion.BIC, 199, 42L, 0.05);
        LeadLag.Result a = LeadLag.run(weekly(), "i2p", "p2i", o);
        LeadLag.Result b = LeadLag.run(weekly(), "i2p", "p2i", o);
        assertThat(a).isEqualTo(b);
        assertThat(a.verdict()).startsWith("feedback");
        assertThat(a.forward().fStat()).isCloseTo(13.2277423461479, org.assertj.core.data.Percentage.withPercentage(1e-6));
        assertThat(a.forward().permutations()).isEqualTo(199);
        assertThat(a.forward().permutationExact()).isFalse();
        assertThat(a.forward().permutationPValue()).isLessThan(0.05);
        LeadLag.Result other = LeadLag.run(weekly(), "i2p", "p2i", new LeadLag.Options(4, 0, LagSelection.Criterion.BIC, 199, 43L, 0.05));
        assertThat(other.forward().fStat()).isEqualTo(a.forward().fStat());
    }

    @Test
    void lagOrderChosenByTheCriterionAsked() {
        LeadLag.Result r = LeadLag.run(weekly(), "i2p", "p2i", new LeadLag.Options(null, 12, LagSelection.Criterion.BIC, 0, 1L, 0.05));
        assertThat(r.lags()).isEqualTo(11); // vars::VARselect SC(n) on this series, see reference/var_reference.tsv
        assertThat(r.lagChoice()).isEqualTo("bic over 1..12");
        assertThat(r.selection().byAic()).isEqualTo(12);
        assertThat(r.warnings()).noneMatch(w -> w.contains("non-zero"));
    }

    @Test
    void exactShiftTestOnShortSeries() {
        double[] x = new double[40];
        double[] y = new double[40];
        java.util.SplittableRandom r = new java.util.SplittableRandom(1);
        for (int i = 0; i < 40; i++) {
            x[i] = r.nextDouble() < 0.3 ? 1 : 0;
            y[i] = (i > 0 && x[i - 1] > 0 ? 2 : 0) + (r.nextDouble() < 0.1 ? 1 : 0);
        }
        java.util.List<java.time.LocalDate> days = new java.util.ArrayList<>();
        java.util.List<String> labels = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            days.add(java.time.LocalDate.of(1980 + i, 1, 1));
            labels.add(String.valueOf(1980 + i));
        }
        TimeSeries s = new TimeSeries("t", org.dyad.store.Granularity.YEAR, days, labels,
                java.util.Map.of("x", x, "y", y), java.util.List.of());
        LeadLag.Result res = LeadLag.run(s, "x", "y", LeadLag.Options.defaults().withLags(1));
        assertThat(res.forward().permutationExact()).isTrue();
        assertThat(res.forward().permutations()).isEqualTo(40 - 1 - 2 * 2);
        assertThat(res.forward().leads()).isTrue();
        assertThat(res.warnings()).anyMatch(w -> w.contains("non-zero"));
    }
}
