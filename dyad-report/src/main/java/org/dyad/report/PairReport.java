package org.dyad.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dyad.model.Event;
import org.dyad.model.ontology.Country;
import org.dyad.store.DyadStore;
import org.dyad.store.EventQuery;
import org.dyad.store.PairStats;
import org.dyad.store.Phase;

/**
 * Everything a report on one pair shows, read from the store once: yearly figures, top event
 * codes, counts by origin, asserted phases, and the events themselves (up to a limit, for the
 * timeline and the table).
 */
public record PairReport(Country a, Country b, EventQuery query, List<PairStats.Year> years,
                         List<PairStats.CodeCount> topCodes, Map<String, Long> byOrigin, List<Phase> phases,
                         List<Event> events, long totalEvents) {

    /** Events shown in the timeline and table at most; the figures always cover all events. */
    public static final int EVENT_LIMIT = 5000;

    public static PairReport build(DyadStore store, Country a, Country b, EventQuery query) {
        PairStats stats = new PairStats(store);
        long total = store.events().count(query);
        List<Event> events = new ArrayList<>(store.events().query(query.toBuilder().limit(EVENT_LIMIT).build()));
        return new PairReport(a, b, query, stats.years(query), stats.topCodes(query, 10), stats.byOrigin(query),
                store.phases().forPair(a.cameo(), b.cameo()), events, total);
    }

    public String title() {
        return a.name() + " – " + b.name();
    }
}
