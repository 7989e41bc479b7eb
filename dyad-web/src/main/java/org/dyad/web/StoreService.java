package org.dyad.web;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dyad.analysis.Analysis;
import org.dyad.analysis.LeadLag;
import org.dyad.analysis.Triad;
import org.dyad.analysis.change.PhaseFinder;
import org.dyad.analysis.series.SeriesRequest;
import org.dyad.analysis.series.TimeSeries;
import org.dyad.model.Event;
import org.dyad.model.ontology.Country;
import org.dyad.model.ontology.Ontology;
import org.dyad.report.PairData;
import org.dyad.store.Documents;
import org.dyad.store.DyadStore;
import org.dyad.store.EventQuery;
import org.dyad.store.PairStats;
import org.dyad.store.SeriesQueries;
import org.dyad.text.code.Explanation;

/**
 * The web API's answers read from a store. Thread-safe: the store gives each thread its own
 * connection.
 *
 * <p>Counts and summaries are kept for the queries asked most recently: while the server runs it
 * holds the store's lock, so no other process can change the events, and {@link #storeChanged}
 * forgets them when the server itself writes. A dashboard asks the same count several times per
 * view (figures, timeline, table, paging).
 */
public final class StoreService implements DyadService, AutoCloseable {
    /** Characters shown before and after an event's words, at most, in its excerpt. */
    static final int EXCERPT_CONTEXT = 1200;
    /** Queries whose count and summary are remembered. */
    static final int CACHED_QUERIES = 512;

    private final DyadStore store;
    private final PairStats stats;
    private final boolean cache;
    private final Map<EventQuery, Long> counts = lru();
    private final Map<EventQuery, PairData.Summary> summaries = lru();
    private volatile List<Views.PairView> topPairs;
    private Uploads uploads;

    public StoreService(DyadStore store) {
        this(store, true);
    }

    /** With {@code cache} false every answer is computed afresh (for measuring the store alone). */
    public StoreService(DyadStore store, boolean cache) {
        this.store = store;
        this.stats = new PairStats(store);
        this.cache = cache;
    }

