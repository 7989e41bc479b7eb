package org.dyad.data.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class LineReaderProperties {

    /** Reads in small random chunks, as a socket or an inflater may deliver. */
    static InputStream trickle(byte[] data, int chunk) {
        return new ByteArrayInputStream(data) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, chunk));
            }
        };
    }

    @Provide
    Arbitrary<byte[]> text() {
        return Arbitraries.of((byte) 'a', (byte) '\t', (byte) '\n', (byte) '\r', (byte) 0, (byte) 0xC3, (byte) 'z')
                .array(byte[].class).ofMaxSize(3000);
    }

    @Property
    void linesAreWhatSplittingOnNewlinesGives(@ForAll("text") byte[] data, @ForAll @IntRange(min = 1, max = 700) int chunk)
            throws IOException {
        List<String> expected = new ArrayList<>();
        String s = new String(data, StandardCharsets.ISO_8859_1);
        String[] parts = s.split("\n", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i == parts.length - 1 && parts[i].isEmpty()) {
                break;
            }
            String p = parts[i];
            expected.add(p.endsWith("\r") ? p.substring(0, p.length() - 1) : p);
        }
        List<String> actual = new ArrayList<>();
        try (LineReader r = new LineReader(trickle(data, chunk), LineReader.EXCERPT)) {
            while (r.next()) {
                String line = new String(r.buffer(), r.start(), r.end() - r.start(), StandardCharsets.ISO_8859_1);
                if (r.truncated()) {
                    assertThat(r.length()).isGreaterThan(LineReader.EXCERPT - 1);
                }
                actual.add(r.truncated() ? "<long>" : line);
            }
            assertThat(r.consumed()).isEqualTo(data.length);
        }
        List<String> cut = new ArrayList<>();
        for (String e : expected) {
            cut.add(e.length() >= LineReader.EXCERPT ? "<long>" : e);
        }
        assertThat(actual).isEqualTo(cut);
    }

    @Property
    void fieldsAreWhatSplittingOnTheDelimiterGives(@ForAll("text") byte[] data) {
        byte[] line = Arrays.copyOf(data, data.length);
        for (int i = 0; i < line.length; i++) {
            if (line[i] == '\n') {
                line[i] = 'n';
            }
        }
        String[] expected = new String(line, StandardCharsets.ISO_8859_1).split("\t", -1);
        Fields f = new Fields((byte) '\t').reset(line, 0, line.length);
        assertThat(f.count()).isEqualTo(expected.length);
        for (int i = 0; i < expected.length; i++) {
            assertThat(new String(line, f.start(i), f.length(i), StandardCharsets.ISO_8859_1)).isEqualTo(expected[i]);
        }
    }

    @Property
    void decimalsParseAsJavaParsesThem(@ForAll @IntRange(min = -100000, max = 100000) int whole,
                                       @ForAll @IntRange(min = 0, max = 999999) int fraction,
                                       @ForAll @IntRange(min = 0, max = 6) int digits) {
        String s = whole + (digits == 0 ? "" : "." + String.format("%06d", fraction).substring(0, digits));
        byte[] b = s.getBytes(StandardCharsets.US_ASCII);
        assertThat(Bytes.parseDouble(b, 0, b.length)).isEqualTo(Double.parseDouble(s));
    }

    @Property
    void anythingElseIsNotANumber(@ForAll("text") byte[] data) {
        double v = Bytes.parseDouble(data, 0, data.length);
        if (!Double.isNaN(v)) {
            assertThat(v).isEqualTo(Double.parseDouble(new String(data, StandardCharsets.ISO_8859_1)));
        }
    }
}
