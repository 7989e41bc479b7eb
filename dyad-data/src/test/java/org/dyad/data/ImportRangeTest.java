package org.dyad.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyad.data.format.EventFormat;
import org.dyad.data.synth.Synth;
import org.dyad.data.synth.SynthOptions;
import org.dyad.model.Event;
import org.dyad.model.EventSink;
import org.dyad.model.Origin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Importer#importRange}: a file read in line-aligned pieces gives what it gives read whole. */
class ImportRangeTest {
    @TempDir
    Path tmp;

    /** Collects the events added, in order; commits keep everything. */
    static final class Collect implements EventSink {
        final List<Event> events = new ArrayList<>();

        @Override
        public boolean hasLoaded(String source) {
            return false;
        }

        @Override
        public boolean hasLoaded(String source, String sha256) {
            return false;
        }

        @Override
        public Batch begin(Origin origin, String source) {
            return new Batch() {
                @Override
                public void add(Event e) {
                    events.add(e);
                }

                @Override
                public long added() {
                    return events.size();
                }

                @Override
                public Committed commit(String sha256, long rowsRead, long rowsQuarantined, String note) {
                    return new Committed(events.size(), 0, 0);
                }

                @Override
                public void close() {
                }
            };
        }
    }

    record Bad(String file, long line, String reason, String row) {
    }

    @Test
    void piecesAtLineStartsGiveTheEventsAndBadRowsOfTheWholeFile() throws Exception {
        Path f = tmp.resolve("g.tsv");
        try (OutputStream o = Files.newOutputStream(f)) {
            new Synth(EventFormat.GDELT1, SynthOptions.of(3000, 7).withBadShare(0.02)).write(o);
        }
        ImportOptions opts = ImportOptions.of(null, tmp.resolve("q"));
        Collect whole = new Collect();
        List<Bad> wholeBad = new ArrayList<>();
        FileResult w = new Importer(whole, opts, null, false).importRange(f, 0, Files.size(f),
                Quarantine.to("q", (file, line, reason, row) -> wholeBad.add(new Bad(file, line, reason, row))));
        assertThat(w.status()).isEqualTo(FileResult.Status.IMPORTED);
        assertThat(wholeBad).isNotEmpty();
        // the same as the ordinary import of the file
        Collect plain = new Collect();
        new Importer(plain, opts, null, false).run(List.of(f));
        assertThat(whole.events).containsExactlyElementsOf(plain.events);

        byte[] bytes = Files.readAllBytes(f);
        long[] cuts = {0, lineStart(bytes, bytes.length / 3), lineStart(bytes, 2 * bytes.length / 3), bytes.length};
        Collect pieces = new Collect();
        List<Bad> piecesBad = new ArrayList<>();
        long linesBefore = 0;
        for (int i = 0; i < 3; i++) {
            long offset = linesBefore;
            FileResult r = new Importer(pieces, opts, null, false).importRange(f, cuts[i], cuts[i + 1],
                    Quarantine.to("q", (file, line, reason, row) -> piecesBad.add(new Bad(file, offset + line, reason,
                            row))));
            assertThat(r.status()).isEqualTo(FileResult.Status.IMPORTED);
            for (long p = cuts[i]; p < cuts[i + 1]; p++) {
                linesBefore += bytes[(int) p] == '\n' ? 1 : 0;
            }
        }
        assertThat(pieces.events).containsExactlyElementsOf(whole.events);
        assertThat(piecesBad).containsExactlyElementsOf(wholeBad);
    }

    @Test
    void aLaterPieceOfAFileInNoKnownFormatFailsNamingTheFile() throws Exception {
        Path f = tmp.resolve("odd.tsv");
        Files.writeString(f, "a\tb\tc\n".repeat(10));
        FileResult r = new Importer(new Collect(), ImportOptions.of(null, tmp), null, false).importRange(f, 50,
                Files.size(f), Quarantine.to("q", (a, b, c, d) -> { }));
        assertThat(r.status()).isEqualTo(FileResult.Status.FAILED);
        assertThat(r.message()).startsWith("odd.tsv").contains("nothing of this file was stored");
    }

    static long lineStart(byte[] b, int from) {
        int i = from;
        while (i < b.length && b[i - 1] != '\n') {
            i++;
        }
        return i;
    }
}
