package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.newsgraph.NewsgraphException;
import org.newsgraph.app.Benchmark;
import org.newsgraph.app.WholeProcessBench;
import org.newsgraph.model.Article;
import org.newsgraph.pipeline.Pipeline;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true,
        header = "Measures throughput, memory, store size and query latency.",
        description = {"Measures throughput of annotation, of the whole pipeline and of ingest into a fresh TDB2 store with 1 and N threads; peak heap; store size; ingest time per 1,000 articles as the store grows; and p50/p95 latency of every query in queries/ on the resulting store."})
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--corpus", paramLabel = "FILE", defaultValue = "../shared/corpus/reuters21578.jsonl.gz",
            description = "articles to run on (default: ${DEFAULT-VALUE})")
    Path corpus;

    @Option(names = "--threads", paramLabel = "N", description = "the larger thread count (default: cores)")
    Integer threads;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "2147483647", description = "at most N articles")
    int limit;

    @Option(names = "--json", paramLabel = "FILE", description = "also write the figures as JSON")
    Path json;

    @Option(names = "--work", paramLabel = "DIR", description = "where the benchmark stores go (default: a temp dir)")
    Path work;

    @Option(names = "--article", paramLabel = "FILE",
            description = "also time this one article end to end, warm (median of 50 runs)")
    Path article;

    @Option(names = "--hostile", description = "instead, read each kind of hostile text at doubling sizes and "
            + "print its CPU time and allocation (the cost must grow with the size, not faster)")
    boolean hostile;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "instead, query this SPARQL endpoint over HTTP: each query file's p50/p95, then --clients "
                    + "clients at once for --seconds, counting errors")
    String endpoint;

    @Option(names = "--clients", paramLabel = "N", defaultValue = "16", description = "clients at once with --endpoint (default: ${DEFAULT-VALUE})")
    int clients;

    @Option(names = "--seconds", paramLabel = "N", defaultValue = "60", description = "how long they query (default: ${DEFAULT-VALUE})")
    int seconds;

    @Option(names = "--fresh-runs", paramLabel = "N", defaultValue = "3",
            description = "then time each command as a fresh process, N runs each, the median reported: "
                    + "--version, a one-article ingest, a query and stats on it, an ingest of the first 1,000 "
                    + "articles (default: ${DEFAULT-VALUE}; 0 skips it)")
    int freshRuns;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (hostile) {
            hostile(out);
            return Main.OK;
        }
        if (endpoint != null) {
            return endpoint(out);
        }
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        Path dir = work != null ? work : Files.createTempDirectory("newsgraph-bench");
        // the fresh processes run first, while this JVM is idle and no store of the warm phases is being flushed
        List<WholeProcessBench.Timing> fresh = List.of();
        if (freshRuns > 0) {
            Path sample = Bundled.files("/org/newsgraph/samples", "nairobi-summit.txt").get(0);
            fresh = new WholeProcessBench(WholeProcessBench.launchOfThisBuild(), line -> {
                err.println("bench: " + line);
                err.flush();
            }).run(corpus, Math.min(limit, 1000), sample.getFileName().toString(), Files.readString(sample), dir,
                    freshRuns);
        }
        List<Article> articles = Benchmark.load(corpus, limit);
        Benchmark benchmark = new Benchmark(Pipeline.english(), line -> {
            err.println("bench: " + line);
            err.flush();
        });
        java.util.Optional<Article> single = java.util.Optional.ofNullable(article).map(a -> {
            try {
                String name = a.getFileName().toString();
                return org.newsgraph.ingest.ArticleReader.plainText(name.replaceFirst("\\.[^.]*$", ""),
                        Files.readString(a));
            } catch (IOException e) {
                throw new org.newsgraph.BadInputException(a.toString(), 0, "cannot read: " + e.getMessage());
            }
        });
        Benchmark.Report report = benchmark.run(articles, n, Bundled.queryFiles(), dir, single);
        Benchmark.table(report).forEach(out::println);
        out.printf("machine: %d cores, max heap %d MB, Java %s, JVM options: %s%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.version"),
                String.join(" ", java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()));
        out.flush();
        if (!fresh.isEmpty()) {
            WholeProcessBench.table(fresh).forEach(out::println);
            out.flush();
        }
        if (json != null) {
            java.util.Map<String, Object> figures = Benchmark.json(report);
            figures.put("wholeProcess", fresh);
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(), figures);
        }
        return Main.OK;
    }

    private int endpoint(PrintWriter out) {
        org.newsgraph.app.EndpointBench bench = new org.newsgraph.app.EndpointBench(endpoint);
        try {
            for (var latency : bench.latencies(Bundled.queryFiles())) {
                out.printf("%-28s p50 %7.1f ms   p95 %7.1f ms   (%d requests over HTTP)%n", latency.query(),
                        latency.p50(), latency.p95(), latency.runs());
                out.flush();
            }
            var load = bench.load(Bundled.queryFiles(), clients, java.time.Duration.ofSeconds(seconds));
            out.printf("%d clients for %.0f s: %,d requests (%.1f/s), %d errors%n", load.clients(), load.seconds(),
                    load.requests(), load.requests() / load.seconds(), load.errors());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NewsgraphException("interrupted", e);
        } catch (Exception e) {
            throw new NewsgraphException("endpoint bench failed: " + e.getMessage(), e);
        }
        out.flush();
        return Main.OK;
    }

    private static void hostile(PrintWriter out) {
        org.newsgraph.app.CostScaling scaling = new org.newsgraph.app.CostScaling(Pipeline.english());
        out.println("kind | size | CPU s | allocated MB | growth over the size before");
        for (org.newsgraph.app.HostileText.Kind kind : org.newsgraph.app.HostileText.kinds()) {
            int first = kind.unit().equals("characters") ? 25_000 : 2_000;
            List<org.newsgraph.app.CostScaling.Run> runs = scaling.measure(kind, first, 4);
            for (int i = 0; i < runs.size(); i++) {
                var run = runs.get(i);
                String growth = i == 0 ? "" : String.format("%.2f×",
                        (double) run.allocatedBytes() / runs.get(i - 1).allocatedBytes());
                out.printf("%s | %,d %s | %.2f | %,d | %s%n", kind.name(), run.size(), kind.unit(), run.cpuSeconds(),
                        run.allocatedBytes() >> 20, growth);
            }
            out.flush();
        }
    }
}
