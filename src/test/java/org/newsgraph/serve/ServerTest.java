package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.app.Ingester;
import org.newsgraph.model.Article;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.store.GraphStore;
import org.newsgraph.vocab.NG;

/** The SPARQL Protocol as the server speaks it, on a free port: formats, read-only, timeout, ingest. */
class ServerTest {
    private static final String TOKEN = "test-token";
    private static final String LIMA = "https://w3id.org/newsgraph/id/person/ana-lima";

    @TempDir
    static Path dir;

    private static GraphStore store;
    private static Server server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        store = GraphStore.open(dir.resolve("db"));
        new Ingester(Pipeline.english(), store).ingest(Article.of("oslo",
                "Foreign Minister Ana Lima met Olav Berg in Oslo on Monday. \"We made progress,\" Lima said."));
        server = Server.start(store, new Server.Options(0, true, Duration.ofSeconds(2), 3, Optional.of(TOKEN), List.of()));
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    private static HttpResponse<String> query(String sparql, String accept) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.endpoint("127.0.0.1") + "?query="
                + URLEncoder.encode(sparql, StandardCharsets.UTF_8))).header("Accept", accept).GET().build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String path, String contentType, String body, String... headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        // a fresh client: the server may close a connection after refusing a request whose body it did not read
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void selectAnswersInEveryResultFormatFromTheUnionOfArticles() throws Exception {
        String sparql = "SELECT ?p WHERE { ?p a <" + NG.Person.getURI() + "> }";
        for (String accept : List.of("application/sparql-results+json", "application/sparql-results+xml",
                "text/csv", "text/tab-separated-values")) {
            HttpResponse<String> response = query(sparql, accept);
            assertEquals(200, response.statusCode(), accept + ": " + response.body());
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(accept), accept);
            assertTrue(response.body().contains(LIMA), accept + ": " + response.body());
        }
        assertTrue(query("ASK { <" + LIMA + "> ?p ?o }", "application/sparql-results+json").body().contains("true"));
    }

    @Test
    void aSelectAnswersWithAtMostTheCappedNumberOfRows() throws Exception {
        HttpResponse<String> all = query("SELECT ?s ?p ?o WHERE { ?s ?p ?o }", "text/tab-separated-values");
        assertEquals(200, all.statusCode());
        assertEquals(1 + 3, all.body().strip().lines().count(), all.body());
        HttpResponse<String> two = query("SELECT ?s WHERE { ?s ?p ?o } LIMIT 2", "text/tab-separated-values");
        assertEquals(1 + 2, two.body().strip().lines().count(), two.body());
    }

    @Test
    void constructAnswersInEveryRdfFormat() throws Exception {
        String sparql = "CONSTRUCT { ?p a <" + NG.Person.getURI() + "> } WHERE { ?p a <" + NG.Person.getURI() + "> }";
        for (Lang lang : List.of(Lang.TURTLE, Lang.NTRIPLES, Lang.JSONLD, Lang.RDFXML)) {
            HttpResponse<String> response = query(sparql, lang.getHeaderString());
            assertEquals(200, response.statusCode(), lang + ": " + response.body());
            Model model = ModelFactory.createDefaultModel();
            RDFParser.create().source(new StringReader(response.body())).lang(lang).parse(model);
            assertTrue(model.contains(model.createResource(LIMA), RDF.type, NG.Person), lang + ": " + response.body());
        }
    }

    @Test
    void updatesAreRefused() throws Exception {
        String update = "update=" + URLEncoder.encode("DELETE WHERE { GRAPH ?g { ?s ?p ?o } }", StandardCharsets.UTF_8);
        assertTrue(post("/newsgraph/update", "application/x-www-form-urlencoded", update).statusCode() >= 400);
        assertTrue(post("/newsgraph/sparql", "application/x-www-form-urlencoded", update).statusCode() >= 400);
        assertTrue(post("/newsgraph/sparql", "application/sparql-update", "DELETE WHERE { ?s ?p ?o }").statusCode() >= 400);
        assertTrue(post("/newsgraph/data", "text/turtle", "<a:b> <a:c> <a:d> .").statusCode() >= 400);
        assertTrue(query("ASK { <" + LIMA + "> ?p ?o }", "application/sparql-results+json").body().contains("true"));
    }

    @Test
    void aCartesianQueryIsStoppedByTheTimeout() throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = query("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }",
                "application/sparql-results+json");
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(503, response.statusCode(), response.body());
        assertTrue(response.body().contains("timed out"), response.body());
        assertTrue(seconds < 30, seconds + " s");
    }

    @Test
    void ingestNeedsTheTokenAndItsArticleIsQueryableWhileOthersRead() throws Exception {
        String text = "Tomas Reyes visited Lisbon on Friday, where he met Pedro Alves.";
        assertEquals(401, post("/newsgraph/ingest", "text/plain", text).statusCode());
        assertEquals(401, post("/newsgraph/ingest", "text/plain", text, "Authorization", "Bearer wrong").statusCode());
        CompletableFuture<HttpResponse<String>> reader = CompletableFuture.supplyAsync(() -> {
            try {
                return query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o . ?s2 ?p2 ?o2 } ", "application/sparql-results+json");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        HttpResponse<String> ingested = post("/newsgraph/ingest?id=lisbon", "text/plain", text, "Authorization", "Bearer " + TOKEN);
        assertEquals(200, ingested.statusCode(), ingested.body());
        assertTrue(ingested.body().contains("\"articles\":1"), ingested.body());
        assertTrue(query("ASK { GRAPH <https://w3id.org/newsgraph/id/article/lisbon> { ?e a <" + NG.term("Meeting").getURI() + "> } }",
                "application/sparql-results+json").body().contains("true"));
        assertTrue(reader.get().statusCode() < 600);
    }
}
