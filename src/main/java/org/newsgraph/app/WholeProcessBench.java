package org.newsgraph.app;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

import org.newsgraph.NewsgraphException;

/**
 * Times commands as a user runs them: each a fresh process (a new JVM, through the {@code ./newsgraph}
 * launcher when it lies beside the jar's {@code target} folder, else {@code java -jar}), wall and CPU seconds
 * of the whole process, the median of a few runs. The CPU time is read from the running process every few
 * milliseconds, so it misses at most the last few milliseconds of its exit.
 */
public final class WholeProcessBench {
    private static final long POLL_MILLIS = 10;

    /** One command's median wall and CPU seconds over {@code runs} fresh processes. */
    public record Timing(String command, int runs, double wallSeconds, double cpuSeconds) {
    }

    private final List<String> launch;
    private final Consumer<String> progress;

    public WholeProcessBench(List<String> launch, Consumer<String> progress) {
        this.launch = List.copyOf(launch);
        this.progress = progress;
    }

    /**
     * How to start this build as a fresh process: the launcher beside its jar's {@code target} folder if there
     * is one, else this JVM's java with the jar; run from a classes folder (the tests), java with this class path.
     */
    public static List<String> launchOfThisBuild() {
        Path code;
        try {
            code = Path.of(WholeProcessBench.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (Exception e) {
            throw new NewsgraphException("cannot find the running jar: " + e.getMessage(), e);
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        if (!Files.isRegularFile(code)) {
            return List.of(java, "-XX:+UseParallelGC", "-cp", System.getProperty("java.class.path"),
                    "org.newsgraph.cli.Main");
        }
        Path launcher = code.toAbsolutePath().getParent().resolveSibling("newsgraph");
        if (Files.isExecutable(launcher)) {
            return List.of(launcher.toString());
        }
        return List.of(java, "-XX:+UseParallelGC", "-jar", code.toString());
    }

    /**
     * Times {@code --version}, a one-article ingest, an {@code ASK} and {@code stats} on that store, and an
     * ingest of the corpus's first {@code articles} lines into a fresh store, each {@code runs} times.
     */
    public List<Timing> run(Path corpus, int articles, String sampleName, String sampleText, Path work, int runs)
            throws IOException {
        Path dir = Files.createDirectories(work.resolve("whole-process"));
        Path sample = dir.resolve(sampleName);
        Files.writeString(sample, sampleText, StandardCharsets.UTF_8);
        Path lines = dir.resolve("first-" + articles + ".jsonl");
        int copied = copyFirstLines(corpus, articles, lines);
        Path one = dir.resolve("one-article-db");
        Path many = dir.resolve("corpus-db");
        execute(List.of("--version")); // the launcher builds its class-data archive here, once, untimed
        List<Timing> timings = new ArrayList<>();
        timings.add(time("--version", runs, null, "--version"));
        timings.add(time("ingest of one article", runs, one, "ingest", "--quiet", "--db", one.toString(),
                sample.toString()));
        timings.add(time("query ASK (one-article store)", runs, null, "query", "--db", one.toString(), "--sparql",
                "ASK { ?s ?p ?o }"));
        timings.add(time("stats (one-article store)", runs, null, "stats", "--db", one.toString()));
        timings.add(time(String.format("ingest of %,d articles", copied), runs, many, "ingest", "--quiet", "--db",
                many.toString(), lines.toString()));
        return timings;
    }

    /** The table the bench prints. */
    public static List<String> table(List<Timing> timings) {
        List<String> out = new ArrayList<>();
        out.add(String.format("%-34s %5s %8s %8s", "whole process (fresh JVM, median)", "runs", "wall s", "cpu s"));
        for (Timing t : timings) {
            out.add(String.format("%-34s %5d %8.2f %8.2f", t.command(), t.runs(), t.wallSeconds(), t.cpuSeconds()));
        }
        return out;
    }

    /** Runs a command {@code runs} times, each into a fresh {@code store} when one is named. */
    private Timing time(String name, int runs, Path store, String... args) {
        double[] wall = new double[runs];
        double[] cpu = new double[runs];
        for (int r = 0; r < runs; r++) {
            if (store != null) {
                Benchmark.deleteRecursively(store);
            }
            progress.accept("fresh process: " + name + " (" + (r + 1) + "/" + runs + ")");
            double[] measured = execute(List.of(args));
            wall[r] = measured[0];
            cpu[r] = measured[1];
        }
        return new Timing(name, runs, median(wall), median(cpu));
    }

    /** Wall and CPU seconds of one fresh process; fails when it exits non-zero. */
    private double[] execute(List<String> args) {
        List<String> command = new ArrayList<>(launch);
        command.addAll(args);
        try {
            long start = System.nanoTime();
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            Duration cpu = Duration.ZERO;
            while (!process.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                cpu = process.toHandle().info().totalCpuDuration().orElse(cpu);
            }
            double wall = (System.nanoTime() - start) / 1e9;
            if (process.exitValue() != 0) {
                throw new NewsgraphException("bench: " + String.join(" ", command) + " exited with "
                        + process.exitValue());
            }
            return new double[] {wall, cpu.toNanos() / 1e9};
        } catch (IOException e) {
            throw new NewsgraphException("bench: cannot start " + command.get(0) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NewsgraphException("interrupted", e);
        }
    }

    private static int copyFirstLines(Path corpus, int n, Path to) throws IOException {
        int copied = 0;
        try (InputStream raw = Files.newInputStream(corpus);
             InputStream in = corpus.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
             BufferedWriter writer = Files.newBufferedWriter(to, StandardCharsets.UTF_8)) {
            String line;
            while (copied < n && (line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    writer.write(line);
                    writer.newLine();
                    copied++;
                }
            }
        }
        return copied;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int m = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
    }
}
