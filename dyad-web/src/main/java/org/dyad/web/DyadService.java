package org.dyad.web;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dyad.analysis.LeadLag;
import org.dyad.analysis.Triad;
import org.dyad.analysis.change.PhaseFinder;
import org.dyad.analysis.series.SeriesRequest;
import org.dyad.analysis.series.TimeSeries;
import org.dyad.report.PairData;
import org.dyad.store.EventQuery;
import org.dyad.store.SeriesQueries;

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

    /** The series of the events a request selects, one row per period (dyad-analysis). */
    TimeSeries series(SeriesRequest request);

    /** Phases found by change points in one column of a pair's series, beside the asserted ones. */
    PhaseFinder.Result foundPhases(SeriesRequest request, String column);

    /** Reciprocity: does A's behaviour towards B lead B's towards A (VAR Granger tests both ways)? */
    LeadLag.Result leadLag(SeriesRequest request, String column, LeadLag.Options options);

    /** The pair against each third state: who moves first. */
    Triad.Result triad(SeriesRequest request, List<String> thirds, String column, LeadLag.Options options);

    /** The events counted in the period holding {@code day}, with the share of each counted there. */
    List<SeriesQueries.WeightedEvent> eventsBehind(SeriesRequest request, LocalDate day, int limit);

    /**
     * Keeps an uploaded document and extracts its events into the store in the background (dyad-text);
     * {@code pairA}, {@code pairB} (CAMEO codes or null) name the pair the text is about.
     */
    Views.Upload upload(String fileName, InputStream content, String pairA, String pairB, LocalDate date);

    /** An upload's state and progress. */
    Optional<Views.Upload> uploadState(String id);

    /** How an event extracted from a document was found: its document extracted again. */
    Views.Explained explain(String eventId);
}
