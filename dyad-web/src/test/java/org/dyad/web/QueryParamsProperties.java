package org.dyad.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.dyad.store.DyadStore;
import org.dyad.store.EventQuery;

/**
 * Whatever a client sends as query parameters, the API either answers from the store or refuses
 * with a 400 naming the problem: no other exception, and the store never fails on the query.
 */
class QueryParamsProperties {
    static DyadStore store;

    @BeforeContainer
    static void open() {
        store = TestStores.caseStudyWithDocument();
    }

    @AfterContainer
    static void close() {
        store.close();
    }

    @Provide
    Arbitrary<Map<String, List<String>>> params() {
        Arbitrary<String> names = Arbitraries.oneOf(Arbitraries.of(new ArrayList<>(
                QueryParams.names(QueryParams.FILTERS, QueryParams.PAGING))), Arbitraries.strings().ofMaxLength(8));
        Arbitrary<String> values = Arbitraries.oneOf(
                Arbitraries.of("IRN", "AZE", "Iran", "1993", "1993-10", "1993-10-26", "1", "4", "04", "042", "true",
                        "political", "curated", "IRNGOV", "minister", "negated", "50", "0", "-1", "99999999999",
                        "' OR 1=1 --", "%", "_", "\\", "\"", "<script>", "", " ", ",", "1993-02-30", "20"),
                Arbitraries.strings().ofMaxLength(30),
                Arbitraries.strings().withCharRange('\u0000', '\uffff').ofMaxLength(10));
        return Arbitraries.maps(names, values.list().ofMinSize(1).ofMaxSize(3)).ofMaxSize(6)
                .map(LinkedHashMap::new);
    }

    @Property(tries = 400)
    void anyParametersGiveAQueryOrA400(@ForAll("params") Map<String, List<String>> params) {
        EventQuery q;
        try {
            q = QueryParams.of(params, QueryParams.names(QueryParams.FILTERS, QueryParams.PAGING))
                    .eventQuery(DyadServer.DEFAULT_PAGE, DyadServer.MAX_PAGE);
        } catch (ApiException e) {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.getMessage()).isNotBlank();
            return;
        }
        assertThat(q.limit()).isBetween(1, DyadServer.MAX_PAGE);
        long n = store.events().count(q);
        assertThat(store.events().query(q)).hasSizeLessThanOrEqualTo((int) Math.min(n, q.limit()));
    }
}