    private static <V> Map<EventQuery, V> lru() {
        return Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<EventQuery, V> eldest) {
                return size() > CACHED_QUERIES;
            }
        });
    }

    /** Forgets remembered answers: call after writing to the store. */
    public void storeChanged() {
        counts.clear();
        summaries.clear();
        topPairs = null;
    }

    private <V> V remembered(Map<EventQuery, V> m, EventQuery q, java.util.function.Function<EventQuery, V> compute) {
        if (!cache) {
            return compute.apply(q);
        }
        EventQuery key = q.toBuilder().limit(0).offset(0).build();
        V v = m.get(key);
        if (v == null) {
            v = compute.apply(key);
            m.put(key, v);
        }
        return v;
    }

    @Override
    public List<Views.PairView> pairs(int limit) {
        List<Views.PairView> all = topPairs;
        if (all == null || !cache) {
            all = computePairs(DyadServer.MAX_PAIRS);
            topPairs = all;
        }
        return all.subList(0, Math.min(limit, all.size()));
    }

    private List<Views.PairView> computePairs(int limit) {
        List<Views.PairView> l = new ArrayList<>();
        for (PairStats.PairCount p : stats.pairs(limit)) {
            l.add(new Views.PairView(p.countryA(), p.countryB(), name(p.countryA()), name(p.countryB()), p.events(),
                    p.first() == null ? null : p.first().toString(), p.last() == null ? null : p.last().toString()));
        }
        return l;
    }

    private static String name(String code) {
        return Ontology.standard().countries().byCameo(code).map(Country::name).orElse(code);
    }

    @Override
    public Views.EventPage events(EventQuery query) {
        List<PairData.EventView> events = new ArrayList<>(Math.max(0, query.limit()));
        store.events().stream(query, e -> events.add(PairData.EventView.of(e)));
        // a page that is not full is the last one: it tells the total without counting (unless it is empty,
        // which may also mean an offset past the end)
        long total = !events.isEmpty() && events.size() < query.limit() ? query.offset() + events.size()
                : remembered(counts, query, q -> store.events().count(q));
        return new Views.EventPage(total, query.offset(), query.limit(), events);
    }

    @Override
    public Optional<Views.EventDetail> event(String id) {
        return store.events().get(id).map(e -> new Views.EventDetail(PairData.EventView.of(e), excerpt(e)));
    }

    private Views.Excerpt excerpt(Event e) {
        var p = e.provenance();
        if (p.doc() == null || !p.hasSpan()) {
            return null;
        }
        return store.documents().get(p.doc()).filter(d -> d.text() != null)
                .map(d -> excerpt(d, p.charStart(), p.charEnd())).orElse(null);
    }

    /** The paragraph (or at most {@link #EXCERPT_CONTEXT} characters either side) around {@code from..to}. */
    static Views.Excerpt excerpt(Documents.Document d, int from, int to) {
        String text = d.text();
        int s = Math.min(Math.max(0, from), text.length());
        int t = Math.min(Math.max(s, to), text.length());
        int start = Math.max(0, s - EXCERPT_CONTEXT);
        int para = text.lastIndexOf("\n\n", s);
        if (para >= start) {
            start = para + 2;
        }
        int end = Math.min(text.length(), t + EXCERPT_CONTEXT);
        int next = text.indexOf("\n\n", t);
        if (next >= 0 && next < end) {
            end = next;
        }
        start = Math.min(start, s);
        end = Math.max(end, t);
        return new Views.Excerpt(d.id(), d.title(), d.kind(), d.date(), text.length(), start,
                text.substring(start, end), s - start, t - start);
    }

    @Override
    public Optional<Views.DocumentView> document(String id) {
        return store.documents().get(id).map(d -> new Views.DocumentView(d.id(), d.title(), d.kind(), d.date(),
                d.path(), d.text() == null ? 0 : d.text().length(), d.text()));
    }

    @Override
    public PairData.Summary summary(EventQuery query) {
        return remembered(summaries, query, q -> PairData.summary(store, q));
    }

    @Override
    public TimeSeries series(SeriesRequest request) {
        return new Analysis(store).series(request);
    }

    @Override
    public PhaseFinder.Result foundPhases(SeriesRequest request, String column) {
        return new Analysis(store).phases(request, column, PhaseFinder.Options.defaults());
    }

    @Override
    public LeadLag.Result leadLag(SeriesRequest request, String column, LeadLag.Options options) {
        return new Analysis(store).reciprocity(request, column, options);
    }

    @Override
    public Triad.Result triad(SeriesRequest request, List<String> thirds, String column, LeadLag.Options options) {
        return new Analysis(store).triad(request, thirds, column, options);
    }

    @Override
    public List<SeriesQueries.WeightedEvent> eventsBehind(SeriesRequest request, LocalDate day, int limit) {
        return new Analysis(store).explain(request, day, limit);
    }

    @Override
    public Views.Upload upload(String fileName, InputStream content, String pairA, String pairB, LocalDate date) {
        return uploads().submit(fileName, content, pairA, pairB, date);
    }

    @Override
    public Optional<Views.Upload> uploadState(String id) {
        return uploads().get(id);
    }

    private synchronized Uploads uploads() {
        if (uploads == null) {
            uploads = new Uploads(store, this::storeChanged);
        }
        return uploads;
    }

    @Override
    public Views.Explained explain(String eventId) {
        List<String> warnings = new ArrayList<>();
        Explanation x = TextStore.explain(store, eventId, note -> TextStore.extractorFor(note, warnings));
        return new Views.Explained(x, x.describe());
    }

    /** Stops extracting uploads and deletes the ones not extracted yet. */
    @Override
    public synchronized void close() {
        if (uploads != null) {
            uploads.close();
        }
    }

    @Override
    public Views.Phases phases(String a, String b) {
        return new Views.Phases(a, b, store.phases().forPair(a, b).stream().map(PairData.PhaseView::of).toList(),
                null, null);
    }
}
