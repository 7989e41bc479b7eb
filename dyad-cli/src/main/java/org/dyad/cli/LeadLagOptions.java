package org.dyad.cli;

import org.dyad.analysis.LeadLag;
import org.dyad.analysis.stats.LagSelection;
import picocli.CommandLine.Option;

/** Options of the lead–lag tests (leadlag, triad). */
public final class LeadLagOptions {
    @Option(names = "--lags", paramLabel = "P", description = "Lag order of the VAR (default: chosen by --ic).")
    Integer lags;

    @Option(names = "--lag-max", paramLabel = "N", defaultValue = "0",
            description = "Largest lag order tried (default: 12 weeks or months, 8 quarters, 4 years, 14 days).")
    int lagMax;

    @Option(names = "--ic", paramLabel = "IC", defaultValue = "bic",
            description = "Information criterion choosing the lag order: aic, bic (SC), hq or fpe, as R vars::VARselect."
                    + " Default: ${DEFAULT-VALUE}.")
    String ic;

    @Option(names = "--permutations", paramLabel = "N", defaultValue = "999",
            description = "Circular shifts for the permutation test (all admissible shifts when fewer; 0: none)."
                    + " Default: ${DEFAULT-VALUE}.")
    int permutations;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "20240601",
            description = "Seed of the shift draws: the same seed gives the same p-value everywhere. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--alpha", paramLabel = "A", defaultValue = "0.05",
            description = "Significance level of the readings. Default: ${DEFAULT-VALUE}.")
    double alpha;

    LeadLag.Options options() {
        return new LeadLag.Options(lags, lagMax, LagSelection.Criterion.parse(ic), permutations, seed, alpha);
    }
}
