package org.dyad.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.dyad.model.Dimension;
import org.dyad.model.Event;
import org.dyad.model.FuzzyDate;
import org.dyad.model.Modality;
import org.dyad.model.Origin;
import org.dyad.model.Provenance;
import org.dyad.model.QuadClass;
import org.dyad.model.Season;
import org.dyad.store.DyadStore;
import org.dyad.store.EventQuery;
import org.dyad.store.ExportFormat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventRowsTest {
    static SparkSession spark;

    @TempDir
    Path tmp;

    @BeforeAll
    static void start() {
        spark = SparkSessions.local(2, "event-rows-test");
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    static List<Event> events() {
        List<Event> l = new ArrayList<>();
        FuzzyDate[] dates = {FuzzyDate.day(1993, 10, 26), FuzzyDate.month(1992, 5), FuzzyDate.season(Season.AUTUMN, 1994),
            FuzzyDate.parse("1993", "2001", "year"), FuzzyDate.range(FuzzyDate.day(1991, 6, 10), FuzzyDate.day(1991, 6, 11))};
        for (int i = 0; i < 50; i++) {
            Event.Builder b = Event.builder().id("t:" + i).date(dates[i % dates.length]).source(i % 2 == 0 ? "IRNGOV" : "AZE")
                    .target(i % 2 == 0 ? "AZE" : "IRNGOV").sourceCountry(i % 2 == 0 ? "IRN" : "AZE")
                    .targetCountry(i % 2 == 0 ? "AZE" : "IRN").code(i % 7 == 0 ? null : "057")
                    .origin(i % 3 == 0 ? Origin.TEXT : Origin.GDELT1).reports(1 + i % 3);
            if (i % 7 != 0) {
                b.quadClass(QuadClass.VERBAL_COOPERATION).goldstein(8.0);
            }
            if (i % 2 == 0) {
                b.dimension(Dimension.ECONOMIC).quantity("documents_signed", 14).sourceName("Rafsanjani")
                        .sourceRole("President").provenance(Provenance.span("doc.txt", i, i + 5, "a \"quote\""))
                        .confidence(0.8);
            } else {
                b.modality(Modality.PLANNED).originRef("id" + i).reportIds(List.of("a", "b")).flag("anachronism");
            }
            l.add(b.build());
        }
        return l;
    }

    @Test
    void eventsSurviveSparkParquetAndLoadIntoTheStore() {
        List<Event> events = events();
        List<Row> rows = new ArrayList<>();
        events.forEach(e -> rows.add(EventRows.toRow(e)));
        Dataset<Row> df = spark.createDataFrame(rows, EventRows.SCHEMA);
        assertThat(df.collectAsList().stream().map(EventRows::fromRow).toList()).containsExactlyElementsOf(events);

        Path out = tmp.resolve("out");
        df.write().partitionBy("year").parquet(out.toString());
        try (DyadStore store = DyadStore.inMemory()) {
            var batch = store.events().load(out, ExportFormat.PARQUET);
            assertThat(batch.rowsKept()).isEqualTo(50);
            assertThat(store.events().query(EventQuery.all())).containsExactlyInAnyOrderElementsOf(events);
            assertThat(store.events().load(out, ExportFormat.PARQUET).rowsKept()).isZero();
        }
    }
}
