package org.dyad.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Set;
import org.dyad.model.ontology.Country;
import org.dyad.store.EventQuery;

/** The JSON API's routes: each checks its parameters, asks the {@link DyadService} and answers JSON. */
final class Api {
    private static final Set<String> EVENT_PARAMS = QueryParams.names(QueryParams.FILTERS, QueryParams.PAGING);

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
        EventQuery q = QueryParams.of(ctx.queryParamMap(), QueryParams.FILTERS).eventQuery(1, 1);
        ctx.json(service.summary(q));
    }

    private void phases(Context ctx) {
        QueryParams p = QueryParams.of(ctx.queryParamMap(), Set.of("a", "b"));
        Country a = p.country("a");
        Country b = p.country("b");
        if (a == null || b == null) {
            throw ApiException.badRequest("give both countries of the pair: a and b (codes such as IRN or names)");
        }
        ctx.json(service.phases(a.cameo(), b.cameo()));
    }
}
