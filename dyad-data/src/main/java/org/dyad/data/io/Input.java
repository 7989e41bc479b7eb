package org.dyad.data.io;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * One input file opened for reading, whatever its packaging: plain, gzip, or a zip archive (each
 * entry a part, read in order). The packaging is recognised by the first bytes, not the name
 * (GDELT's {@code .CSV} files are tab-separated; a renamed archive is still an archive). The
 * SHA-256 of the file's own bytes is computed as it is read.
 */
public final class Input implements Closeable {
    /** How the file is packed. */
    public enum Packing { PLAIN, GZIP, ZIP }

    private final Path file;
    private final long size;
    private final DigestingInputStream raw;
    /** For a byte range: the range's bytes, counted; null for a whole file (read through {@link #raw}). */
    private final RangeStream range;
    private final Packing packing;
    private final BufferedInputStream buffered;
    private ZipInputStream zip;
    private InputStream part;
    private String partName;
    private boolean started;

    private Input(Path file) throws IOException {
        this.file = file;
        this.size = Files.size(file);
        this.raw = new DigestingInputStream(Files.newInputStream(file));
        this.range = null;
        this.buffered = new BufferedInputStream(raw, 1 << 16);
        this.packing = sniff(buffered);
    }

    private Input(Path file, long from, long to) throws IOException {
        this.file = file;
        this.raw = null;
        this.range = new RangeStream(file, from, to);
        this.size = range.length;
        this.buffered = new BufferedInputStream(range, 1 << 16);
        this.packing = Packing.PLAIN;
    }

    /**
     * Bytes {@code from} (inclusive) to {@code to} (exclusive) of a plain file, read as one part
     * named as the file, without computing a hash ({@link #sha256()} is null): one piece of a big
     * file read in parallel. The caller places both ends at line starts.
     */
    public static Input range(Path file, long from, long to) throws IOException {
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("bad range " + from + ".." + to + " of " + file);
        }
        return new Input(file, from, to);
    }

    /** A byte range of a file as a stream, counting what it has read. */
    private static final class RangeStream extends InputStream {
        private final java.nio.channels.FileChannel channel;
        private final long length;
        private long read;

        RangeStream(Path file, long from, long to) throws IOException {
            this.channel = java.nio.channels.FileChannel.open(file);
            this.channel.position(from);
            this.length = to - from;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (read >= length) {
                return -1;
            }
            int n = channel.read(java.nio.ByteBuffer.wrap(b, off, (int) Math.min(len, length - read)));
            if (n > 0) {
                read += n;
            }
            return n;
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }
    }

    public static Input open(Path file) throws IOException {
        return new Input(file);
    }

    private static Packing sniff(BufferedInputStream in) throws IOException {
        in.mark(4);
        byte[] head = in.readNBytes(4);
        in.reset();
        if (head.length >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B) {
            return Packing.GZIP;
        }
        if (head.length == 4 && head[0] == 'P' && head[1] == 'K' && (head[2] == 3 || head[2] == 5)
                && (head[3] == 4 || head[3] == 6)) {
            return Packing.ZIP;
        }
        return Packing.PLAIN;
    }

    public Packing packing() {
        return packing;
    }

    /**
     * Moves to the next part: the file itself (plain or gzip), or the next entry of a zip. False
     * when there is none left; a zip with no entry has no part.
     */
    public boolean nextPart() throws IOException {
        switch (packing) {
            case ZIP:
                if (zip == null) {
                    zip = new ZipInputStream(buffered);
                }
                ZipEntry e;
                while ((e = zip.getNextEntry()) != null) {
                    if (!e.isDirectory() && !e.getName().startsWith("__MACOSX/")) {
                        part = zip;
                        partName = file.getFileName() + "!" + e.getName();
                        return true;
                    }
                }
                return false;
            default:
                if (started) {
                    return false;
                }
                started = true;
                part = packing == Packing.GZIP ? new GZIPInputStream(buffered, 1 << 16) : buffered;
                partName = file.getFileName().toString();
                return true;
        }
    }

    /** The decoded bytes of the current part. Closing it is not needed: close this input. */
    public InputStream part() {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                return part.read();
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return part.read(b, off, len);
            }
        };
    }

    /** {@code name.gz} or {@code archive.zip!entry.csv}: how messages name the part. */
    public String partName() {
        return partName;
    }

    public Path file() {
        return file;
    }

    /** The size of the file on disk. */
    public long size() {
        return size;
    }

    /** Bytes of the file read so far (compressed bytes for an archive). */
    public long position() {
        return range != null ? range.read : raw.count();
    }

    /** Reads the rest of the file and returns the SHA-256 of all its bytes (null for a byte range). */
    public String sha256() throws IOException {
        return range != null ? null : raw.sha256();
    }

    /** The SHA-256 of a file, read once from start to end. */
    public static String sha256(Path file) throws IOException {
        try (DigestingInputStream in = new DigestingInputStream(Files.newInputStream(file))) {
            return in.sha256();
        }
    }

    @Override
    public void close() throws IOException {
        if (range != null) {
            range.close();
        } else {
            raw.close();
        }
    }
}
