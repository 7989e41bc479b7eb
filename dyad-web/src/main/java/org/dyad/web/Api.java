package org.dyad.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
        routes.post("/api/uploads", this::upload);
        routes.get("/api/uploads/{id}", this::uploadState);
        routes.get("/api/events/{id}/explain", this::explain);
    }

    /** Header an upload must carry: a page elsewhere cannot send it without the server allowing it (CORS). */
    static final String UPLOAD_HEADER = "X-Dyad-Upload";

    /**
     * Uploads a document (multipart field {@code file}; optional fields {@code pair}, two countries
     * such as IRN,AZE, and {@code doc_date}); answers 202 with the upload's state to follow.
     */
    private void upload(Context ctx) {
        QueryParams.of(ctx.queryParamMap(), Set.of());
        String origin = ctx.header("Origin");
        String host = ctx.header("Host");
        if (!"1".equals(ctx.header(UPLOAD_HEADER))
                || (origin != null && !(origin.equals("http://" + host) || origin.equals("https://" + host)))) {
            throw new ApiException(403, "forbidden", "uploads come from the dashboard of this server (with the "
                    + UPLOAD_HEADER + ": 1 header), not from other pages");
        }
        if (ctx.contentType() == null || !ctx.contentType().startsWith("multipart/form-data")) {
            throw ApiException.badRequest("send the document as multipart/form-data with the field 'file'");
        }
        long length = ctx.req().getContentLengthLong();
        if (length > Uploads.MAX_BYTES + 1_000_000) {
            throw new ApiException(413, "too_large", "the document is larger than " + (Uploads.MAX_BYTES >> 20) + " MB");
        }
        io.javalin.http.UploadedFile f;
        Map<String, List<String>> fields;
        try {
            f = ctx.uploadedFile("file");
            fields = new java.util.LinkedHashMap<>(ctx.formParamMap());
        } catch (Exception e) {
            // the multipart parser refuses parts over the limit, and malformed bodies (a ServletException,
            // thrown unchecked through Kotlin)
            throw length > Uploads.MAX_BYTES
                    ? new ApiException(413, "too_large", "the document is larger than " + (Uploads.MAX_BYTES >> 20) + " MB")
                    : ApiException.badRequest("the upload cannot be read as multipart/form-data: " + e.getMessage());
        }
        if (f == null) {
            throw ApiException.badRequest("send the document as the multipart field 'file'");
        }
        if (f.size() > Uploads.MAX_BYTES) {
            throw new ApiException(413, "too_large", "the document is larger than " + (Uploads.MAX_BYTES >> 20) + " MB");
        }
        fields.remove("file");
        QueryParams p = QueryParams.of(fields, Set.of("pair", "doc_date"));
        List<String> pair = p.many("pair");
        String a = null;
        String b = null;
        if (!pair.isEmpty()) {
            if (pair.size() != 2) {
                throw ApiException.badRequest("'pair' takes two countries, such as IRN,AZE");
            }
            a = country("pair", pair.get(0));
            b = country("pair", pair.get(1));
        }
        String d = p.one("doc_date");
        java.time.LocalDate date;
        try {
            date = d == null ? null : java.time.LocalDate.parse(d);
        } catch (java.time.format.DateTimeParseException e) {
            throw ApiException.badRequest("'doc_date' must be a day, YYYY-MM-DD; got '" + d + "'");
        }
        Views.Upload u = service.upload(f.filename(), f.content(), a, b, date);
        ctx.status(202);
        ctx.header("Location", "/api/uploads/" + u.id());
        ctx.json(u);
    }

    private static String country(String name, String value) {
        try {
            return Ontology.standard().countries().resolve(value).cameo();
        } catch (RuntimeException e) {
            throw ApiException.badRequest("'" + name + "': " + e.getMessage());
        }
    }

    /** The {id} of a path that takes no query parameters. */
    private static String idOnly(Context ctx) {
        QueryParams.of(ctx.queryParamMap(), Set.of());
        return DyadServer.id(ctx, "id");
    }

    private static <T> T found(java.util.Optional<T> x, String what, String id) {
        return x.orElseThrow(() -> ApiException.notFound("no " + what + " with id '" + id + "'"));
    }

    private void uploadState(Context ctx) {
        String id = idOnly(ctx);
        ctx.json(found(service.uploadState(id), "upload", id));
    }

    private void explain(Context ctx) {
        String id = idOnly(ctx);
        found(service.event(id), "event", id);
        ctx.json(service.explain(id));
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
        String id = idOnly(ctx);
        ctx.json(found(service.event(id), "event", id));
    }

    private void document(Context ctx) {
        String id = idOnly(ctx);
        ctx.json(found(service.document(id), "document", id));
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
            thirds.add(country("third", t));
        }
        if (thirds.size() > 8) {
            throw ApiException.badRequest("'third': at most 8 third states at once");
        }
        ctx.json(service.triad(r, thirds.isEmpty() ? DEFAULT_THIRDS : thirds, column(p, Measure.GOLDSTEIN_SUM),
                p.testOptions()));
    }
}
