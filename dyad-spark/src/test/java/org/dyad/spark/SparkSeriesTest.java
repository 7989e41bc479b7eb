package org.dyad.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.dyad.data.format.EventFormat;
import org.dyad.data.synth.Synth;
import org.dyad.data.synth.SynthOptions;
import org.dyad.model.QuadClass;
import org.dyad.store.DateRule;
import org.dyad.store.DyadStore;
import org.dyad.store.EventQuery;
import org.dyad.store.ExportFormat;
import org.dyad.store.Granularity;
import org.dyad.store.SeriesQueries;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Series in Spark SQL over Parquet equal the store's (DuckDB) series on the same events, to the bit. */
class SparkSeriesTest {
    static SparkSession spark;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void start() {
        spark = SparkSessions.local(2, "spark-series-test");
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    static String render(SeriesQueries.Aggregate a) {
        StringBuilder s = new StringBuilder(a.coverage().toString()).append('\n');
        for (SeriesQueries.Bucket b : a.buckets()) {
            s.append(b.start()).append(' ').append(b.events()).append(' ').append(b.spanning()).append(' ')
                    .append(java.util.Arrays.toString(b.quads())).append(' ').append(java.util.Arrays.toString(b.roots()))
                    .append(' ').append(b.goldsteinSum()).append(' ').append(b.goldsteinEvents()).append('\n');
        }
        return s.toString();
    }

    @Test
    void everyValueEqualsDuckDbs() throws Exception {
        Path f = tmp.resolve("g.tsv");
        try (OutputStream o = Files.newOutputStream(f)) {
            new Synth(EventFormat.GDELT1, SynthOptions.of(20_000, 5).withDates(LocalDate.of(1990, 1, 1),
                    LocalDate.of(1999, 12, 31))).write(o);
        }
        Path out = tmp.resolve("out");
        SparkImport.run(spark, List.of(f.toString()), out.toString(), SparkImport.Options.of("gdelt1"));
        // events with fuzzy dates (months, seasons, spans of years) to exercise the date rules
        List<Row> fuzzy = new ArrayList<>();
        EventRowsTest.events().forEach(e -> fuzzy.add(EventRows.toRow(e)));
        spark.createDataFrame(fuzzy, EventRows.SCHEMA).write().mode(SaveMode.Append).partitionBy("year")
                .parquet(out.toString());

        SparkSeries.register(spark, out.toString());
        try (DyadStore store = DyadStore.inMemory()) {
            store.events().load(out, ExportFormat.PARQUET);
            SeriesQueries duck = new SeriesQueries(store);
            List<EventQuery> queries = List.of(EventQuery.all(), EventQuery.builder().pair("IRN", "AZE").build(),
                    EventQuery.builder().directed("IRN", "AZE").build(),
                    EventQuery.builder().pair("USA", "CHN").from(LocalDate.of(1993, 3, 1)).to(LocalDate.of(1997, 6, 30)).build(),
                    EventQuery.builder().involving("USA").root("04").build(),
                    EventQuery.builder().quadClass(QuadClass.MATERIAL_CONFLICT).build());
            int nonEmpty = 0;
            int i = 0;
            for (EventQuery q : queries) {
                // every period with every rule for the pair; one combination in turn for the other queries
                for (Granularity g : Granularity.values()) {
                    for (DateRule rule : DateRule.values()) {
                        if (i++ % 4 != 0 && !q.equals(queries.get(1))) {
                            continue;
                        }
                        SeriesQueries.Aggregate want = duck.aggregateWithCoverage(q, g, rule);
                        SeriesQueries.Aggregate got = SparkSeries.aggregate(spark, q, g, rule);
                        assertThat(render(got)).as("%s %s %s", q, g, rule).isEqualTo(render(want));
                        nonEmpty += want.buckets().isEmpty() ? 0 : 1;
                    }
                }
            }
            assertThat(nonEmpty).isGreaterThan(20);
            SeriesQueries.Aggregate irnAze = duck.aggregateWithCoverage(EventQuery.builder().pair("IRN", "AZE").build(),
                    Granularity.QUARTER, DateRule.SPREAD);
            assertThat(irnAze.coverage().spanning()).isPositive();
        }
    }
}
