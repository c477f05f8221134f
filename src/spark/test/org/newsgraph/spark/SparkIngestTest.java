package org.newsgraph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.app.Ingester;
import org.newsgraph.ingest.ReadOptions;
import org.newsgraph.model.Article;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.store.BulkLoad;
import org.newsgraph.store.GraphStore;
import org.newsgraph.testing.GeneratedArticles;
import org.newsgraph.vocab.Iris;
import org.newsgraph.vocab.NG;

/**
 * The Spark job builds the store the single-machine ingest builds: the same input both ways ({@code newsgraph
 * ingest}'s code in this JVM; the job in {@code local[2]} in a JVM of its own whose heap is capped, then the bulk
 * load of its shards), and the two stores hold the same quads, links graph included; a Parquet table of the same
 * records gives the same store as their JSON Lines, and other partitions the same store again.
 */
class SparkIngestTest {
    private static final Path CORPUS = Path.of("../shared/corpus/reuters21578.jsonl.gz");
    /**
     * The job's heap: Spark asks for 450 MB at least, of which its own bookkeeping takes 300 MB; the annotations of 2,000 stories
     * held at once would not fit beside them, so the job passes only if it streams its partitions.
     */
    private static final String JOB_HEAP = "-Xmx512m";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    private int runs;

    @Test
    void generatedArticlesGiveTheStoreIngestGives() throws Exception {
        Path input = dir.resolve("generated.jsonl");
        List<Article> articles = new GeneratedArticles(7).articles("gen", 400);
        try (Writer out = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
            for (Article article : articles) {
                out.write(json(article) + "\n");
            }
            // a person named in full in one article and by the surname alone in another
            out.write(json(Article.of("full", "Trade Minister Ilse Harrow of Austria met Ana Lima in Vienna on Monday.")
                    .withDate(java.time.LocalDate.of(2024, 4, 2))) + "\n");
            out.write(json(Article.of("short", "Harrow told reporters in Vienna on Tuesday that the talks would go on.")
                    .withDate(java.time.LocalDate.of(2024, 4, 3))) + "\n");
            out.write("{\"id\": \"broken\", \"text\": \n"); // bad input: reported and skipped both ways
            out.write(json(articles.get(3)) + "\n"); // a second record of an id: skipped both ways
        }
        Set<String> spark = sparkStore(input);
        assertSameQuads(ingestStore(input), spark);
        assertSameQuads(spark, sparkStore(input, "--partitions", "3"));
        assertTrue(spark.stream().anyMatch(q -> q.contains(NG.sameEventAs.getURI()) && q.contains(Iris.LINKS_GRAPH)),
                "the generated articles report events of one another, so the links graph links them");
        assertTrue(spark.stream().anyMatch(q -> q.contains(NG.shortFormIn.getURI())),
                "and name people by a surname the corpus knows in full");
    }

