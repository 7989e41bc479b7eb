package org.dyad.data;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Where bad rows go: a tab-separated file with a header {@code file line reason row}. The row is
 * written as read, except that control characters other than tab are escaped ({@code \n},
 * {@code \x00}) and rows longer than {@value #MAX_ROW_BYTES} bytes are cut, which the reason then
 * says. The file is created on the first bad row, so a clean import leaves none.
 */
public final class Quarantine implements Closeable {
    public static final int MAX_ROW_BYTES = 10_000;
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private final Path path;
    private final boolean append;
    private final Rows rows;
    private OutputStream out;
    private long count;

    /**
     * @param append add to an existing file (one quarantine for a whole import) instead of
     *        replacing it (one per input file, so a rerun does not repeat old rows)
     */
    public Quarantine(Path path, boolean append) {
        this.path = path;
        this.append = append;
        this.rows = null;
    }

    private Quarantine(String name, Rows rows) {
        this.path = Path.of(name);
        this.append = true;
        this.rows = rows;
    }

    /** Receives bad rows as {@link #add} would write them: the reason as written, the row escaped and cut. */
    @FunctionalInterface
    public interface Rows {
        void add(String file, long line, String reason, String row);
    }

    /**
     * A quarantine that hands its rows to {@code rows} instead of writing a file (Spark tasks
     * return them as rows); {@code name} is how messages refer to it.
     */
    public static Quarantine to(String name, Rows rows) {
        return new Quarantine(name, rows);
    }

    public Path path() {
        return path;
    }

    /** Rows written by this instance. */
    public long count() {
        return count;
    }

    /**
     * Writes one bad row.
     *
     * @param fullLength the row's real length, when {@code row} holds only its start
     */
    public void add(String file, long line, String reason, byte[] row, int start, int end, long fullLength) {
        try {
            int shown = (int) Math.min(end - start, MAX_ROW_BYTES);
            String why = reason;
            if (fullLength > shown) {
                why += String.format(java.util.Locale.ROOT, " [row cut to its first %,d of %,d bytes]", shown, fullLength);
            }
            if (rows != null) {
                java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream(Math.max(16, shown + 16));
                out = b;
                try {
                    escaped(row, start, start + shown);
                } finally {
                    out = null;
                }
                rows.add(file, line, why, b.toString(StandardCharsets.UTF_8));
                count++;
                return;
            }
            if (out == null) {
                open();
            }
            text(file);
            out.write('\t');
            text(Long.toString(line));
            out.write('\t');
            text(why);
            out.write('\t');
            escaped(row, start, start + shown);
            out.write('\n');
            count++;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the quarantine file " + path + ": " + e.getMessage(), e);
        }
    }

    private void open() throws IOException {
        Path parent = path.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        boolean fresh = !append || !Files.exists(path) || Files.size(path) == 0;
        out = new BufferedOutputStream(append
                ? Files.newOutputStream(path, StandardOpenOption.CREATE, StandardOpenOption.APPEND)
                : Files.newOutputStream(path), 1 << 16);
        if (fresh) {
            out.write("file\tline\treason\trow\n".getBytes(StandardCharsets.US_ASCII));
        }
    }

    private void text(String s) throws IOException {
        byte[] b = s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ').getBytes(StandardCharsets.UTF_8);
        out.write(b);
    }

    private void escaped(byte[] b, int from, int to) throws IOException {
        for (int i = from; i < to; i++) {
            int c = b[i] & 0xFF;
            if (c >= 0x20 || c == '\t') {
                out.write(c);
            } else if (c == '\n') {
                out.write('\\');
                out.write('n');
            } else {
                out.write('\\');
                out.write('x');
                out.write(HEX[c >> 4]);
                out.write(HEX[c & 15]);
            }
        }
    }

    /** Removes the file of an earlier run (when replacing). */
    public void clearEarlier() {
        if (!append && rows == null) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot remove the old quarantine file " + path + ": " + e.getMessage(), e);
            }
        }
    }

    public void flush() {
        if (out != null) {
            try {
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the quarantine file " + path + ": " + e.getMessage(), e);
            }
        }
    }

    @Override
    public void close() {
        if (out != null) {
            try {
                out.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the quarantine file " + path + ": " + e.getMessage(), e);
            } finally {
                out = null;
            }
        }
    }
}
