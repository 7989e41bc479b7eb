package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dyad.model.Event;
import org.dyad.model.SharedData;
import org.dyad.model.json.EventJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The text commands driven through the real command line: extract, ingest, explain, eval, validate-petrarch. */
class TextCommandsTest {
    private static final String TEXT = "The two neighbours share a long border.\n\n"
            + "On October 26th, 1993, Iranian President Ali Akbar Hashemi-Rafsanjani made an official visit to Baku.\n"
            + "A memorandum on friendship between Iran and Azerbaijan was signed during this visit.\n";

    @TempDir
    Path tmp;

    private Path write(String name, String content) throws Exception {
        Path p = tmp.resolve(name);
        Files.write(p, content.getBytes(StandardCharsets.UTF_8));
        return p;
    }

    @Test
    void extractWritesEventsWhoseOffsetsIndexTheFile() throws Exception {
        Path doc = write("doc.txt", TEXT);
        Path out = tmp.resolve("events.jsonl");
        CliRun r = CliRun.run(null, "extract", doc.toString(), "-o", out.toString(), "--pair", "IRN,AZE");
        assertThat(r.exit()).as(r.err()).isZero();
        List<Event> events = Files.readAllLines(out).stream().map(EventJson::read).toList();
        assertThat(events).extracting(e -> e.source() + ">" + e.target() + " " + e.code() + " " + e.date())
                .containsExactly("IRNGOV>AZE 042 1993-10-26", "IRN>AZE 057 1993-10-26");
        for (Event e : events) {
            String span = TEXT.substring(e.provenance().charStart(), e.provenance().charEnd());
            assertThat(span.replaceAll("\\s+", " ")).isEqualTo(e.provenance().quote());
            assertThat(e.provenance().doc()).isEqualTo("doc.txt");
        }
        assertThat(events.get(0).sourceName()).isEqualTo("Ali Akbar Hashemi-Rafsanjani");
        assertThat(events.get(0).sourceRole()).isEqualTo("President");
        assertThat(events.get(1).dateText()).isEqualTo("during this visit");
    }

    @Test
    void badFilesAreReportedAndTheOthersStillExtracted() throws Exception {
        Path good = write("good.txt", TEXT);
        Path empty = write("empty.txt", "");
        Path latin = tmp.resolve("latin.txt");
        Files.write(latin, "caf\u00e9 in Baku".getBytes(StandardCharsets.ISO_8859_1));
        Path pdf = write("broken.pdf", "%PDF-1.4 not really\n");
        CliRun r = CliRun.run(null, "extract", empty.toString(), latin.toString(), good.toString(), pdf.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("empty.txt: the file is empty").contains("latin.txt: is not valid UTF-8 at byte 3")
                .contains("broken.pdf: is not a readable PDF").contains("4 files, 3 failed");
        assertThat(r.out().lines().count()).isEqualTo(2);
        CliRun latinOk = CliRun.run(null, "extract", latin.toString(), "--encoding", "ISO-8859-1", "-q");
        assertThat(latinOk.exit()).as(latinOk.err()).isZero();
    }

    @Test
    void ingestedEventsAreExplainedFromTheStoredDocument() throws Exception {
        Path doc = write("doc.txt", TEXT);
        Path store = tmp.resolve("store");
        CliRun in = CliRun.run(store, "ingest", doc.toString(), "--pair", "IRN,AZE", "-q");
        assertThat(in.exit()).as(in.err()).isZero();
        assertThat(in.out()).contains("2 events from 1 files stored");
        CliRun ev = CliRun.run(store, "events", "IRN", "AZE", "--format", "jsonl", "--code", "042", "--from", "1993-10",
                "--to", "1993-10");
        Event visit = ev.out().lines().map(EventJson::read).filter(e -> e.id().startsWith("text:")).findFirst()
                .orElseThrow();
        Files.delete(doc); // the store keeps the text
        CliRun x = CliRun.run(store, "explain", visit.id());
        assertThat(x.exit()).as(x.err()).isZero();
        assertThat(x.out()).contains("action   \"visit\"").contains("IRNGOV from \"Iranian President Ali Akbar Hashemi-Rafsanjani\"")
                .contains("Baku").contains("\"On October 26th, 1993\": explicit date 1993-10-26").contains("NOUN".isEmpty() ? "" : "VISIT");
        CliRun again = CliRun.run(store, "ingest", write("doc.txt", TEXT).toString(), "--pair", "IRN,AZE", "-q");
        assertThat(again.out()).contains("2 events from 1 files stored");
        CliRun count = CliRun.run(store, "events", "IRN", "AZE", "--format", "jsonl", "--code", "042", "--from", "1993-10",
                "--to", "1993-10");
        assertThat(count.out().lines().filter(l -> l.contains("\"text:")).count()).isEqualTo(1);
        CliRun unknown = CliRun.run(store, "explain", "text:0000000000000000");
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err()).contains("no event text:0000000000000000 in the store");
    }

    @Test
    void evalScoresPredictionsAgainstGold() throws Exception {
        Path gold = write("gold.jsonl", "{\"id\":\"g1\",\"date\":\"1993-10-26\",\"source\":\"IRNGOV\",\"target\":\"AZE\","
                + "\"cameo\":\"042\",\"salience\":\"core\"}\n{\"id\":\"g2\",\"date\":\"1993\",\"source\":\"AZE\","
                + "\"target\":\"IRN\",\"cameo\":\"111\",\"salience\":\"core\"}\n");
        Path doc = write("doc.txt", TEXT);
        Path pred = tmp.resolve("pred.jsonl");
        assertThat(CliRun.run(null, "extract", doc.toString(), "-o", pred.toString(), "-q").exit()).isZero();
        CliRun r = CliRun.run(null, "eval", "--gold", gold.toString(), "--pred", pred.toString(), "--pair", "Iran,Azerbaijan");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("true positives       1").contains("false positives      1")
                .contains("false negatives      1").contains("precision            0.500").contains("date exact           1.000");
    }

    @Test
    void validatePetrarchScoresTheUnitRecords() {
        Path records = SharedData.path("validation/petrarch-unit/PETR.UnitTest.records.xml");
        CliRun r = CliRun.run(null, "validate-petrarch", records.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("TOTAL").contains("found ").contains("extra events per record");
    }

    @Test
    void benchTextRunsOnAGeneratedCorpus() {
        CliRun r = CliRun.run(null, "bench", "text", "--megabytes", "1", "--files", "2", "--dir", tmp.resolve("c").toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("corpus            2 files").contains("sentences/s").contains("peak heap used");
    }
}
