package org.dyad.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.dyad.model.UserFacing;
import org.dyad.model.json.JsonWriter;
import org.dyad.store.DyadStore;
import org.dyad.text.TextExtractor;
import org.dyad.text.code.CoderOptions;
import org.dyad.text.dict.BuiltInDictionaries;
import org.dyad.text.dict.Dictionaries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Documents uploaded to the server: checked (size, kind, content), kept under a name the server
 * makes in a directory of its own, and extracted into the store in the background one at a time
 * ({@link TextStore#ingest}), with their progress. Uploading a file of the same name again replaces
 * what it gave before, as {@code dyad ingest} does for a path.
 */
final class Uploads implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Uploads.class);
    /** Largest upload accepted. */
    static final long MAX_BYTES = 20L * 1024 * 1024;
    /** Kinds of document accepted, by extension (dyad-text reads them). */
    static final Set<String> EXTENSIONS = Set.of("txt", "text", "md", "html", "htm", "xhtml", "pdf");
    /** Uploads whose state is kept for asking. */
    static final int KEPT = 100;
    private static final SecureRandom IDS = new SecureRandom();

    private final DyadStore store;
    private final Runnable storeChanged;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "dyad-uploads");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Job> jobs = new LinkedHashMap<>();
    private final Path dir;
    private volatile Dictionaries dictionaries;

    Uploads(DyadStore store, Runnable storeChanged) {
        this.store = store;
        this.storeChanged = storeChanged;
        try {
            this.dir = Files.createTempDirectory("dyad-uploads");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a directory for uploads", e);
        }
    }

    /** One upload and how far it got. */
    private static final class Job {
        final String id;
        final String file;
        final long bytes;
        volatile String state = "queued";
        volatile int documents;
        volatile int documentsDone;
        volatile long events;
        volatile String message;

        Job(String id, String file, long bytes) {
            this.id = id;
            this.file = file;
            this.bytes = bytes;
        }

        Views.Upload view() {
            double progress = "done".equals(state) ? 1 : documents == 0 ? 0 : (double) documentsDone / documents;
            return new Views.Upload(id, file, state, bytes, documents, documentsDone, events, progress, message);
        }
    }

    /**
     * Checks and keeps an upload, and queues its extraction. {@code pairA}/{@code pairB} (CAMEO
     * codes, or null) name the pair the text is about; {@code date} is the document's date.
     */
    Views.Upload submit(String fileName, InputStream content, String pairA, String pairB, LocalDate date) {
        String name = safeName(fileName);
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        if (!EXTENSIONS.contains(ext)) {
            throw ApiException.badRequest("'" + name + "' is not a kind of document Dyad reads: send "
                    + String.join(", ", EXTENSIONS.stream().sorted().map(e -> "." + e).toList()));
        }
        String id = HexFormat.of().formatHex(IDS.generateSeed(8));
        Path jobDir = dir.resolve(id);
        Path file = jobDir.resolve(name);
        long size;
        try {
            Files.createDirectories(jobDir);
            size = copyAtMost(content, file, MAX_BYTES);
            checkContent(file, ext, size);
        } catch (IOException e) {
            delete(jobDir);
            throw new UncheckedIOException("cannot keep the upload", e);
        } catch (RuntimeException e) {
            delete(jobDir);
            throw e;
        }
        Job job = new Job(id, name, size);
        synchronized (jobs) {
            jobs.put(id, job);
            forgetOld();
        }
        worker.submit(() -> run(job, file, pairA, pairB, date));
        return job.view();
    }

    Optional<Views.Upload> get(String id) {
        synchronized (jobs) {
            return Optional.ofNullable(jobs.get(id)).map(Job::view);
        }
    }

    /** Letters, digits, dot, dash and underscore only; no leading dot; at most 100 characters. */
    static String safeName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            throw ApiException.badRequest("send the document as the multipart field 'file', with its file name");
        }
        String base = fileName.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        String s = base.replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("^[._]+", "");
        if (s.length() > 100) {
            String ext = s.contains(".") ? s.substring(s.lastIndexOf('.')) : "";
            s = s.substring(0, Math.max(1, 100 - ext.length())) + ext;
        }
        if (s.isEmpty()) {
            throw ApiException.badRequest("the file name '" + fileName + "' has no usable characters");
        }
        return s;
    }

    private static long copyAtMost(InputStream in, Path to, long max) throws IOException {
        long n = 0;
        byte[] buf = new byte[65536];
        try (InputStream src = in; OutputStream out = Files.newOutputStream(to)) {
            int r;
            while ((r = src.read(buf)) >= 0) {
                n += r;
                if (n > max) {
                    throw new ApiException(413, "too_large", "the document is larger than " + (max >> 20)
                            + " MB; split it or ingest it with 'dyad ingest'");
                }
                out.write(buf, 0, r);
            }
        }
        if (n == 0) {
            throw ApiException.badRequest("the document is empty");
        }
        return n;
    }

    /** A PDF must be one; a text must not look binary. */
    private static void checkContent(Path file, String ext, long size) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8192);
        }
        if (ext.equals("pdf")) {
            if (!new String(head, 0, Math.min(5, head.length), StandardCharsets.ISO_8859_1).equals("%PDF-")) {
                throw ApiException.badRequest("the document is named .pdf but is not a PDF");
            }
            return;
        }
        int zeros = 0;
        for (byte b : head) {
            zeros += b == 0 ? 1 : 0;
        }
        boolean utf16 = head.length >= 2 && ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE)
                || (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF));
        if (zeros > 0 && !utf16) {
            throw ApiException.badRequest("the document is named ." + ext + " but holds binary data");
        }
    }

    private void run(Job job, Path file, String pairA, String pairB, LocalDate date) {
        job.state = "extracting";
        try {
            TextExtractor x = new TextExtractor(dictionaries(), new TextExtractor.Options(pairA, pairB, date, null,
                    CoderOptions.narrative()));
            job.events = TextStore.ingest(store, x, file, "upload:" + job.file, null, date, note(pairA, pairB, date),
                    (done, of, events) -> {
                        job.documents = of;
                        job.documentsDone = done;
                        job.events = events;
                    });
            job.state = "done";
            storeChanged.run();
        } catch (RuntimeException e) {
            job.state = "failed";
            if (e instanceof UserFacing) {
                job.message = e.getMessage();
            } else {
                LOG.error("extracting upload {} ({}) failed", job.id, job.file, e);
                job.message = "the extraction failed; the server's log says why";
            }
        } finally {
            delete(file.getParent());
        }
    }

    private Dictionaries dictionaries() {
        Dictionaries d = dictionaries;
        if (d == null) {
            d = BuiltInDictionaries.load(BuiltInDictionaries.Overrides.NONE);
            dictionaries = d;
        }
        return d;
    }

    /** The extraction options, as {@code dyad ingest} keeps them, so that events can be explained later. */
    private static String note(String pairA, String pairB, LocalDate date) {
        StringBuilder b = new StringBuilder();
        JsonWriter w = new JsonWriter(b).beginObject();
        w.name("persons").value(List.of());
        w.field("pair", pairA == null ? null : pairA + "," + pairB);
        w.field("doc_date", date == null ? null : date.toString()).endObject();
        return b.toString();
    }

    private void forgetOld() {
        List<String> finished = new ArrayList<>();
        for (Job j : jobs.values()) {
            if (j.state.equals("done") || j.state.equals("failed")) {
                finished.add(j.id);
            }
        }
        for (int i = 0; jobs.size() > KEPT && i < finished.size(); i++) {
            jobs.remove(finished.get(i));
        }
    }

    private static void delete(Path d) {
        if (d == null || !Files.exists(d)) {
            return;
        }
        try (Stream<Path> s = Files.walk(d)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.warn("cannot delete {}: {}", d, e.getMessage());
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
        delete(dir);
    }
}
