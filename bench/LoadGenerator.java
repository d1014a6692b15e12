import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Closed-loop HTTP load generator for the Liaison benchmark (no dependencies: run with {@code java LoadGenerator.java}).
 *
 * <pre>
 * java bench/LoadGenerator.java NAME METHOD URL_TEMPLATE CLIENTS SECONDS TOKEN [BODY_FILE]
 * </pre>
 * In the URL and the body, {@code ${uuid}} becomes a fresh UUID, {@code ${seq}} a running number and
 * {@code ${rnd:N}} a random number below N; {@code ${pick:FILE}} a random line of FILE. Every request carries
 * {@code Authorization: Bearer TOKEN} and a fresh {@code Idempotency-Key}. Prints one line of figures: requests,
 * errors, throughput and latency percentiles (ms), and the same as JSON on a second line.
 */
public class LoadGenerator {

    public static void main(String[] args) throws Exception {
        if (args.length < 6) {
            System.err.println("usage: NAME METHOD URL_TEMPLATE CLIENTS SECONDS TOKEN [BODY_FILE]");
            System.exit(2);
        }
        String name = args[0];
        String method = args[1];
        String urlTemplate = args[2];
        int clients = Integer.parseInt(args[3]);
        long seconds = Long.parseLong(args[4]);
        String token = args[5];
        String bodyTemplate = args.length > 6 ? Files.readString(Path.of(args[6])) : null;

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        ConcurrentLinkedQueue<long[]> samples = new ConcurrentLinkedQueue<>();
        AtomicLong seq = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        List<String> firstErrors = Collections.synchronizedList(new ArrayList<>());
        long warmupEnd = System.nanoTime() + Duration.ofSeconds(Math.min(5, Math.max(1, seconds / 10))).toNanos();
        long end = warmupEnd + Duration.ofSeconds(seconds).toNanos();
        CountDownLatch done = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            Thread t = new Thread(() -> {
                try {
                    while (System.nanoTime() < end) {
                        long n = seq.incrementAndGet();
                        HttpRequest.Builder rb = HttpRequest.newBuilder(URI.create(expand(urlTemplate, n)))
                                .timeout(Duration.ofSeconds(30))
                                .header("Authorization", "Bearer " + token)
                                .header("Accept", "application/json")
                                .header("Idempotency-Key", UUID.randomUUID().toString());
                        if (bodyTemplate != null) {
                            rb.header("Content-Type", "application/json")
                              .method(method, HttpRequest.BodyPublishers.ofString(expand(bodyTemplate, n)));
                        } else {
                            rb.method(method, HttpRequest.BodyPublishers.noBody());
                        }
                        long t0 = System.nanoTime();
                        int status;
                        String body;
                        try {
                            HttpResponse<String> r = http.send(rb.build(), HttpResponse.BodyHandlers.ofString());
                            status = r.statusCode();
                            body = r.body();
                        } catch (IOException e) {
                            status = -1;
                            body = e.toString();
                        }
                        long t1 = System.nanoTime();
                        if (t0 < warmupEnd) {
                            continue;
                        }
                        if (status < 200 || status >= 300) {
                            errors.incrementAndGet();
                            if (firstErrors.size() < 3) {
                                firstErrors.add(status + " " + (body.length() > 300 ? body.substring(0, 300) : body));
                            }
                        }
                        samples.add(new long[] {t0, t1 - t0});
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            }, "client-" + c);
            t.start();
        }
        done.await();
        long[] latencies = samples.stream().mapToLong(s -> s[1]).sorted().toArray();
        int n = latencies.length;
        double rate = n / (double) seconds;
        String line = String.format(Locale.ROOT,
                "%-28s n=%d errors=%d rate=%.1f/s p50=%.1fms p95=%.1fms p99=%.1fms max=%.1fms",
                name, n, errors.get(), rate, pct(latencies, 50), pct(latencies, 95), pct(latencies, 99),
                n == 0 ? 0 : latencies[n - 1] / 1e6);
        System.out.println(line);
        System.out.println(String.format(Locale.ROOT,
                "{\"name\":\"%s\",\"n\":%d,\"errors\":%d,\"rate\":%.2f,\"p50\":%.2f,\"p95\":%.2f,\"p99\":%.2f}",
                name, n, errors.get(), rate, pct(latencies, 50), pct(latencies, 95), pct(latencies, 99)));
        firstErrors.forEach(e -> System.err.println("  error: " + e));
    }

    private static double pct(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    private static final java.util.Map<String, List<String>> PICKS = new java.util.concurrent.ConcurrentHashMap<>();

    static String expand(String template, long n) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            int s = template.indexOf("${", i);
            if (s < 0) {
                out.append(template, i, template.length());
                break;
            }
            out.append(template, i, s);
            int e = template.indexOf('}', s);
            String key = template.substring(s + 2, e);
            out.append(value(key, n));
            i = e + 1;
        }
        return out.toString();
    }

    private static String value(String key, long n) {
        if (key.equals("uuid")) {
            return UUID.randomUUID().toString();
        }
        if (key.equals("seq")) {
            return Long.toString(n);
        }
        if (key.startsWith("rnd:")) {
            return Long.toString(ThreadLocalRandom.current().nextLong(Long.parseLong(key.substring(4))));
        }
        if (key.startsWith("digits:")) {
            int len = Integer.parseInt(key.substring(7));
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < len; k++) {
                sb.append(ThreadLocalRandom.current().nextInt(10));
            }
            return sb.toString();
        }
        if (key.startsWith("pick:")) {
            List<String> lines = PICKS.computeIfAbsent(key.substring(5), f -> {
                try {
                    return Files.readAllLines(Path.of(f)).stream().filter(l -> !l.isBlank()).toList();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            return lines.get(ThreadLocalRandom.current().nextInt(lines.size()));
        }
        throw new IllegalArgumentException("unknown placeholder ${" + key + "}");
    }
}