    @Test
    void twoThousandReutersStoriesGiveTheStoreIngestGives() throws Exception {
        if (!Files.isRegularFile(CORPUS)) {
            System.out.println("SparkIngestTest on Reuters not run: " + CORPUS + " is not here (it is beside the project in CI)");
        }
        Assumptions.assumeTrue(Files.isRegularFile(CORPUS), CORPUS + " is missing");
        Path input = dir.resolve("reuters-2000.jsonl");
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(CORPUS)),
                StandardCharsets.UTF_8)); Writer out = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
            for (int i = 0; i < 2000; i++) {
                out.write(in.readLine() + "\n");
            }
        }
        Set<String> spark = sparkStore(input);
        assertSameQuads(ingestStore(input), spark);
        long links = spark.stream().filter(q -> q.contains(NG.matchedEvent.getURI())).count();
        assertTrue(links > 100, "stories of the same weeks report the same events: " + links + " matches");
    }

    private static String json(Article article) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", article.id());
        article.title().ifPresent(t -> node.put("title", t));
        article.date().ifPresent(d -> node.put("date", d.toString()));
        node.put("text", article.text());
        return node.toString();
    }

    /** What {@code newsgraph ingest FILE} stores. */
    private Set<String> ingestStore(Path input) {
        try (GraphStore store = GraphStore.open(dir.resolve("ingest-db"))) {
            new Ingester(Pipeline.english(), store).ingest(List.of(input.toString()), ReadOptions.none(),
                    InputStream.nullInputStream(), new Ingester.Options(1, 200, Ingester.Progress.NONE));
            return quads(store);
        }
    }

    @Test
    void aParquetTableGivesTheStoreItsJsonLinesGive() throws Exception {
        Path input = dir.resolve("generated.jsonl");
        try (Writer out = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
            for (Article article : new GeneratedArticles(11).articles("table", 120)) {
                out.write(json(article) + "\n");
            }
        }
        Path table = dir.resolve("table");
        java(ParquetFixture.class, input.toString(), table.toString());
        assertSameQuads(ingestStore(input), sparkStore(table));
    }

    /** What {@code spark-ingest} in local[2] (with these options), then {@code newsgraph load}, store. */
    private Set<String> sparkStore(Path input, String... options) throws IOException, InterruptedException {
        String run = "run-" + runs++;
        Path shards = dir.resolve(run + "-shards");
        List<String> args = new ArrayList<>(List.of("--master", "local[2]", "--input", input.toString(), "--output",
                shards.toString(), "--conf", "spark.ui.enabled=false"));
        args.addAll(List.of(options));
        java(SparkIngest.class, args.toArray(String[]::new));
        JsonNode manifest = JSON.readTree(shards.resolve("manifest.json").toFile());
        assertEquals(manifest.path("counts").path("quads").asLong(), manifest.path("shards").findValues("quads").stream()
                .mapToLong(JsonNode::asLong).sum(), "the manifest's shards hold its quads");
        Path db = dir.resolve(run + "-db");
        BulkLoad.load(db, List.of(shards), false);
        try (GraphStore store = GraphStore.open(db)) {
            return quads(store);
        }
    }

    @Test
    void badInputEndsTheJobWithOneLineNamingItAndExitTwo() throws Exception {
        Ended missing = run(SparkIngest.class, "--input", dir.resolve("nowhere.jsonl").toString(), "--output",
                dir.resolve("out").toString(), "--conf", "spark.ui.enabled=false");
        assertEquals(2, missing.exit());
        assertTrue(missing.output().contains("newsgraph: " + dir.resolve("nowhere.jsonl") + ": no such file or folder"),
                missing.output());
        Path full = Files.createDirectories(dir.resolve("full"));
        Files.writeString(full.resolve("kept.txt"), "someone's file");
        Files.writeString(dir.resolve("one.jsonl"), json(Article.of("one", "Ana Lima spoke in Lisbon.")) + "\n");
        Ended occupied = run(SparkIngest.class, "--input", dir.resolve("one.jsonl").toString(), "--output",
                full.toString(), "--conf", "spark.ui.enabled=false");
        assertEquals(2, occupied.exit());
        assertTrue(occupied.output().contains("already exists and is not empty"), occupied.output());
        assertEquals("someone's file", Files.readString(full.resolve("kept.txt")));
        assertEquals(1, run(SparkIngest.class, "--output", full.toString()).exit(), "a usage error");
    }

    /** How a child JVM ended: its exit code and what it printed. */
    private record Ended(int exit, String output) {
    }

    /** Runs a main class in a JVM of its own, with the job's heap and Spark's module options; it must end well. */
    private void java(Class<?> main, String... args) throws IOException, InterruptedException {
        Ended ended = run(main, args);
        assertTrue(ended.exit() == 0, main.getSimpleName() + " ends well: "
                + ended.output().substring(Math.max(0, ended.output().length() - 4000)));
    }

    private Ended run(Class<?> main, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                JOB_HEAP));
        command.addAll(SparkIngest.JAVA_OPTIONS);
        command.addAll(List.of("-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                main.getName()));
        command.addAll(List.of(args));
        Path log = dir.resolve(main.getSimpleName() + ".log");
        Process job = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(job.waitFor(10, TimeUnit.MINUTES), main.getSimpleName() + " ends within ten minutes");
        return new Ended(job.exitValue(), Files.readString(log));
    }

    private static void assertSameQuads(Set<String> expected, Set<String> actual) {
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(actual);
        Set<String> extra = new TreeSet<>(actual);
        extra.removeAll(expected);
        assertTrue(missing.isEmpty() && extra.isEmpty(), "the Spark store lacks " + missing.size() + " quads, e.g. "
                + missing.stream().limit(3).toList() + ", and has " + extra.size() + " more, e.g. "
                + extra.stream().limit(3).toList());
        assertTrue(expected.size() > 1000, "the stores hold the articles: " + expected.size() + " quads");
    }

    private static Set<String> quads(GraphStore store) {
        return Txn.calculateRead(store.dataset(), () -> {
            Set<String> out = new TreeSet<>();
            store.dataset().asDatasetGraph().find().forEachRemaining(q -> out.add(q.toString()));
            return out;
        });
    }
}
