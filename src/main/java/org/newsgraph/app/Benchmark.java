package org.newsgraph.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.newsgraph.BadInputException;
import org.newsgraph.NewsgraphException;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.ArticleSink;
import org.newsgraph.ingest.ReadOptions;
import org.newsgraph.model.AnnotatedArticle;
import org.newsgraph.model.Article;
import org.newsgraph.nlp.Annotator;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.query.QueryRunner;
import org.newsgraph.store.GraphStore;

/**
 * {@code newsgraph bench}: throughput of (a) annotation alone, (b) the whole pipeline without the store and (c)
 * full ingest into a fresh TDB2 store, with 1 and N threads; peak heap; store size; time per 1,000 articles as
 * the store grows; and p50/p95 latency of every query on the resulting store. Articles are read into memory
 * first, so reading is not timed.
 */
public final class Benchmark {
    /**
     * One measured phase. {@code cpuSeconds} is the CPU time of the whole process meanwhile (workers, writer, JIT
     * compiler, collector): over {@code seconds}, how many cores the phase kept busy.
     */
    public record Phase(String name, int threads, int articles, long tokens, double seconds, double cpuSeconds,
                        long peakHeapBytes) {
        public double articlesPerSecond() {
            return articles / seconds;
        }

        public double tokensPerSecond() {
            return tokens / seconds;
        }
    }

    /** p50 and p95 of one query, in milliseconds, over {@code runs} runs, and how many rows it returned. */
    public record QueryLatency(String query, double p50, double p95, int runs, long rows) {
    }

    /** Everything a run measured. */
    public record Report(int articles, long tokens, List<Phase> phases, long storeBytes, long storeBytesCompacted,
                         double firstThousandSeconds, double lastThousandSeconds, List<QueryLatency> queries,
                         double articleMedianMillis) {
    }

