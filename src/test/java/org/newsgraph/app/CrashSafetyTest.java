package org.newsgraph.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.Main;
import org.newsgraph.model.Article;
import org.newsgraph.store.GraphStore;
import org.newsgraph.testing.GeneratedArticles;
import org.newsgraph.vocab.Iris;
import org.newsgraph.vocab.NG;
import org.newsgraph.vocab.NIF;

/**
 * Ingests in a child process, killed with SIGKILL at random moments, round after round: after each kill the
 * store opens, every article in it is complete, and no link or entity points at what is not there; running the
 * ingest again to the end gives the graph of one uninterrupted run. SIGTERM commits what was finished and
 * exits 130.
 */
class CrashSafetyTest {
    private static final int ROUNDS = 10;

    @TempDir
    Path dir;

    private Path input;

    private Process start(Path db, String... jvmOptions) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1"));
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "ingest", "--quiet", "--threads", "2", "--batch", "5", "--db", db.toString(),
                input.toString()));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("child.log").toFile()).start();
    }

    private void writeInput(List<Article> articles) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        for (Article a : articles) {
            lines.add(json.writeValueAsString(Map.of("id", a.id(), "date", a.date().orElseThrow().toString(),
                    "text", a.text())));
        }
        input = Files.write(dir.resolve("articles.jsonl"), lines, StandardCharsets.UTF_8);
    }

    @Test
    void killedIngestsLeaveCompleteArticlesAndARerunGivesTheUninterruptedGraph() throws Exception {
        List<Article> articles = new GeneratedArticles(42).articles("crash", 160);
        writeInput(articles);
        Path reference = dir.resolve("reference");
        assertEquals(0, Main.commandLine().execute("ingest", "--quiet", "--db", reference.toString(), input.toString()));
        Map<String, Integer> eventsPerArticle;
        Set<String> expected;
        try (GraphStore store = GraphStore.open(reference)) {
            eventsPerArticle = eventsPerArticle(store.dataset());
            expected = quads(store);
        }

        Path db = dir.resolve("crashed");
        Random random = new Random(7);
        int survived = 0;
        List<Integer> stored = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            Process child = start(db);
            boolean ended = child.waitFor(1500 + random.nextInt(6000), TimeUnit.MILLISECONDS);
            if (!ended) {
                child.destroyForcibly().waitFor(); // SIGKILL
                survived++;
            }
            if (GraphStore.isDatabase(db)) {
                try (GraphStore store = GraphStore.open(db)) {
                    checkInvariants(store.dataset(), eventsPerArticle);
                    stored.add(Txn.calculateRead(store.dataset(), () -> articleGraphs(store.dataset()).size()));
                }
            }
        }
        assertTrue(survived >= ROUNDS / 2, "only " + survived + " of " + ROUNDS + " ingests were killed");
        Process last = start(db);
        assertTrue(last.waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, last.exitValue(), Files.readString(dir.resolve("child.log")));
        try (GraphStore store = GraphStore.open(db)) {
            checkInvariants(store.dataset(), eventsPerArticle);
            assertEquals(expected, quads(store), "after " + survived + " kills and a complete run");
        }
        System.out.println("CrashSafetyTest: " + survived + " SIGKILL rounds survived; articles stored after each: "
                + stored);
    }

    @Test
    void sigtermCommitsWhatWasFinishedAndExits130() throws Exception {
        writeInput(new GeneratedArticles(43).articles("term", 400));
        Path db = dir.resolve("terminated");
        Process child = start(db);
        Thread.sleep(6000);
        java.io.StringWriter err = new java.io.StringWriter();
        picocli.CommandLine cli = Main.commandLine();
        cli.setErr(new java.io.PrintWriter(err, true));
        cli.setOut(new java.io.PrintWriter(new java.io.StringWriter(), true));
        if (child.isAlive()) {
            assertEquals(3, cli.execute("stats", "--db", db.toString()));
            assertTrue(err.toString().contains("is in use by process " + child.pid()), err.toString());
        }
        child.destroy(); // SIGTERM
        assertTrue(child.waitFor(2, TimeUnit.MINUTES));
        String log = Files.readString(dir.resolve("child.log"));
        if (child.exitValue() == 0) {
            System.out.println("CrashSafetyTest: the ingest ended before SIGTERM; nothing to check");
            return;
        }
        assertEquals(Main.INTERRUPTED, child.exitValue(), log);
        assertTrue(log.contains("interrupted; the "), log);
        try (GraphStore store = GraphStore.open(db)) {
            long stored = Txn.calculateRead(store.dataset(), () -> (long) articleGraphs(store.dataset()).size());
            assertTrue(log.contains("ingested " + String.format("%,d", stored) + " article(s)"), stored + " stored; " + log);
        }
    }

    @Test
    void runningOutOfMemoryEndsInOneLineAndExitThree() throws Exception {
        writeInput(new GeneratedArticles(44).articles("oom", 50));
        Process child = start(dir.resolve("oom"), "-Xmx24m");
        assertTrue(child.waitFor(2, TimeUnit.MINUTES));
        String log = Files.readString(dir.resolve("child.log")).strip();
        assertEquals(3, child.exitValue(), log);
        assertTrue(log.lines().count() == 1 && log.contains("out of memory"), log);
    }

    private static List<String> articleGraphs(Dataset ds) {
        List<String> out = new ArrayList<>();
        ds.listModelNames().forEachRemaining(name -> {
            if (!name.getURI().equals(Iris.LINKS_GRAPH)) {
                out.add(name.getURI());
            }
        });
        return out;
    }

    private static Map<String, Integer> eventsPerArticle(Dataset ds) {
        return Txn.calculateRead(ds, () -> {
            Map<String, Integer> out = new HashMap<>();
            for (String name : articleGraphs(ds)) {
                out.put(name, ds.getNamedModel(name).listSubjectsWithProperty(RDF.type, NG.Event).toList().size());
            }
            return out;
        });
    }

    private static Set<String> quads(GraphStore store) {
        return Txn.calculateRead(store.dataset(), () -> {
            Set<String> out = new TreeSet<>();
            store.dataset().asDatasetGraph().find().forEachRemaining(q -> out.add(q.toString()));
            return out;
        });
    }

    /** Every article whole; every event's evidence slices its article; links and entities point at what exists. */
    private static void checkInvariants(Dataset ds, Map<String, Integer> eventsPerArticle) {
        Txn.executeRead(ds, () -> {
            Set<String> graphs = new TreeSet<>(articleGraphs(ds));
            Set<String> events = new TreeSet<>();
            for (String name : graphs) {
                Model graph = ds.getNamedModel(name);
                Resource article = graph.getResource(name);
                assertTrue(graph.contains(article, RDF.type, NG.Article), name + " lacks its article node");
                String text = article.getRequiredProperty(NIF.isString).getString();
                List<Resource> own = graph.listSubjectsWithProperty(RDF.type, NG.Event).toList();
                assertEquals(eventsPerArticle.get(name), own.size(), name + " is not complete");
                for (Resource event : own) {
                    events.add(event.getURI());
                    List<Statement> evidence = event.listProperties(NG.evidence).toList();
                    assertTrue(!evidence.isEmpty(), event + " has no evidence");
                    for (Statement e : evidence) {
                        Resource ev = e.getResource();
                        int begin = ev.getRequiredProperty(NIF.beginIndex).getInt();
                        int end = ev.getRequiredProperty(NIF.endIndex).getInt();
                        String slice = text.substring(text.offsetByCodePoints(0, begin), text.offsetByCodePoints(0, end));
                        assertEquals(ev.getRequiredProperty(NIF.anchorOf).getString(), slice, ev.getURI());
                    }
                }
                graph.listStatements(null, NG.mentionedIn, (RDFNode) null).forEachRemaining(s ->
                        assertTrue(graphs.contains(s.getResource().getURI()), s + " names a missing article"));
            }
            Model links = ds.getNamedModel(Iris.LINKS_GRAPH);
            for (var property : List.of(NG.matchedEvent, NG.sameEventAs)) {
                links.listStatements(null, property, (RDFNode) null).forEachRemaining(s -> {
                    assertTrue(events.contains(s.getSubject().getURI()), s + ": missing event");
                    assertTrue(events.contains(s.getResource().getURI()), s + ": missing event");
                });
            }
            links.listStatements(null, NG.shortFormIn, (RDFNode) null).forEachRemaining(s -> {
                String article = s.getResource().getURI();
                assertTrue(graphs.contains(article), s + ": missing article");
                assertTrue(ds.getNamedModel(article).contains(s.getSubject(), NG.mentionedIn, s.getResource()),
                        s + ": the article does not mention the entity");
            });
        });
    }
}
