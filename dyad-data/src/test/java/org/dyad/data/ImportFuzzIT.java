package org.dyad.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.dyad.data.format.EventFormat;
import org.dyad.store.DyadStore;
import org.dyad.store.EventQuery;

/**
 * Whatever a file holds, an import either stores it (bad rows quarantined with their file and
 * line) or fails with a message naming the file, and what the store held before is still there.
 */
class ImportFuzzIT {
    private static Path dir;
    private static DyadStore store;
    private static long baseline;
    private static int files;

    @BeforeContainer
    static void open() throws IOException {
        dir = Files.createTempDirectory("dyad-fuzz");
        store = DyadStore.open(dir.resolve("home"));
        Path good = dir.resolve("good.tsv");
        Files.writeString(good, ImportIT.gdeltRow(1, "19930110", "AZE", "042") + "\n"
                + ImportIT.gdeltRow(2, "19930111", "AZE", "036") + "\n");
        new Importer(store.imports(), ImportOptions.of(EventFormat.GDELT1, dir), null, false).run(List.of(good));
        baseline = store.events().count(EventQuery.all());
    }

    @AfterContainer
    static void close() {
        store.close();
    }

    private static FileResult importBytes(String name, byte[] content, EventFormat format) {
        Path f = dir.resolve((files++) + "-" + name);
        try {
            Files.write(f, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        FileResult r = new Importer(store.imports(), ImportOptions.of(format, dir.resolve("q")), null, false)
                .run(List.of(f)).files().get(0);
        assertThat(store.events().get("gdelt1:1")).isPresent();
        assertThat(store.events().get("gdelt1:2")).isPresent();
        assertThat(store.events().count(EventQuery.all())).isGreaterThanOrEqualTo(baseline);
        if (r.status() == FileResult.Status.FAILED) {
            assertThat(r.message()).contains(f.getFileName().toString()).contains("nothing of this file was stored");
        }
        return r;
    }

    @Provide
    Arbitrary<byte[]> junk() {
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(20_000);
        Arbitrary<byte[]> rowsWithDamage = Arbitraries.integers().between(0, 60).flatMap(n ->
                Arbitraries.bytes().array(byte[].class).ofMaxSize(40).map(noise -> {
                    StringBuilder s = new StringBuilder();
                    for (int i = 0; i < n; i++) {
                        s.append(ImportIT.gdeltRow(1000 + i, "19930110", "AZE", "042")).append('\n');
                    }
                    byte[] rows = s.toString().getBytes(StandardCharsets.UTF_8);
                    if (rows.length > 0 && noise.length > 0) {
                        int at = Math.floorMod(noise[0] * 7919, rows.length);
                        System.arraycopy(noise, 0, rows, at, Math.min(noise.length, rows.length - at));
                    }
                    return rows;
                }));
        return Arbitraries.oneOf(random, rowsWithDamage);
    }

    @Property(tries = 60)
    void anyBytesInAnyFormatNeverCorruptTheStore(@ForAll("junk") byte[] content,
                                                  @ForAll("formats") EventFormat format) {
        FileResult r = importBytes("junk.bin", content, format);
        if (r.status() == FileResult.Status.IMPORTED) {
            assertThat(r.kept() + r.duplicates() + r.collapsed() + r.quarantined() + r.filtered())
                    .isLessThanOrEqualTo(r.rowsRead());
        }
    }

    @Provide
    Arbitrary<EventFormat> formats() {
        return Arbitraries.of(EventFormat.GDELT1, EventFormat.GDELT2, EventFormat.ICEWS, EventFormat.POLECAT,
                EventFormat.PHOENIX, EventFormat.CSV).injectNull(0.3);
    }

    @Example
    void aFiftyMegabyteLineIsQuarantinedCutShortAndTheNextRowsAreImported() throws IOException {
        byte[] huge = new byte[50 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) 'x');
        byte[] before = (ImportIT.gdeltRow(501, "19930110", "AZE", "043") + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] after = ("\n" + ImportIT.gdeltRow(502, "19930110", "AZE", "044") + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[before.length + huge.length + after.length];
        System.arraycopy(before, 0, all, 0, before.length);
        System.arraycopy(huge, 0, all, before.length, huge.length);
        System.arraycopy(after, 0, all, before.length + huge.length, after.length);
        FileResult r = importBytes("huge-line.tsv", all, EventFormat.GDELT1);
        assertThat(r.status()).isEqualTo(FileResult.Status.IMPORTED);
        assertThat(r.kept()).isEqualTo(2);
        assertThat(r.quarantined()).isEqualTo(1);
        List<String> q = Files.readAllLines(r.quarantine());
        assertThat(q.get(1)).contains("\t2\tthe line is 52,428,800 bytes long, over the limit of 1,048,576 bytes")
                .contains("[row cut to its first 4,096 of 52,428,800 bytes]");
        assertThat(q.get(1).length()).isLessThan(5000);
    }

    @Example
    void binaryJunkIsNamedAsSuch() {
        byte[] b = new byte[4000];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (i % 7 == 0 ? '\n' : i % 3 == 0 ? 0 : i);
        }
        FileResult r = importBytes("junk.bin", b, EventFormat.GDELT1);
        assertThat(r.status()).isEqualTo(FileResult.Status.FAILED);
        assertThat(r.message()).contains("binary data");
    }

    @Example
    void autoDetectionOfJunkFailsNamingFileAndLine() {
        FileResult r = importBytes("mystery.dat", "what is this\nno idea\n".getBytes(StandardCharsets.UTF_8), null);
        assertThat(r.status()).isEqualTo(FileResult.Status.FAILED);
        assertThat(r.message()).contains("mystery.dat:1: cannot tell the format");
    }

    @Example
    void aTruncatedZipFailsAndStoresNothing() throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            z.putNextEntry(new ZipEntry("19930110.export.CSV"));
            for (int i = 0; i < 30_000; i++) {
                z.write((ImportIT.gdeltRow(700_000 + i, "19930110", "AZE", i % 2 == 0 ? "040" : "051") + "\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
        }
        byte[] all = bytes.toByteArray();
        long count = store.events().count(EventQuery.all());
        FileResult r = importBytes("cut.zip", java.util.Arrays.copyOf(all, all.length * 2 / 3), EventFormat.GDELT1);
        assertThat(r.status()).isEqualTo(FileResult.Status.FAILED);
        assertThat(r.message()).contains("cut.zip!19930110.export.CSV:").contains("truncated or damaged");
        assertThat(store.events().count(EventQuery.all())).isEqualTo(count);
    }

    @Example
    void aHeaderRowWhereNoneBelongsIsQuarantinedAndTheRowsAfterItImported() {
        String s = "GLOBALEVENTID\tSQLDATE\tMonthYear\n" + ImportIT.gdeltRow(801, "19930110", "AZE", "046") + "\n";
        FileResult r = importBytes("with-header.tsv", s.getBytes(StandardCharsets.UTF_8), EventFormat.GDELT1);
        assertThat(r.kept()).isEqualTo(1);
        assertThat(r.quarantined()).isEqualTo(1);
    }
}
