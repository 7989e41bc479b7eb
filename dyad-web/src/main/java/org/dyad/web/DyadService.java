package org.dyad.web;

import java.util.List;
import java.util.Optional;
import org.dyad.report.PairData;
import org.dyad.store.EventQuery;

/**
 * What the web API asks of Dyad; the HTTP handlers call only this. {@link StoreService} answers
 * from the store; analysis and extraction come in through the same interface.
 */
public interface DyadService {
    /** The pairs with most events, most first. */
    List<Views.PairView> pairs(int limit);

    /** A page of the events a query selects (its limit and offset), oldest first, with the total count. */
    Views.EventPage events(EventQuery query);

    /** One event with the excerpt of its document, if the store holds the event. */
    Optional<Views.EventDetail> event(String id);

    /** One stored document. */
    Optional<Views.DocumentView> document(String id);

    /** The figures of the events a query selects (limit and offset ignored). */
    PairData.Summary summary(EventQuery query);

    /** The phases asserted for a pair. */
    Views.Phases phases(String a, String b);
}
