package org.dyad.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyad.analysis.AnalysisException;
import org.dyad.analysis.change.PhaseFinder;
import org.dyad.analysis.series.Measure;
import org.dyad.analysis.series.SeriesRequest;
import org.dyad.model.ontology.Ontology;
import org.dyad.report.PairData;
import org.dyad.store.Granularity;
import org.dyad.store.SeriesQueries;
import org.dyad.store.EventQuery;

/** The JSON API's routes: each checks its parameters, asks the {@link DyadService} and answers JSON. */
final class Api {
    private static final Set<String> EVENT_PARAMS = QueryParams.names(QueryParams.FILTERS, QueryParams.PAGING);
    private static final Set<String> SERIES_PARAMS = QueryParams.names(QueryParams.FILTERS, QueryParams.SERIES);
    /** Third states compared with a pair when none are named. */
    static final List<String> DEFAULT_THIRDS = List.of("TUR", "RUS", "ARM", "USA");
    /** Events listed behind a figure at most. */
    static final int MAX_BEHIND = 500;

    private final DyadService service;

    Api(DyadService service) {
        this.service = service;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/pairs", this::pairs);
        routes.get("/api/events", this::events);
        routes.get("/api/events/{id}", this::event);
        routes.get("/api/documents/{id}", this::document);
        routes.get("/api/summary", this::summary);
        routes.get("/api/phases", this::phases);
        routes.get("/api/series", this::series);
        routes.get("/api/series/events", this::eventsBehind);
        routes.get("/api/leadlag", this::leadLag);
        routes.get("/api/triad", this::triad);
    }

    private void pairs(Context ctx) {
        QueryParams p = QueryParams.of(ctx.queryParamMap(), Set.of("limit"));
        ctx.json(service.pairs(p.integer("limit", 100, 1, DyadServer.MAX_PAIRS)));
    }

    private void events(Context ctx) {
        EventQuery q = QueryParams.of(ctx.queryParamMap(), EVENT_PARAMS)
                .eventQuery(DyadServer.DEFAULT_PAGE, DyadServer.MAX_PAGE);
        ctx.json(service.events(q));
    }

    private void event(Context ctx) {
        QueryParams.of(ctx.queryParamMap(), Set.of());
        String id = DyadServer.id(ctx, "id");
        ctx.json(service.event(id).orElseThrow(() -> ApiException.notFound("no event with id '" + id + "'")));
    }

    private void document(Context ctx) {
        QueryParams.of(ctx.queryParamMap(), Set.of());
        String id = DyadServer.id(ctx, "id");
        ctx.json(service.document(id).orElseThrow(() -> ApiException.notFound("no document with id '" + id + "'")));
    }

    private void summary(Context ctx) {
        EventQuery q = QueryParams.of(ctx.queryParamMap(), QueryParams.FILTERS).filters().build();
        ctx.json(service.summary(q));
    }

    /** Asserted phases, and phases found in the pair's series ({@code period} default year, {@code column} goldstein_mean). */
    private void phases(Context ctx) {
        QueryParams p = QueryParams.of(ctx.queryParamMap(), QueryParams.names(Set.of("a", "b", "column"),
                QueryParams.SERIES));
        SeriesRequest r = p.pairSeriesRequest(Granularity.YEAR);
        String column = column(p, Measure.GOLDSTEIN_MEAN);
        Views.Phases asserted = service.phases(r.query().countryA(), r.query().countryB());
        PhaseFinder.Result found = null;
        String note = null;
        try {
            found = service.foundPhases(r, column);
        } catch (AnalysisException e) {
            note = e.getMessage();
        }
        ctx.json(new Views.Phases(asserted.a(), asserted.b(), asserted.asserted(), found, note));
    }

    private static String column(QueryParams p, String absent) {
        String c = p.one("column");
        return c == null ? absent : c;
    }

    /** The series of the events the filters select ({@code period} default month). */
    private void series(Context ctx) {
        QueryParams p = QueryParams.of(ctx.queryParamMap(), SERIES_PARAMS);
        ctx.json(service.series(p.seriesRequest(Granularity.MONTH)));
    }

    /** The events behind one period of a series: {@code day} is any day of the period. */
    private void eventsBehind(Context ctx) {
        QueryParams p = QueryParams.of(ctx.queryParamMap(), QueryParams.names(SERIES_PARAMS, Set.of("day", "limit")));
        SeriesRequest r = p.seriesRequest(Granularity.MONTH);
        String day = p.one("day");
        if (day == null) {
            throw ApiException.badRequest("give 'day': a day of the period (YYYY-MM-DD), or its month or year");
        }
        java.time.LocalDate d;
        try {
            d = org.dyad.model.FuzzyDate.parse(day).earliest();
        } catch (RuntimeException e) {
            throw ApiException.badRequest("'day': " + e.getMessage());
        }
        List<Views.WeightedEventView> l = new ArrayList<>();
        for (SeriesQueries.WeightedEvent w : service.eventsBehind(r, d, p.integer("limit", 100, 1, MAX_BEHIND))) {
            l.add(new Views.WeightedEventView(w.weight(), PairData.EventView.of(w.event())));
        }
        ctx.json(l);
    }

    /** Reciprocity of a pair: A→B against B→A ({@code period} default month, {@code column} goldstein_sum). */
    private void leadLag(Context ctx) {
        QueryParams p = QueryParams.of(ctx.queryParamMap(), QueryParams.names(SERIES_PARAMS, QueryParams.TEST,
                Set.of("column")));
        SeriesRequest r = p.pairSeriesRequest(Granularity.MONTH);
        ctx.json(service.leadLag(r, column(p, Measure.GOLDSTEIN_SUM), p.testOptions()));
    }

    /** The pair against third states ({@code third}, default TUR, RUS, ARM, USA). */
    private void triad(Context ctx) {
        QueryParams p = QueryParams.of(ctx.queryParamMap(), QueryParams.names(SERIES_PARAMS, QueryParams.TEST,
                Set.of("column", "third")));
        SeriesRequest r = p.pairSeriesRequest(Granularity.MONTH);
        List<String> thirds = new ArrayList<>();
        for (String t : p.many("third")) {
            try {
                thirds.add(Ontology.standard().countries().resolve(t).cameo());
            } catch (RuntimeException e) {
                throw ApiException.badRequest("'third': " + e.getMessage());
            }
        }
        if (thirds.size() > 8) {
            throw ApiException.badRequest("'third': at most 8 third states at once");
        }
        ctx.json(service.triad(r, thirds.isEmpty() ? DEFAULT_THIRDS : thirds, column(p, Measure.GOLDSTEIN_SUM),
                p.testOptions()));
    }
}
