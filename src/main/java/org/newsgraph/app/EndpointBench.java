package org.newsgraph.app;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.newsgraph.query.QueryFile;
import org.newsgraph.query.QueryRunner;

/**
 * Queries a SPARQL endpoint over HTTP as a client would: the latency of each query file (its parameters bound
 * on the parsed query from its defaults), then many clients at once for a while, counting errors.
 */
public final class EndpointBench {
    /** One query's p50 and p95 in milliseconds over {@code runs} requests. */
    public record Latency(String query, double p50, double p95, int runs) {
    }

    /** What a load run did: requests, errors, and how long it ran. */
    public record Load(int clients, long requests, long errors, double seconds) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String endpoint;

    public EndpointBench(String endpoint) {
        this.endpoint = endpoint;
    }

    /** The query text to send: the file's query with its default parameters put in by Jena, not by pasting. */
    static String text(QueryFile file) {
        Map<String, Node> bindings = QueryRunner.parameters(file, List.of());
        Map<Var, Node> vars = new java.util.HashMap<>();
        bindings.forEach((name, node) -> vars.put(Var.alloc(name), node));
        Query bound = QueryTransformOps.transform(file.query(), vars);
        return bound.serialize();
    }

    private int send(String query) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint + "?query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json").timeout(Duration.ofSeconds(60)).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    public List<Latency> latencies(List<Path> files) throws Exception {
        List<Latency> out = new ArrayList<>();
        for (Path file : files) {
            String query = text(QueryFile.read(file));
            for (int i = 0; i < 3; i++) {
                send(query);
            }
            List<Double> times = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                long start = System.nanoTime();
                int status = send(query);
                times.add((System.nanoTime() - start) / 1e6);
                if (status != 200) {
                    throw new IllegalStateException(file + ": HTTP " + status);
                }
            }
            times.sort(Comparator.naturalOrder());
            out.add(new Latency(file.getFileName().toString(), times.get(9), times.get(18), times.size()));
        }
        return out;
    }

    public Load load(List<Path> files, int clients, Duration length) throws Exception {
        List<String> queries = new ArrayList<>();
        for (Path file : files) {
            queries.add(text(QueryFile.read(file)));
        }
        AtomicLong requests = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        long end = System.nanoTime() + length.toNanos();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            int first = c;
            pool.submit(() -> {
                for (int i = first; System.nanoTime() < end; i++) {
                    try {
                        if (send(queries.get(i % queries.size())) != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    requests.incrementAndGet();
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(length.toSeconds() + 120, TimeUnit.SECONDS);
        return new Load(clients, requests.get(), errors.get(), (System.nanoTime() - start) / 1e9);
    }
}
