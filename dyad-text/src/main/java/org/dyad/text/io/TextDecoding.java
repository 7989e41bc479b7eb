package org.dyad.text.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds a text file's encoding and decodes it strictly. A byte-order mark decides (UTF-8,
 * UTF-16 LE/BE; the mark itself is not part of the text, so offsets start after it); UTF-16
 * without a mark is recognised by its zero bytes; anything else is read as UTF-8 unless the user
 * names an encoding. Binary files (zero bytes, many control characters, known binary signatures)
 * and bytes that are not valid in the encoding are errors naming the file and the byte offset.
 */
public final class TextDecoding {
    /** What sniffing found: the charset and how many bytes of byte-order mark to skip. */
    public record Detected(Charset charset, int bomLength) {
    }

    private TextDecoding() {
    }

    public static Detected detect(Path file, byte[] head, int n, Charset forced) {
        if (n == 0) {
            throw new InputProblem(file, "the file is empty");
        }
        if (n >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return new Detected(StandardCharsets.UTF_8, 3);
        }
        if (n >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return new Detected(StandardCharsets.UTF_16LE, 2);
        }
        if (n >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return new Detected(StandardCharsets.UTF_16BE, 2);
        }
        String signature = binarySignature(head, n);
        if (signature != null) {
            throw new InputProblem(file, "this is " + signature + ", not text: convert it to plain text, PDF or HTML first");
        }
        int zeroEven = 0;
        int zeroOdd = 0;
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = head[i] & 0xFF;
            if (b == 0) {
                if ((i & 1) == 0) {
                    zeroEven++;
                } else {
                    zeroOdd++;
                }
            } else if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        int half = Math.max(1, n / 2);
        if (zeroOdd > half * 0.3 && zeroEven < half * 0.05) {
            return new Detected(StandardCharsets.UTF_16LE, 0);
        }
        if (zeroEven > half * 0.3 && zeroOdd < half * 0.05) {
            return new Detected(StandardCharsets.UTF_16BE, 0);
        }
        if (forced != null) {
            return new Detected(forced, 0);
        }
        if (zeroEven + zeroOdd > 0 || control > n / 20 + 2) {
            throw new InputProblem(file, "looks like a binary file (" + (zeroEven + zeroOdd) + " zero bytes and "
                    + control + " control characters in its first " + n + " bytes), not text");
        }
        return new Detected(StandardCharsets.UTF_8, 0);
    }

    private static String binarySignature(byte[] h, int n) {
        if (n >= 4 && h[0] == 'P' && h[1] == 'K' && h[2] == 3 && h[3] == 4) {
            return "a ZIP archive (or an Office document)";
        }
        if (n >= 4 && (h[0] & 0xFF) == 0x89 && h[1] == 'P' && h[2] == 'N' && h[3] == 'G') {
            return "a PNG image";
        }
        if (n >= 3 && (h[0] & 0xFF) == 0xFF && (h[1] & 0xFF) == 0xD8 && (h[2] & 0xFF) == 0xFF) {
            return "a JPEG image";
        }
        if (n >= 4 && h[0] == 0x7F && h[1] == 'E' && h[2] == 'L' && h[3] == 'F') {
            return "an executable";
        }
        if (n >= 3 && (h[0] & 0xFF) == 0x1F && (h[1] & 0xFF) == 0x8B) {
            return "a gzip archive";
        }
        if (n >= 8 && (h[0] & 0xFF) == 0xD0 && (h[1] & 0xFF) == 0xCF && (h[2] & 0xFF) == 0x11) {
            return "an old Office document";
        }
        return null;
    }

    /** Reads up to {@code max} bytes of the file's head. */
    public static byte[] head(Path file, int max) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(max);
        } catch (IOException e) {
            throw new InputProblem(file, "cannot be read: " + e.getMessage(), e);
        }
    }

    public static CharsetDecoder strictDecoder(Charset cs) {
        return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** Decodes a whole file strictly (after its byte-order mark); for files of reasonable size. */
    public static String readAll(Path file, Charset forced, long maxBytes) {
        byte[] head = head(file, 8192);
        Detected d = detect(file, head, head.length, forced);
        byte[] all;
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new InputProblem(file, "is " + size + " bytes, more than the " + maxBytes
                        + " this kind of document may have");
            }
            all = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputProblem(file, "cannot be read: " + e.getMessage(), e);
        }
        return decode(file, all, d);
    }

    static String decode(Path file, byte[] all, Detected d) {
        CharsetDecoder dec = strictDecoder(d.charset());
        ByteBuffer in = ByteBuffer.wrap(all, d.bomLength(), all.length - d.bomLength());
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L,
                (long) (all.length * (double) dec.maxCharsPerByte()) + 16));
        CoderResult r = dec.decode(in, out, true);
        if (r.isError()) {
            throw malformed(file, d.charset(), in.position(), r);
        }
        r = dec.flush(out);
        if (r.isError()) {
            throw malformed(file, d.charset(), in.position(), r);
        }
        out.flip();
        return out.toString();
    }

    static InputProblem malformed(Path file, Charset cs, long byteOffset, CoderResult r) {
        String what = r.isMalformed() ? "is not valid " + cs.name() : "has characters " + cs.name() + " cannot map";
        String hint = cs.equals(StandardCharsets.UTF_8)
                ? "; if the file is in another encoding, name it (for example --encoding windows-1252)" : "";
        return new InputProblem(file, what + " at byte " + byteOffset + hint);
    }
}
