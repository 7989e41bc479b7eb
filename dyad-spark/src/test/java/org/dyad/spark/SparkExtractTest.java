package org.dyad.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.dyad.model.Event;
import org.dyad.model.InvalidValueException;
import org.dyad.text.TextExtractor;
import org.dyad.text.bench.CorpusGenerator;
import org.dyad.text.dict.BuiltInDictionaries;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Spark extraction gives the events the single-machine extractor gives on the same documents. */
class SparkExtractTest {
    static SparkSession spark;

    @TempDir
    Path tmp;

    @BeforeAll
    static void start() {
        spark = SparkSessions.local(2, "spark-extract-test");
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void documentsGiveTheEventsOfTheSingleMachineExtractorAndABadOneFailsAlone() throws Exception {
        List<Path> docs = new ArrayList<>(new CorpusGenerator(3).write(tmp.resolve("docs"), 5, 20_000));
        Path paper = Path.of("../data/case-studies/irn-aze/paper.txt");
        if (Files.isRegularFile(paper)) {
            docs.add(Files.copy(paper, tmp.resolve("docs").resolve("paper.txt")));
        }
        TextExtractor x = new TextExtractor(BuiltInDictionaries.load(BuiltInDictionaries.Overrides.NONE),
                TextExtractor.Options.defaults());
        List<Event> want = new ArrayList<>();
        for (Path d : docs) {
            x.extract(d.toAbsolutePath().normalize(), e -> want.add(e.event()));
        }
        assertThat(want).hasSizeGreaterThan(50);
        assertThat(want).allSatisfy(e -> assertThat(e.provenance().doc()).isNotNull());
        // a binary file among the documents: named, and the others are still written
        Files.write(tmp.resolve("docs").resolve("junk.bin"), new byte[] {0, 1, 2, 3, (byte) 0xFF, 0, 0, 7, 9});

        Path out = tmp.resolve("out");
        SparkExtract.Result r = SparkExtract.run(spark, List.of(tmp.resolve("docs").toString()), out.toString(),
                SparkExtract.Options.defaults());
        assertThat(r.documents()).isEqualTo(docs.size() + 1);
        assertThat(r.failed()).hasSize(1);
        assertThat(r.failed().get(0)).contains("junk.bin");
        List<Event> got = SparkImportTest.sparkEvents(spark, out);
        assertThat(got).containsExactlyInAnyOrderElementsOf(want);
        assertThat(r.events()).isEqualTo(want.size());

        assertThatThrownBy(() -> SparkExtract.run(spark, List.of(tmp.resolve("nope").toString()),
                tmp.resolve("out2").toString(), SparkExtract.Options.defaults()))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("nope");
        assertThatThrownBy(() -> SparkExtract.run(spark, List.of(tmp.resolve("docs").toString()), out.toString(),
                SparkExtract.Options.defaults()))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("not empty");
    }
}
