package org.dyad.web;

import java.util.List;
import org.dyad.analysis.change.PhaseFinder;
import org.dyad.text.code.Explanation;
import org.dyad.report.PairData.EventView;
import org.dyad.report.PairData.PhaseView;

/**
 * What the API answers with besides the pair data it shares with the report ({@link
 * org.dyad.report.PairData}): records written as JSON objects with snake_case names by {@link
 * org.dyad.analysis.AnalysisJson}. Dates are ISO strings.
 */
public final class Views {
    private Views() {
    }

    /** A pair of countries with the events between them. */
    public record PairView(String a, String b, String aName, String bName, long events, String first, String last) {
    }

    /** One page of events: {@code total} matching, {@code events} from {@code offset}. */
    public record EventPage(long total, int offset, int limit, List<EventView> events) {
    }

    /**
     * The part of a document around an event's words: {@code text} is the characters {@code start}
     * to {@code start + text.length()} of the document; the event's words are {@code
     * highlight_start..highlight_end} within {@code text}.
     */
    public record Excerpt(String docId, String title, String kind, String date, long chars, int start, String text,
                          int highlightStart, int highlightEnd) {
    }

    /** An event with the excerpt of its document that states it, when the store holds that document. */
    public record EventDetail(EventView event, Excerpt excerpt) {
    }

    /** A whole stored document. */
    public record DocumentView(String id, String title, String kind, String date, String path, long chars,
                               String text) {
    }

    /**
     * The phases of a pair: asserted by sources, and found by change points in its series (null,
     * with {@code found_note} saying why, when the series cannot be analysed).
     */
    public record Phases(String a, String b, List<PhaseView> asserted, PhaseFinder.Result found, String foundNote) {
    }

    /** An event behind a figure of a series, with the share of it counted in the period. */
    public record WeightedEventView(double weight, EventView event) {
    }

    /**
     * A document uploaded for extraction: {@code state} queued, extracting, done or failed (with
     * {@code message}); {@code progress} from 0 to 1 by documents extracted.
     */
    public record Upload(String id, String file, String state, long bytes, int documents, int documentsDone,
                         long events, double progress, String message) {
    }

    /** How an extracted event was found (dyad-text), and the same as text for a reader. */
    public record Explained(Explanation explanation, String text) {
    }

    /** An error answer. */
    public record ApiError(int status, String error, String message) {
    }
}
