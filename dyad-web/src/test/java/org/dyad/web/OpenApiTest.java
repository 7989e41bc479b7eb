package org.dyad.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.dyad.model.json.Json;
import org.dyad.store.DyadStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The hand-written OpenAPI description matches the routes the server registers, both ways. */
class OpenApiTest {
    static DyadStore store;
    static DyadServer server;
    static Map<String, Object> spec;

    @BeforeAll
    static void start() {
        store = DyadStore.inMemory();
        server = DyadServer.start(new StoreService(store), "127.0.0.1", 0);
        Http.Answer a = new Http(server.port()).get("/openapi.json");
        assertThat(a.status()).isEqualTo(200);
        spec = a.object();
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    @Test
    void everyRouteIsDescribedAndEveryDescribedRouteExists() {
        List<String> described = new ArrayList<>();
        Map<?, ?> paths = (Map<?, ?>) spec.get("paths");
        paths.forEach((path, ops) -> ((Map<?, ?>) ops).keySet()
                .forEach(m -> described.add(m.toString().toUpperCase(Locale.ROOT) + " " + path)));
        assertThat(new TreeSet<>(server.routes())).isEqualTo(new TreeSet<>(described));
        assertThat(server.routes()).contains("GET /api/events", "GET /api/events/{id}");
    }

    @Test
    void everyReferenceResolves() {
        List<String> refs = new ArrayList<>();
        collectRefs(spec, refs);
        assertThat(refs).isNotEmpty();
        for (String ref : refs) {
            assertThat(ref).startsWith("#/");
            Object node = spec;
            for (String part : ref.substring(2).split("/")) {
                node = ((Map<?, ?>) node).get(part);
                assertThat(node).as(ref).isNotNull();
            }
        }
    }

    @Test
    void eventParametersAreThoseTheServerAccepts() {
        Map<?, ?> get = (Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) spec.get("paths")).get("/api/events")).get("get");
        TreeSet<String> names = new TreeSet<>();
        Map<?, ?> shared = (Map<?, ?>) ((Map<?, ?>) spec.get("components")).get("parameters");
        for (Object p : (List<?>) get.get("parameters")) {
            Map<?, ?> m = (Map<?, ?>) p;
            if (m.containsKey("$ref")) {
                String ref = (String) m.get("$ref");
                m = (Map<?, ?>) shared.get(ref.substring(ref.lastIndexOf('/') + 1));
            }
            names.add((String) m.get("name"));
        }
        assertThat(names).isEqualTo(new TreeSet<>(QueryParams.names(QueryParams.FILTERS, QueryParams.PAGING)));
    }

    @Test
    void theDocumentIsOpenApi3() {
        assertThat((String) spec.get("openapi")).startsWith("3.");
        assertThat(Json.parse(OpenApi.text())).isEqualTo(spec);
    }

    private static void collectRefs(Object node, List<String> out) {
        if (node instanceof Map<?, ?> m) {
            m.forEach((k, v) -> {
                if ("$ref".equals(k)) {
                    out.add((String) v);
                } else {
                    collectRefs(v, out);
                }
            });
        } else if (node instanceof List<?> l) {
            l.forEach(v -> collectRefs(v, out));
        }
    }
}
