package org.dyad.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.dyad.store.DyadStore;
import org.dyad.store.EventQuery;
import org.dyad.store.SyntheticEvents;

/**
 * Load test of the API on loopback: fills a store with generated events ({@link SyntheticEvents}:
 * 1 million by default among 40 countries, 1979–2016; kept between runs), starts the real server, and sends a bounded number of requests per endpoint
 * from a fixed number of clients, each waiting for its answer before the next (a closed loop).
 * Prints p50/p95/p99 latencies per endpoint. Run with {@code tools/bench-api} (options:
 * {@code --store DIR --events N --clients C --requests R --max-seconds S --cache true|false
 * --optimize true|false}; by default the server computes every answer afresh, so the figures are the
 * store's, and the store is clustered by pair as {@code dyad optimize} leaves it).
 */
public final class ApiBench {
    /** Countries of the generated events that the requests ask about (the first twelve of SyntheticEvents'). */
    private static final List<String> COUNTRIES = List.of("IRN", "AZE", "TUR", "RUS", "ARM", "USA", "GEO", "KAZ",
            "TKM", "UZB", "IRQ", "SYR");
    private static final String[] PERIODS = {"week", "month", "quarter", "year"};

    private ApiBench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = options(args);
        Path home = Path.of(o.getOrDefault("store", "target/bench-store"));
        long events = Long.parseLong(o.getOrDefault("events", "1000000"));
        int clients = Integer.parseInt(o.getOrDefault("clients", "4"));
        int requests = Integer.parseInt(o.getOrDefault("requests", "2000"));
        int maxSeconds = Integer.parseInt(o.getOrDefault("max-seconds", "120"));
        boolean cache = Boolean.parseBoolean(o.getOrDefault("cache", "false"));
        boolean cluster = Boolean.parseBoolean(o.getOrDefault("optimize", "true"));
        Files.createDirectories(home);
        try (DyadStore store = DyadStore.open(home)) {
            long have = store.events().count(EventQuery.all());
            if (have != events) {
                long t0 = System.nanoTime();
                store.execute("DELETE FROM events");
                SyntheticEvents.generate(store, events, 42);
                store.checkpoint();
                System.out.printf(Locale.ROOT, "generated %,d events in %.1f s%n", events, (System.nanoTime() - t0) / 1e9);
            }
            if (cluster && store.clusteredEvents() != store.events().count(EventQuery.all())) {
                // as 'dyad optimize' leaves a store after imports (see its help)
                long t0 = System.nanoTime();
                store.optimize();
                System.out.printf(Locale.ROOT, "clustered by pair (dyad optimize) in %.1f s%n", (System.nanoTime() - t0) / 1e9);
            }
            System.out.printf(Locale.ROOT, "store: %s (%,d events)%n", home.toAbsolutePath(),
                    store.events().count(EventQuery.all()));
            try (DyadServer server = DyadServer.start(new StoreService(store, cache), "127.0.0.1", 0)) {
                String base = "http://127.0.0.1:" + server.port();
                System.out.printf(Locale.ROOT, "load: %d clients in a closed loop, %,d requests per endpoint"
                        + " (at most %d s each), loopback, after %d warm-up requests; answers %s; load average %.1f%n",
                        clients, requests, maxSeconds, requests / 10, cache ? "remembered per query" : "never remembered",
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
                System.out.println("endpoint        requests  errors   p50 ms   p95 ms   p99 ms   max ms   req/s");
                run("events", base, clients, requests, maxSeconds, ApiBench::eventsPath);
                run("series", base, clients, requests, maxSeconds, ApiBench::seriesPath);
                run("summary", base, clients, requests, maxSeconds, ApiBench::summaryPath);
                run("pairs", base, clients, Math.max(1, requests / 10), maxSeconds, r -> "/api/pairs?limit=100");
            }
        }
    }

    /** A page of events of a pair, with a random mix of date window, quad class and page. */
    static String eventsPath(SplittableRandom r) {
        StringBuilder p = new StringBuilder(pairFilters(r));
        p.append("&limit=50&offset=").append(50 * r.nextInt(20));
        return "/api/events?" + p.substring(1);
    }

    /** A series of a pair at a random period, with the same mix of filters. */
    static String seriesPath(SplittableRandom r) {
        return "/api/series?" + pairFilters(r).substring(1) + "&period=" + PERIODS[r.nextInt(PERIODS.length)];
    }

    static String summaryPath(SplittableRandom r) {
        return "/api/summary?" + pairFilters(r).substring(1);
    }

    private static String pairFilters(SplittableRandom r) {
        StringBuilder p = new StringBuilder();
        if (r.nextInt(3) == 0) {
            p.append("&a=IRN&b=AZE");
        } else {
            p.append("&a=").append(COUNTRIES.get(r.nextInt(6))).append("&b=").append(COUNTRIES.get(6 + r.nextInt(6)));
        }
        if (r.nextBoolean()) {
            int from = 1979 + r.nextInt(30);
            p.append("&from=").append(from).append("&to=").append(from + 1 + r.nextInt(8));
        }
        if (r.nextInt(3) == 0) {
            p.append("&quad=").append(1 + r.nextInt(4));
        }
        return p.toString();
    }

    private static void run(String name, String base, int clients, int requests, int maxSeconds,
                            Function<SplittableRandom, String> path) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        load(http, base, clients, requests / 10, maxSeconds, path, 7);
        long t0 = System.nanoTime();
        Result res = load(http, base, clients, requests, maxSeconds, path, 11);
        double seconds = (System.nanoTime() - t0) / 1e9;
        long[] ns = res.latencies;
        Arrays.sort(ns);
        System.out.printf(Locale.ROOT, "%-14s %9d %7d %8.1f %8.1f %8.1f %8.1f %7.0f%n", name, ns.length, res.errors,
                pct(ns, 50), pct(ns, 95), pct(ns, 99), ns.length == 0 ? 0 : ns[ns.length - 1] / 1e6,
                ns.length / seconds);
    }

    private record Result(long[] latencies, int errors) {
    }

    private static Result load(HttpClient http, String base, int clients, int requests, int maxSeconds,
                               Function<SplittableRandom, String> path, long seed) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        long deadline = System.nanoTime() + Duration.ofSeconds(maxSeconds).toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<List<Long>>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            SplittableRandom r = new SplittableRandom(seed * 1000 + c);
            futures.add(pool.submit(() -> {
                List<Long> mine = new ArrayList<>();
                while (next.getAndIncrement() < requests && System.nanoTime() < deadline) {
                    HttpRequest req = HttpRequest.newBuilder(URI.create(base + path.apply(r)))
                            .timeout(Duration.ofSeconds(10)).GET().build();
                    long s = System.nanoTime();
                    HttpResponse<byte[]> a = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
                    long t = System.nanoTime() - s;
                    if (a.statusCode() != 200) {
                        errors.incrementAndGet();
                    }
                    mine.add(t);
                }
                return mine;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> f : futures) {
            all.addAll(f.get());
        }
        pool.shutdown();
        return new Result(all.stream().mapToLong(Long::longValue).toArray(), errors.get());
    }

    private static double pct(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> o = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("usage: [--store DIR] [--events N] [--clients C] [--requests R]"
                        + " [--max-seconds S]");
            }
            o.put(args[i].substring(2), args[++i]);
        }
        return o;
    }
}
