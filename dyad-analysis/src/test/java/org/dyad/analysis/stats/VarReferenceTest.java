package org.dyad.analysis.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyad.analysis.series.CsvSeries;
import org.dyad.analysis.series.TimeSeries;
import org.dyad.model.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * VAR coefficients, residual covariance, lag-selection criteria and Granger tests on the MSBVAR
 * event series (weekly Israel–Palestine Goldstein sums 1979–2003, K=2; monthly BCF2008 means with
 * the JPI, K=3) against R vars 1.x and lmtest: {@code reference/var_reference.R} made
 * {@code reference/var_reference.tsv}. Agreement is asserted to a relative 1e-7, far inside the
 * 4 significant digits asked; see dyad-analysis/VALIDATION.md.
 */
class VarReferenceTest {
    static final double TOLERANCE = 1e-7;
    static Map<String, Double> ref = new LinkedHashMap<>();
    static double worst;
    static String worstKey;
    static int compared;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = VarReferenceTest.class.getResourceAsStream("/org/dyad/analysis/reference/var_reference.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("#") || line.isBlank()) continue;
                String[] f = line.split("\t");
                ref.put(f[0], Double.parseDouble(f[1].trim()));
            }
        }
    }

    @org.junit.jupiter.api.AfterAll
    static void report() {
        if (compared > 0) {
            System.err.printf("VarReferenceTest: %d figures compared with R, largest relative difference %.3g (%s)%n",
                    compared, worst, worstKey);
        }
    }

    static TimeSeries weekly() {
        Path p = SharedData.path("datasets/samples/msbvar/IsraelPalestineConflict_weekly_goldstein_1979-2003.tsv");
        return CsvSeries.read(p, null);
    }

    static TimeSeries bcf() {
        return CsvSeries.read(SharedData.path("datasets/samples/msbvar/BCF2008_monthly_I2P_P2I_JPI_1996-2005.tsv"), null);
    }

    static void close(String key, double actual) {
        Double expected = ref.get(key);
        assertThat(expected).as("reference value " + key).isNotNull();
        double scale = Math.max(Math.abs(expected), 1e-300);
        double rel = Math.abs(actual - expected) / scale;
        compared++;
        if (rel > worst) {
            worst = rel;
            worstKey = key;
        }
        assertThat(Math.abs(actual - expected) / scale).as(key + ": dyad " + actual + " vs R " + expected)
                .isLessThan(TOLERANCE);
    }

    static void check(String tag, TimeSeries s, List<String> names, int[] orders, int lagMax) {
        double[][] y = s.matrix(names);
        LagSelection.Result sel = LagSelection.select(names, y, lagMax);
        for (int i = 1; i <= lagMax; i++) {
            close(tag + ".select.aic." + i, sel.aic()[i - 1]);
            close(tag + ".select.hq." + i, sel.hq()[i - 1]);
            close(tag + ".select.bic." + i, sel.bic()[i - 1]);
            close(tag + ".select.fpe." + i, sel.fpe()[i - 1]);
        }
        close(tag + ".select.aic.order", sel.byAic());
        close(tag + ".select.hq.order", sel.byHq());
        close(tag + ".select.bic.order", sel.byBic());
        close(tag + ".select.fpe.order", sel.byFpe());
        for (int p : orders) {
            Var v = Var.fit(names, y, p);
            for (int eq = 0; eq < names.size(); eq++) {
                for (int l = 1; l <= p; l++) {
                    for (int of = 0; of < names.size(); of++) {
                        close(tag + ".p" + p + ".coef." + names.get(eq) + "." + names.get(of) + ".l" + l, v.lagCoef(eq, of, l));
                    }
                }
                close(tag + ".p" + p + ".coef." + names.get(eq) + ".const", v.constant(eq));
                for (int j = 0; j < names.size(); j++) {
                    close(tag + ".p" + p + ".sigma." + names.get(eq) + "." + names.get(j), v.sigmaU()[eq][j]);
                }
            }
            for (int c = 0; c < names.size(); c++) {
                List<Integer> effects = new java.util.ArrayList<>();
                for (int e = 0; e < names.size(); e++) if (e != c) effects.add(e);
                Granger.Test g = Granger.test(v, List.of(c), effects);
                String key = tag + ".p" + p + ".granger." + names.get(c);
                close(key + ".F", g.fStat());
                close(key + ".df1", g.dfNum());
                close(key + ".df2", g.dfDen());
                close(key + ".p", g.pValue());
                if (names.size() == 2) {
                    String lm = tag + ".p" + p + ".lmtest." + names.get(c);
                    close(lm + ".F", g.fStat());
                    close(lm + ".df2", g.dfDenEquation());
                    close(lm + ".p", g.pValueEquation());
                }
            }
        }
    }

    @Test
    void weeklyIsraelPalestineAgreesWithRVarsAndLmtest() {
        check("weekly", weekly(), List.of("i2p", "p2i"), new int[] {1, 2, 4, 6, 8}, 12);
    }

    @Test
    void monthlyThreeVariableSystemAgreesWithRVars() {
        check("bcf", bcf(), List.of("I2P_mean_goldstein", "P2I_mean_goldstein", "JPI"), new int[] {1, 3}, 6);
    }

    @Test
    void resultsAreIdenticalBetweenRuns() {
        double[][] y = weekly().matrix(List.of("i2p", "p2i"));
        Granger.Test a = Granger.test(Var.fit(List.of("i2p", "p2i"), y, 4), "i2p", "p2i");
        Granger.Test b = Granger.test(Var.fit(List.of("i2p", "p2i"), y, 4), "i2p", "p2i");
        assertThat(Double.doubleToRawLongBits(a.fStat())).isEqualTo(Double.doubleToRawLongBits(b.fStat()));
        assertThat(a).isEqualTo(b);
    }
}