    /**
     * One article end to end (annotate, extract, resolve, write into an in-memory TDB2 store), warm: the median
     * of 50 runs after 10 warm-up runs, in milliseconds.
     */
    public double articleLatency(Article article) {
        try (GraphStore store = GraphStore.inMemory()) {
            Ingester ingester = new Ingester(pipeline, store);
            for (int i = 0; i < 10; i++) {
                ingester.ingest(article);
            }
            List<Double> times = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                long start = System.nanoTime();
                ingester.ingest(article);
                times.add((System.nanoTime() - start) / 1e6);
            }
            times.sort(Comparator.naturalOrder());
            return percentile(times, 50);
        }
    }

    private final Pipeline pipeline;
    private final Consumer<String> log;

    public Benchmark(Pipeline pipeline, Consumer<String> log) {
        this.pipeline = pipeline;
        this.log = log;
    }

    public static List<Article> load(Path corpus, int limit) {
        List<Article> articles = new ArrayList<>();
        List<BadInputException> problems = new ArrayList<>();
        new ArticleReader(ReadOptions.none(), java.io.InputStream.nullInputStream()).read(List.of(corpus.toString()),
                new ArticleSink() {
                    @Override
                    public void accept(Article article) {
                        if (articles.size() < limit) {
                            articles.add(article);
                        }
                    }

                    @Override
                    public void reject(BadInputException problem) {
                        problems.add(problem);
                    }
                });
        if (articles.isEmpty()) {
            throw problems.isEmpty() ? new BadInputException(corpus.toString(), 0, "no articles") : problems.get(0);
        }
        return articles;
    }

    public Report run(List<Article> articles, int maxThreads, List<Path> queryFiles, Path workDir,
                      java.util.Optional<Article> single) {
        Annotator annotator = new Annotator();
        log.accept("warming up on " + Math.min(500, articles.size()) + " articles");
        articles.stream().limit(500).forEach(pipeline::process);
        long tokens = articles.parallelStream().mapToLong(a -> annotator.annotate(a).sentences().stream()
                .mapToLong(s -> s.size()).sum()).sum();
        List<Phase> phases = new ArrayList<>();
        List<Integer> threadCounts = maxThreads > 1 ? List.of(1, maxThreads) : List.of(1);
        for (int threads : threadCounts) {
            phases.add(timed("annotate", threads, articles, tokens, a -> annotator.annotate(a)));
            phases.add(timed("pipeline", threads, articles, tokens, pipeline::process));
        }
        long storeBytes = 0;
        long compacted = 0;
        double first = 0;
        double last = 0;
        List<QueryLatency> latencies = List.of();
        for (int threads : threadCounts) {
            Path dir = workDir.resolve("bench-db-" + threads);
            deleteRecursively(dir);
            List<Long> marks = new ArrayList<>();
            resetPeaks();
            long start = System.nanoTime();
            double cpuStart = processCpuSeconds();
            log.accept("ingest with " + threads + " thread(s) into " + dir);
            try (GraphStore store = GraphStore.open(dir)) {
                Ingester.Progress progress = snapshot -> {
                    if (snapshot.written() / 1000 > marks.size()) {
                        marks.add(System.nanoTime());
                    }
                };
                IngestReport report = new Ingester(pipeline, store)
                        .ingest(articles, new Ingester.Options(threads, 1000, progress));
                double seconds = (System.nanoTime() - start) / 1e9;
                phases.add(new Phase("ingest", threads, report.articles(), tokens, seconds,
                        processCpuSeconds() - cpuStart, peakHeap()));
                if (threads == threadCounts.get(threadCounts.size() - 1)) {
                    List<Long> bounds = new ArrayList<>(List.of(start));
                    bounds.addAll(marks);
                    if (bounds.size() >= 3) {
                        first = (bounds.get(1) - bounds.get(0)) / 1e9;
                        last = (bounds.get(bounds.size() - 1) - bounds.get(bounds.size() - 2)) / 1e9;
                    }
                    storeBytes = size(dir);
                    latencies = latencies(store, queryFiles, articles.get(0));
                }
            }
            if (threads == threadCounts.get(threadCounts.size() - 1)) {
                compacted = compact(dir);
            }
        }
        double articleMillis = single.map(this::articleLatency).orElse(0.0);
        return new Report(articles.size(), tokens, phases, storeBytes, compacted, first, last, latencies,
                articleMillis);
    }

    private Phase timed(String name, int threads, List<Article> articles, long tokens, Consumer<Article> work) {
        log.accept(name + " with " + threads + " thread(s)");
        resetPeaks();
        long start = System.nanoTime();
        double cpuStart = processCpuSeconds();
        if (threads == 1) {
            articles.forEach(work);
        } else {
            ForkJoinPool pool = new ForkJoinPool(threads);
            try {
                pool.submit(() -> articles.parallelStream().forEach(work)).get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new NewsgraphException("benchmark interrupted", e);
            } catch (ExecutionException e) {
                throw new NewsgraphException("benchmark failed: " + e.getCause(), e.getCause());
            } finally {
                pool.shutdown();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Phase(name, threads, articles.size(), tokens, seconds, processCpuSeconds() - cpuStart,
                peakHeap());
    }

    /**
     * Each query's latency over 20 runs after 3 warm-up runs. Parameters take values the corpus holds: ?name the
     * person most articles mention, ?id the first article, ?period its year; others their "# param:" value.
     */
    private List<QueryLatency> latencies(GraphStore store, List<Path> files, Article firstArticle) {
        QueryRunner runner = new QueryRunner(store);
        var top = runner.select(org.newsgraph.query.Queries.bundled("bench-top-person.rq"), Map.of());
        String topPerson = top.hasNext() ? top.next().getLiteral("label").getString() : "";
        List<QueryLatency> out = new ArrayList<>();
        for (Path file : files) {
            org.newsgraph.query.QueryFile queryFile = org.newsgraph.query.QueryFile.read(file);
            Query query = queryFile.query();
            Map<String, Node> parameters = new LinkedHashMap<>(QueryRunner.parameters(queryFile, List.of()));
            parameters.replaceAll((name, value) -> switch (name) {
                case "name" -> org.apache.jena.graph.NodeFactory.createLiteralString(topPerson);
                case "id" -> org.apache.jena.graph.NodeFactory.createLiteralString(firstArticle.id());
                case "period" -> org.apache.jena.graph.NodeFactory.createLiteralString(
                        firstArticle.date().map(d -> String.valueOf(d.getYear())).orElse(""));
                default -> value;
            });
            long rows = 0;
            for (int i = 0; i < 3; i++) {
                rows = runner.select(query, parameters).size();
            }
            List<Double> times = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                long start = System.nanoTime();
                runner.select(query, parameters).size();
                times.add((System.nanoTime() - start) / 1e6);
            }
            times.sort(Comparator.naturalOrder());
            out.add(new QueryLatency(file.getFileName().toString(), percentile(times, 50), percentile(times, 95),
                    times.size(), rows));
        }
        return out;
    }

    private static double percentile(List<Double> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    /** CPU time the process has used so far, all threads; 0 where the JVM does not tell. */
    private static double processCpuSeconds() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() / 1e9 : 0;
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static long compact(Path dir) {
        try (GraphStore store = GraphStore.open(dir)) {
            store.compact();
        }
        return size(dir);
    }

    static long size(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException e) {
            return 0;
        }
    }

    static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new NewsgraphException("cannot clear " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The report as a table. */
    public static List<String> table(Report report) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format("%,d articles, %,d tokens", report.articles(), report.tokens()));
        lines.add(String.format("%-9s %7s %12s %12s %10s %8s %10s", "phase", "threads", "articles/s", "tokens/s",
                "seconds", "cpu s", "peak heap"));
        for (Phase p : report.phases()) {
            lines.add(String.format("%-9s %7d %12.1f %12.0f %10.1f %8.1f %7d MB", p.name(), p.threads(),
                    p.articlesPerSecond(), p.tokensPerSecond(), p.seconds(), p.cpuSeconds(),
                    p.peakHeapBytes() >> 20));
        }
        double perThousand = report.storeBytes() / (report.articles() / 1000.0) / (1 << 20);
        double perThousandCompacted = report.storeBytesCompacted() / (report.articles() / 1000.0) / (1 << 20);
        lines.add(String.format("store: %.1f MB per 1,000 articles (%.1f MB after compaction)", perThousand,
                perThousandCompacted));
        lines.add(String.format("ingest time per 1,000 articles: first %.2f s, last %.2f s (ratio %.2f)",
                report.firstThousandSeconds(), report.lastThousandSeconds(),
                report.firstThousandSeconds() == 0 ? 0 : report.lastThousandSeconds() / report.firstThousandSeconds()));
        if (report.articleMedianMillis() > 0) {
            lines.add(String.format("one article end to end, warm: %.1f ms median", report.articleMedianMillis()));
        }
        lines.add(String.format("%-28s %9s %9s %7s", "query", "p50 ms", "p95 ms", "rows"));
        for (QueryLatency q : report.queries()) {
            lines.add(String.format("%-28s %9.1f %9.1f %7d", q.query(), q.p50(), q.p95(), q.rows()));
        }
        return lines;
    }

    /** The report as JSON. */
    public static Map<String, Object> json(Report report) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("articles", report.articles());
        out.put("tokens", report.tokens());
        out.put("phases", report.phases());
        out.put("storeBytes", report.storeBytes());
        out.put("storeBytesCompacted", report.storeBytesCompacted());
        out.put("firstThousandSeconds", report.firstThousandSeconds());
        out.put("lastThousandSeconds", report.lastThousandSeconds());
        out.put("queries", report.queries());
        out.put("articleMedianMillis", report.articleMedianMillis());
        return out;
    }
}
