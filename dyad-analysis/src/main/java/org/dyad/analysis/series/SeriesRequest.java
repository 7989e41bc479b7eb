package org.dyad.analysis.series;

import org.dyad.store.DateRule;
import org.dyad.store.EventQuery;
import org.dyad.store.Granularity;

/**
 * What series to build from the store: the events ({@link EventQuery}: pair, direction, dates,
 * codes, roots, quad classes, dimensions, origins, actor levels...), the period, how imprecise dates
 * are counted, and whether to normalise by the two countries' total event volume.
 */
public record SeriesRequest(EventQuery query, Granularity granularity, DateRule dateRule, boolean normalise) {
    public SeriesRequest {
        if (query == null || granularity == null || dateRule == null) {
            throw new IllegalArgumentException("query, granularity and date rule are required");
        }
    }

    public static SeriesRequest of(EventQuery q, Granularity g) {
        return new SeriesRequest(q, g, DateRule.SPREAD, false);
    }

    public SeriesRequest withQuery(EventQuery q) {
        return new SeriesRequest(q, granularity, dateRule, normalise);
    }
}
