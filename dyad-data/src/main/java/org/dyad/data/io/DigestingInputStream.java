package org.dyad.data.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Passes a file's bytes through while computing their SHA-256 on another thread, so hashing (the
 * store recognises files it has loaded by their hash) costs no time on the reading thread of a
 * two-core machine. Also counts the bytes read, for progress.
 *
 * <p>Bytes are read in blocks from a small ring; a block is reused only once its hash update is
 * done, so memory stays at {@code BLOCKS * BLOCK} bytes.
 */
public final class DigestingInputStream extends InputStream {
    private static final int BLOCKS = 4;
    private static final int BLOCK = 1 << 20;
    private final InputStream in;
    private final MessageDigest digest;
    private final ExecutorService hasher;
    private final byte[][] blocks = new byte[BLOCKS][BLOCK];
    private final Future<?>[] pending = new Future<?>[BLOCKS];
    private int current = -1;
    private int pos;
    private int limit;
    private long count;
    private boolean eof;
    private String hex;

    public DigestingInputStream(InputStream in) {
        this.in = in;
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
        this.hasher = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "dyad-sha256");
            t.setDaemon(true);
            return t;
        });
    }

    /** Bytes read from the underlying stream so far. */
    public long count() {
        return count;
    }

    @Override
    public int read() throws IOException {
        if (pos == limit && !nextBlock()) {
            return -1;
        }
        return blocks[current][pos++] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (pos == limit && !nextBlock()) {
            return -1;
        }
        int n = Math.min(len, limit - pos);
        System.arraycopy(blocks[current], pos, b, off, n);
        pos += n;
        return n;
    }

    private boolean nextBlock() throws IOException {
        if (eof) {
            return false;
        }
        int next = (current + 1) % BLOCKS;
        await(next);
        byte[] block = blocks[next];
        int n = in.readNBytes(block, 0, BLOCK);
        if (n <= 0) {
            eof = true;
            return false;
        }
        count += n;
        final int length = n;
        pending[next] = hasher.submit(() -> digest.update(block, 0, length));
        current = next;
        pos = 0;
        limit = n;
        eof = n < BLOCK; // readNBytes stops short only at the end of the stream
        return true;
    }

    private void await(int slot) throws IOException {
        Future<?> f = pending[slot];
        if (f == null) {
            return;
        }
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while hashing");
        } catch (ExecutionException e) {
            throw new IOException("hashing failed: " + e.getCause(), e.getCause());
        }
        pending[slot] = null;
    }

    /**
     * Reads whatever is left, then returns the SHA-256 of all the bytes as 64 hex digits. The
     * stream is at its end afterwards.
     */
    public String sha256() throws IOException {
        if (hex == null) {
            while (nextBlock()) {
                pos = limit;
            }
            for (int i = 0; i < BLOCKS; i++) {
                await(i);
            }
            hex = HexFormat.of().formatHex(digest.digest());
        }
        return hex;
    }

    @Override
    public void close() throws IOException {
        hasher.shutdownNow();
        in.close();
    }
}
