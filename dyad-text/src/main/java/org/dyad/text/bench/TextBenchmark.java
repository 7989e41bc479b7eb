package org.dyad.text.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.dyad.model.json.EventJson;
import org.dyad.text.TextExtractor;
import org.dyad.text.charfilter.MappedText;
import org.dyad.text.io.DocumentReaders;
import org.dyad.text.io.SourceDocument;
import org.dyad.text.token.Tokenizer;

/**
 * Measures extraction end to end: read, decode, clean, split, tokenize, code, resolve, and write
 * each event as a JSON line (to a counting sink), over a set of files on a number of threads,
 * sampling the heap as it goes. A baseline in the same run reads, cleans and tokenizes a part of
 * the same files without coding, so the cost of coding is shown as a ratio on this machine.
 */
public final class TextBenchmark {
    /** What one run measured. */
    public record Result(int threads, long files, long bytes, long sentences, long tokens, long events,
                         double seconds, double cpuSeconds, double loadAverage, long peakHeapUsed, long maxHeap,
                         long baselineSentences, double baselineSeconds) {
        public double sentencesPerSecond() {
            return sentences / seconds;
        }

        public double megabytesPerSecond() {
            return bytes / 1e6 / seconds;
        }

        public double baselineSentencesPerSecond() {
            return baselineSeconds == 0 ? 0 : baselineSentences / baselineSeconds;
        }

        public String format() {
            StringBuilder b = new StringBuilder();
            b.append(String.format("corpus            %d files, %.1f MB%n", files, bytes / 1e6));
            b.append(String.format("threads           %d (of %d processors)%n", threads,
                    Runtime.getRuntime().availableProcessors()));
            b.append(String.format("sentences         %d (%d tokens)%n", sentences, tokens));
            b.append(String.format("events            %d%n", events));
            b.append(String.format("time              %.1f s%n", seconds));
            b.append(String.format("throughput        %.0f sentences/s, %.2f MB/s%n", sentencesPerSecond(),
                    megabytesPerSecond()));
            b.append(String.format("cpu time          %.1f s in the coding threads: %.0f sentences per cpu-second "
                    + "(load average %.1f when the run ended)%n", cpuSeconds, sentences / cpuSeconds, loadAverage));
            b.append(String.format("peak heap used    %.0f MB of %.0f MB allowed%n", peakHeapUsed / 1e6, maxHeap / 1e6));
            if (baselineSeconds > 0) {
                b.append(String.format("baseline          read+clean+tokenize only: %.0f sentences/s on %d sentences; "
                        + "full extraction runs at %.0f%% of it%n", baselineSentencesPerSecond(), baselineSentences,
                        100 * sentencesPerSecond() / baselineSentencesPerSecond()));
            }
            return b.toString();
        }
    }

    private TextBenchmark() {
    }

    public static Result run(List<Path> files, TextExtractor extractor, int threads, Consumer<String> progress)
            throws Exception {
        long bytes = 0;
        for (Path f : files) {
            bytes += Files.size(f);
        }
        // baseline: a tenth of the files, one thread per file as below, no coding
        List<Path> sample = files.subList(0, Math.max(1, files.size() / 10));
        long t0 = System.nanoTime();
        long baselineSentences = tokenizeOnly(sample, extractor, threads);
        double baselineSeconds = (System.nanoTime() - t0) / 1e9;

        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        AtomicLong peak = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        AtomicLong sentences = new AtomicLong();
        AtomicLong tokens = new AtomicLong();
        AtomicLong events = new AtomicLong();
        AtomicLong jsonChars = new AtomicLong();
        AtomicLong done = new AtomicLong();
        AtomicLong cpuNanos = new AtomicLong();
        java.lang.management.ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Path f : files) {
                futures.add(pool.submit(() -> {
                    long cpu0 = cpu.getCurrentThreadCpuTime();
                    StringBuilder line = new StringBuilder(512);
                    TextExtractor.Stats st = extractor.extract(f, e -> {
                        line.setLength(0);
                        EventJson.write(e.event(), line);
                        jsonChars.addAndGet(line.length() + 1);
                    });
                    cpuNanos.addAndGet(cpu.getCurrentThreadCpuTime() - cpu0);
                    sentences.addAndGet(st.sentences);
                    tokens.addAndGet(st.tokens);
                    events.addAndGet(st.events);
                    long n = done.incrementAndGet();
                    if (progress != null && (n % Math.max(1, files.size() / 10) == 0 || n == files.size())) {
                        double s = (System.nanoTime() - start) / 1e9;
                        progress.accept(String.format("%d/%d files, %d sentences, %.0f sentences/s", n, files.size(),
                                sentences.get(), sentences.get() / s));
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
            sampler.interrupt();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        return new Result(threads, files.size(), bytes, sentences.get(), tokens.get(), events.get(), seconds,
                cpuNanos.get() / 1e9, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), peak.get(),
                Runtime.getRuntime().maxMemory(), baselineSentences, baselineSeconds);
    }

    private static long tokenizeOnly(List<Path> files, TextExtractor extractor, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicLong sentences = new AtomicLong();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Path f : files) {
                futures.add(pool.submit(() -> {
                    for (SourceDocument d : DocumentReaders.open(f, DocumentReaders.Options.DEFAULT)) {
                        Tokenizer t = new Tokenizer();
                        for (java.util.Iterator<MappedText> it = d.blocks(); it.hasNext(); ) {
                            t.split(extractor.clean(it.next()), s -> sentences.incrementAndGet());
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return sentences.get();
    }
}
