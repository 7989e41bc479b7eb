package org.dyad.data.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dyad.model.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputTest {
    @TempDir
    Path dir;

    private static List<String> parts(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        try (Input in = Input.open(file)) {
            while (in.nextPart()) {
                out.add(in.partName() + "=" + new String(in.part().readAllBytes(), StandardCharsets.UTF_8));
            }
            assertThat(in.sha256()).isEqualTo(sha(Files.readAllBytes(file)));
        }
        return out;
    }

    private static String sha(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void plainGzipAndZipAreKnownByTheirBytesNotTheirNames() throws IOException {
        Path plain = Files.writeString(dir.resolve("a.zip"), "not a zip\n");
        Path gz = dir.resolve("b.CSV");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(gz))) {
            o.write("gzipped\n".getBytes(StandardCharsets.UTF_8));
        }
        Path zip = dir.resolve("c.bin");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new ZipEntry("folder/"));
            z.putNextEntry(new ZipEntry("folder/1.tsv"));
            z.write("one\n".getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("2.tsv"));
            z.write("two\n".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(parts(plain)).containsExactly("a.zip=not a zip\n");
        assertThat(parts(gz)).containsExactly("b.CSV=gzipped\n");
        assertThat(parts(zip)).containsExactly("c.bin!folder/1.tsv=one\n", "c.bin!2.tsv=two\n");
    }

    @Test
    void theHashOfALargeFileIsComputedWhileItIsRead() throws IOException {
        byte[] big = new byte[9 * 1024 * 1024 + 17];
        new java.util.Random(1).nextBytes(big);
        Path f = Files.write(dir.resolve("big.bin"), big);
        try (Input in = Input.open(f)) {
            in.nextPart();
            assertThat(in.part().readNBytes(1000)).hasSize(1000);
            assertThat(in.sha256()).isEqualTo(sha(big));
            assertThat(in.position()).isEqualTo(big.length);
        }
        assertThat(Input.sha256(f)).isEqualTo(sha(big));
    }

    @Test
    void directoriesAndGlobsExpandToSortedFilesSkippingHiddenOnes() throws IOException {
        Files.createDirectories(dir.resolve("d/sub"));
        Files.writeString(dir.resolve("d/b.tsv"), "");
        Files.writeString(dir.resolve("d/a.tsv"), "");
        Files.writeString(dir.resolve("d/.hidden"), "");
        Files.writeString(dir.resolve("d/sub/c.csv"), "");
        assertThat(InputFiles.expand(List.of(dir.resolve("d").toString())))
                .containsExactly(dir.resolve("d/a.tsv"), dir.resolve("d/b.tsv"), dir.resolve("d/sub/c.csv"));
        assertThat(InputFiles.expand(List.of(dir.resolve("d") + "/*.tsv")))
                .containsExactly(dir.resolve("d/a.tsv"), dir.resolve("d/b.tsv"));
        assertThat(InputFiles.expand(List.of(dir.resolve("d") + "/**.csv"))).containsExactly(dir.resolve("d/sub/c.csv"));
        assertThatThrownBy(() -> InputFiles.expand(List.of(dir.resolve("d") + "/*.zip")))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("no file matches");
        assertThatThrownBy(() -> InputFiles.expand(List.of(dir.resolve("nope.tsv").toString())))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("no such file or directory");
    }
}
