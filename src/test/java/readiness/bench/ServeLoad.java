package readiness.bench;

import readiness.generate.ProfileGenerator;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Load test for a running `serve`: C concurrent clients post generated profiles (the same ones
 * `generate --seed S` writes) to /api/assess until N requests are done or the time limit passes,
 * then prints throughput and p50/p99 latency. A documented command, not part of the test suite:
 *
 * <pre>
 * java -cp target/test-classes:target/readiness.jar readiness.bench.ServeLoad \
 *     [--url http://127.0.0.1:8080] [--clients 50] [--requests 20000] [--seconds 120] [--seed 7] [--role ID]
 * </pre>
 */
public final class ServeLoad {
    private ServeLoad() {
    }

    public static void main(String[] args) throws Exception {
        String url = option(args, "--url", "http://127.0.0.1:8080");
        int clients = Integer.parseInt(option(args, "--clients", "50"));
        int requests = Integer.parseInt(option(args, "--requests", "20000"));
        long seconds = Long.parseLong(option(args, "--seconds", "120"));
        long seed = Long.parseLong(option(args, "--seed", "7"));
        String role = option(args, "--role", null);
        URI target = URI.create(url + "/api/assess" + (role == null ? "" : "?role=" + role));

        ProfileGenerator generator = new ProfileGenerator(seed);
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < Math.min(requests, 20_000); i++) {
            bodies.add(generator.nextLine());
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        // Warm-up: the JIT and the server's first sessions, not counted.
        for (int i = 0; i < 500; i++) {
            post(client, target, bodies.get(i % bodies.size()));
        }
        long[] latencies = new long[requests];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            Thread thread = new Thread(() -> {
                int i;
                while ((i = next.getAndIncrement()) < requests && System.nanoTime() < deadline) {
                    long sent = System.nanoTime();
                    if (post(client, target, bodies.get(i % bodies.size())) != 200) {
                        failures.incrementAndGet();
                    }
                    latencies[i] = System.nanoTime() - sent;
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        long elapsed = System.nanoTime() - start;
        int done = (int) Arrays.stream(latencies).filter(l -> l > 0).count();
        long[] sorted = Arrays.stream(latencies).filter(l -> l > 0).sorted().toArray();
        System.out.printf(Locale.ROOT, "%s, %d clients: %d requests in %.1f s, %,.0f requests/s, p50 %.1f ms, p99 %.1f ms, max %.1f ms, %d failed%n",
                role == null ? "all roles" : "role " + role, clients, done, elapsed / 1e9, done / (elapsed / 1e9),
                percentile(sorted, 50), percentile(sorted, 99), sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6, failures.get());
    }

    private static int post(HttpClient client, URI target, String body) {
        try {
            return client.send(HttpRequest.newBuilder(target).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    private static double percentile(long[] sorted, int p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
