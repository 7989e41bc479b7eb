package org.dyad.cli;

import org.dyad.analysis.series.SeriesRequest;
import org.dyad.model.ontology.Country;
import org.dyad.store.DateRule;
import org.dyad.store.Granularity;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** How a series is built from the store: period, imprecise dates, normalisation, and the event filters. */
public final class SeriesOptions {
    @Option(names = "--period", paramLabel = "P",
            description = "week (Monday to Sunday), month, quarter or year (default: month; year for phases).")
    String period;

    @Option(names = "--dates", paramLabel = "RULE", defaultValue = "spread",
            description = "Events dated less precisely than the period (a year in a monthly series) or ranges:"
                    + " spread (shared among the periods they span, by days), earliest (counted whole in their first"
                    + " period, e.g. January), exclude. Default: ${DEFAULT-VALUE}.")
    String dates;

    @Option(names = "--normalise", description = "Add *_per_1000 columns: values per 1,000 events involving either"
            + " country with anyone (same origins), so more news is not read as warmer relations.")
    boolean normalise;

    @Mixin
    EventFilterOptions filters;

    Granularity granularity(Granularity fallback) {
        return period == null ? fallback : Granularity.parse(period);
    }

    SeriesRequest request(Country a, Country b, boolean directed, Granularity fallback) {
        return new SeriesRequest(filters.query(a, b, directed), granularity(fallback), DateRule.parse(dates), normalise);
    }
}
