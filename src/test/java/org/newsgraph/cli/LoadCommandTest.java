package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.GraphStore;

/**
 * {@code load}: a store built from N-Quads shards holds every quad of the shards; a non-empty store is replaced
 * only when asked; a bad shard names its file and line and leaves the target as it was.
 */
class LoadCommandTest {
    @TempDir
    static Path dir;

    private static Path shards;
    private static Set<Quad> exported;

    @BeforeAll
    static void demoExport() throws Exception {
        Path db = dir.resolve("demo");
        assertEquals(0, Cli.run(new StringWriter(), new StringWriter(), "demo", "--db", db.toString()));
        shards = dir.resolve("shards");
        Path all = shards.resolve("part-0.nq");
        assertEquals(0, Cli.run(new StringWriter(), new StringWriter(), "export", "--db", db.toString(), "--format",
                "nq", "--out", all.toString()), "export into a folder not made yet");
        // two shards, one of them compressed, as a cluster writes them
        var lines = Files.readAllLines(all, StandardCharsets.UTF_8);
        Files.write(all, lines.subList(0, lines.size() / 2), StandardCharsets.UTF_8);
        try (var gz = new GZIPOutputStream(Files.newOutputStream(shards.resolve("part-1.nq.gz")))) {
            gz.write((String.join("\n", lines.subList(lines.size() / 2, lines.size())) + "\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        exported = quadsOf(db);
    }

    private static Set<Quad> quadsOf(Path db) {
        try (GraphStore store = GraphStore.open(db)) {
            return store.read(ds -> {
                Set<Quad> quads = new HashSet<>();
                ds.asDatasetGraph().find().forEachRemaining(quads::add);
                return quads;
            });
        }
    }

    @Test
    void theLoadedStoreHoldsEveryQuadOfTheShardsAndItsStatistics() {
        Path db = dir.resolve("loaded");
        StringWriter out = new StringWriter();
        assertEquals(0, Cli.run(out, new StringWriter(), "load", "--db", db.toString(), shards.toString()));
        assertTrue(out.toString().contains("from 2 shard(s)"), out.toString());
        assertEquals(exported, quadsOf(db));
        assertTrue(Files.exists(db.resolve("Data-0001").resolve("stats.opt")), "the optimiser's statistics");
    }

    @Test
    void aNonEmptyStoreIsReplacedOnlyWhenAskedAndABadShardLeavesItAsItWas() throws Exception {
        Path db = dir.resolve("kept");
        assertEquals(0, Cli.run(new StringWriter(), new StringWriter(), "load", "--db", db.toString(),
                shards.toString()));
        StringWriter err = new StringWriter();
        assertEquals(Main.DATABASE, Cli.run(new StringWriter(), err, "load", "--db", db.toString(), shards.toString()));
        assertTrue(err.toString().contains("not empty"), err.toString());

        Path bad = dir.resolve("bad.nq");
        Files.writeString(bad, "<http://a/s> <http://a/p> <http://a/o> <http://a/g> .\nthis is not a quad\n");
        err = new StringWriter();
        assertEquals(Main.BAD_INPUT, Cli.run(new StringWriter(), err, "load", "--db", db.toString(), "--replace",
                bad.toString()));
        assertTrue(err.toString().contains(bad + ":2:"), err.toString());
        assertEquals(1, err.toString().strip().lines().count(), "one line: " + err);
        assertEquals(exported, quadsOf(db), "the store is as it was");
        try (var leftovers = Files.list(dir)) {
            assertTrue(leftovers.noneMatch(p -> p.getFileName().toString().contains(".loading-")), "no build folder left");
        }

        assertEquals(0, Cli.run(new StringWriter(), new StringWriter(), "load", "--db", db.toString(), "--replace",
                shards.resolve("part-0.nq").toString()));
        assertTrue(exported.containsAll(quadsOf(db)) && quadsOf(db).size() < exported.size(), "replaced by one shard");
    }

    @Test
    void aManifestBesideTheShardsMustListShardsThatAreThereAndTheQuadsTheyHold() throws Exception {
        Path run = dir.resolve("run");
        Files.createDirectories(run);
        Files.copy(shards.resolve("part-0.nq"), run.resolve("part-0.nq"));
        Files.copy(shards.resolve("part-1.nq.gz"), run.resolve("part-1.nq.gz"));
        int quads = exported.size();
        Files.writeString(run.resolve("manifest.json"), "{\"shards\": [{\"file\": \"part-0.nq\", \"quads\": 1}, "
                + "{\"file\": \"part-1.nq.gz\", \"quads\": " + (quads - 1) + "}]}");
        Path db = dir.resolve("from-run");
        assertEquals(0, Cli.run(new StringWriter(), new StringWriter(), "load", "--db", db.toString(), run.toString()));
        assertEquals(exported, quadsOf(db));

        Files.writeString(run.resolve("manifest.json"), "{\"shards\": [{\"file\": \"part-0.nq\", \"quads\": 1}, "
                + "{\"file\": \"part-1.nq.gz\", \"quads\": " + quads + "}]}");
        StringWriter err = new StringWriter();
        assertEquals(Main.BAD_INPUT, Cli.run(new StringWriter(), err, "load", "--db", db.toString(), "--replace",
                run.toString()));
        assertTrue(err.toString().contains("the manifest counts " + (quads + 1) + " quads"), err.toString());
        assertEquals(exported, quadsOf(db), "the store is as it was");

        Files.writeString(run.resolve("manifest.json"), "{\"shards\": [{\"file\": \"part-2.nq.gz\", \"quads\": 5}]}");
        err = new StringWriter();
        assertEquals(Main.BAD_INPUT, Cli.run(new StringWriter(), err, "load", "--db", dir.resolve("none").toString(),
                run.toString()));
        assertTrue(err.toString().contains("part-2.nq.gz, which is missing"), err.toString());
    }
}
