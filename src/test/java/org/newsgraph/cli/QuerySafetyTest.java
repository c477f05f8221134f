package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Queries only read, stay on this machine unless allowed, stop at their time limit, and bind parameters as terms. */
class QuerySafetyTest {
    @TempDir
    static Path dir;

    private static Path db;
    private StringWriter out;
    private StringWriter err;

    @BeforeAll
    static void ingest() throws IOException {
        db = dir.resolve("db");
        Path article = dir.resolve("talks.txt");
        Files.writeString(article, "Foreign Minister Ana Lima met Olav Berg in Oslo on Monday. "
                + "\"We made progress,\" Lima said. Berg later visited Bergen.");
        int code = Main.commandLine().execute("ingest", "--quiet", "--db", db.toString(), article.toString());
        assertEquals(0, code);
    }

    @BeforeEach
    void setUp() {
        out = new StringWriter();
        err = new StringWriter();
    }

    private int run(String... args) {
        return Cli.run(out, err, args);
    }

    private int query(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "query";
        all[1] = "--db";
        all[2] = db.toString();
        System.arraycopy(args, 0, all, 3, args.length);
        return run(all);
    }

    private long quads() {
        out.getBuffer().setLength(0);
        assertEquals(0, query("--format", "tsv", "--sparql", "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }"));
        long n = Long.parseLong(out.toString().lines().skip(1).findFirst().orElseThrow().replaceAll("\"|\\^\\^.*", ""));
        out.getBuffer().setLength(0);
        return n;
    }

    /** A local listener that counts the connections made to it and closes each at once. */
    private static final class Listener implements AutoCloseable {
        final ServerSocket socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        final AtomicInteger connections = new AtomicInteger();
        final Thread thread = new Thread(() -> {
            while (!socket.isClosed()) {
                try (Socket s = socket.accept()) {
                    connections.incrementAndGet();
                } catch (IOException e) {
                    return;
                }
            }
        });

        Listener() throws IOException {
            thread.setDaemon(true);
            thread.start();
        }

        String url() {
            return "http://127.0.0.1:" + socket.getLocalPort() + "/sparql";
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    @Test
    void serviceClausesReachNothingUnlessAllowed() throws Exception {
        try (Listener listener = new Listener()) {
            String sparql = "SELECT * WHERE { SERVICE <" + listener.url() + "> { ?s ?p ?o } }";
            assertEquals(3, query("--sparql", sparql));
            assertTrue(err.toString().contains("remote access is off"), err.toString());
            assertEquals(1, err.toString().lines().count(), err.toString());
            String nested = "SELECT * WHERE { ?a ?b ?c { SELECT * WHERE { SERVICE <" + listener.url() + "> { ?s ?p ?o } } } }";
            assertEquals(3, query("--sparql", nested));
            Thread.sleep(200);
            assertEquals(0, listener.connections.get());
            query("--allow-service", "--timeout", "5s", "--sparql", sparql);
            for (int i = 0; i < 50 && listener.connections.get() == 0; i++) {
                Thread.sleep(100);
            }
            assertTrue(listener.connections.get() > 0, "with --allow-service the query does reach the endpoint");
        }
    }

    @Test
    void aCartesianProductStopsAtTheTimeout() {
        long start = System.nanoTime();
        int code = query("--timeout", "1s", "--sparql",
                "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }");
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(3, code, err.toString());
        assertTrue(err.toString().contains("stopped"), err.toString());
        assertTrue(seconds < 30, "stopped after " + seconds + " s");
    }

    @Test
    void updateIsRefusedAsReadOnlyAndTheStoreIsUnchanged() {
        long before = quads();
        assertEquals(2, query("--sparql", "DELETE WHERE { GRAPH ?g { ?s ?p ?o } }"));
        assertTrue(err.toString().contains("queries only read"), err.toString());
        assertEquals(before, quads());
    }

    @Test
    void malformedSparqlNamesLineAndColumnInOneLine() {
        assertEquals(2, query("--sparql", "SELECT * WHERE {\n  ?s ?p \n}"));
        String message = err.toString().strip();
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.matches(".*--sparql:3: SPARQL syntax error.*line 3, column \\d+.*"), message);
    }

    @Test
    void aParameterIsBoundAsATermSoAnInjectionIsInert() {
        long before = quads();
        String sparql = "SELECT ?p WHERE { ?p rdfs:label ?name }";
        assertEquals(0, query("--format", "tsv", "--param", "name=x\" } ; DELETE WHERE { ?s ?p ?o } ; #",
                "--sparql", sparql), err.toString());
        assertEquals(1, out.toString().lines().count(), "only the header: " + out);
        assertEquals(before, quads());
        out.getBuffer().setLength(0);
        assertEquals(0, query("--format", "tsv", "--param", "name=Ana Lima", "--sparql", sparql));
        assertTrue(out.toString().contains("person/ana-lima"), out.toString());
        assertEquals(1, query("--param", "p=<http://x> } DELETE WHERE { ?s ?p ?o } <http://y>", "--sparql", sparql));
        assertTrue(err.toString().contains("not an IRI"), err.toString());
        assertEquals(before, quads());
    }

    @Test
    void anUnknownParameterListsTheQuerysVariables() {
        assertEquals(1, query("--param", "nmae=Ana Lima", "--sparql", "SELECT ?p WHERE { ?p rdfs:label ?name }"));
        assertTrue(err.toString().contains("?name, ?p"), err.toString());
    }

    @Test
    void aQueryFilesParamLinesAreItsDefaults() throws IOException {
        Path file = dir.resolve("who.rq");
        Files.writeString(file, "# Who is called this\n# param: name=Olav Berg\nSELECT ?p WHERE { ?p rdfs:label ?name }\n");
        assertEquals(0, query("--format", "tsv", file.toString()), err.toString());
        assertTrue(out.toString().contains("person/olav-berg"), out.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, query("--format", "tsv", "--param", "name=Ana Lima", file.toString()));
        assertTrue(out.toString().contains("person/ana-lima") && !out.toString().contains("olav-berg"), out.toString());
    }

    @Test
    void theQueryMayComeFromStandardInputAndUsePredeclaredPrefixes() {
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream("ASK { ?m a ng:Meeting ; ng:participant ?p . ?p a ng:Person ; skos:altLabel \"Lima\" }"
                    .getBytes(StandardCharsets.UTF_8)));
            assertEquals(0, query("-"), err.toString());
            assertEquals("true", out.toString().strip());
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void aMistypedDatabaseIsAnErrorAndCreatesNothing() {
        Path missing = dir.resolve("does-not-exist");
        assertEquals(3, run("query", "--db", missing.toString(), "--sparql", "ASK { ?s ?p ?o }"));
        assertTrue(err.toString().contains("no database at " + missing), err.toString());
        assertTrue(!Files.exists(missing));
        assertEquals(3, run("stats", "--db", dir.toString()));
        assertTrue(!Files.exists(dir.resolve("Data-0001")));
    }
}
