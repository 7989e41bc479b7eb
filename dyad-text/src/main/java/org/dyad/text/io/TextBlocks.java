package org.dyad.text.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.dyad.text.charfilter.MappedText;

/**
 * Streams a text file as blocks of whole paragraphs, decoding strictly as it goes, so a file of
 * any size is read in constant memory. A block ends at a blank line once it holds
 * {@link #TARGET} characters and its last paragraph ended a sentence; it is cut harder if
 * paragraphs never end. A line longer than {@link #MAX_LINE} characters is an error: such a file
 * is not running text (a minified or binary file, or one without line ends).
 */
final class TextBlocks implements Iterator<MappedText>, AutoCloseable {
    static final int TARGET = 64 * 1024;
    static final int MAX_LINE = 1_000_000;

    private final Path file;
    private final TextDecoding.Detected detected;
    private final CharsetDecoder decoder;
    private final InputStream in;
    private final ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
    private final CharBuffer chars = CharBuffer.allocate(64 * 1024);
    private final StringBuilder block = new StringBuilder(TARGET * 2);
    private long bytesConsumed;
    private boolean eof;
    private long baseChar;
    private long baseCodePoint;
    private int lineStart;
    private int lineNumber = 1;
    private boolean lastLineEndedSentence;
    private MappedText next;

    TextBlocks(Path file, TextDecoding.Detected detected) {
        this.file = file;
        this.detected = detected;
        this.decoder = TextDecoding.strictDecoder(detected.charset());
        try {
            this.in = Files.newInputStream(file);
            long skipped = in.skip(detected.bomLength());
            bytesConsumed = skipped;
        } catch (IOException e) {
            throw new InputProblem(file, "cannot be read: " + e.getMessage(), e);
        }
        bytes.flip();
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            next = readBlock();
        }
        return next != null;
    }

    @Override
    public MappedText next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        MappedText b = next;
        next = null;
        return b;
    }

    private MappedText readBlock() {
        while (true) {
            int cut = scanForCut();
            if (cut > 0) {
                return emit(cut);
            }
            if (!fill()) {
                return block.length() == 0 ? null : emit(block.length());
            }
        }
    }

    /** Scans complete lines in the block; returns where to cut, or 0 to read more. */
    private int scanForCut() {
        int n = block.length();
        int i = lineStart;
        while (true) {
            int nl = indexOf(block, '\n', i, n);
            if (nl < 0) {
                if (n - lineStart > MAX_LINE) {
                    throw new InputProblem(file, "line " + lineNumber + " is longer than " + MAX_LINE
                            + " characters: this is not running text (a minified, binary or single-line file?)");
                }
                return 0;
            }
            boolean blank = isBlank(block, lineStart, nl);
            if (!blank) {
                lastLineEndedSentence = endsSentence(block, lineStart, nl);
            }
            lineStart = nl + 1;
            lineNumber++;
            i = lineStart;
            int size = lineStart;
            if (blank && ((size >= TARGET && lastLineEndedSentence) || size >= 8 * TARGET)) {
                return size;
            }
            if (size >= 32 * TARGET) {
                return size;
            }
        }
    }

    private static int indexOf(CharSequence s, char c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isBlank(CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean endsSentence(CharSequence s, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c == '.' || c == '!' || c == '?' || c == '"' || c == '\u201D' || c == ')' || c == ':';
            }
        }
        return false;
    }

    private MappedText emit(int cut) {
        String text = block.substring(0, cut);
        block.delete(0, cut);
        lineStart = Math.max(0, lineStart - cut);
        if (baseChar + text.length() > Integer.MAX_VALUE) {
            throw new InputProblem(file, "is longer than " + Integer.MAX_VALUE + " characters: split it into smaller files");
        }
        MappedText m = MappedText.original(text, (int) baseChar, (int) baseCodePoint);
        baseChar += text.length();
        baseCodePoint += text.codePointCount(0, text.length());
        return m;
    }

    /** Decodes more bytes into the block; false at the end of the file. */
    private boolean fill() {
        if (eof) {
            return false;
        }
        try {
            bytes.compact();
            int r = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (r < 0) {
                eof = true;
            } else {
                bytes.position(bytes.position() + r);
            }
            bytes.flip();
            int before = bytes.position();
            CoderResult cr = decoder.decode(bytes, chars, eof);
            bytesConsumed += bytes.position() - before;
            if (cr.isError()) {
                throw TextDecoding.malformed(file, detected.charset(), bytesConsumed, cr);
            }
            if (eof) {
                cr = decoder.flush(chars);
                if (cr.isError()) {
                    throw TextDecoding.malformed(file, detected.charset(), bytesConsumed, cr);
                }
            }
            chars.flip();
            block.append(chars);
            chars.clear();
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(new IOException(file + ": cannot be read: " + e.getMessage(), e));
        }
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException ignored) {
            // reading is over; nothing to release
        }
    }
}
