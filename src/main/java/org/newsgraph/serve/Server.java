package org.newsgraph.serve;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.ARQ;
import org.newsgraph.app.Ingester;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.query.QueryFile;
import org.newsgraph.store.GraphStore;

/**
 * The store served over HTTP by embedded Apache Jena Fuseki: the SPARQL 1.1 Protocol at
 * {@code /newsgraph/sparql} (and {@code /newsgraph/query}), read-only, on the union default graph, with a query
 * timeout, no SERVICE to other endpoints, and CORS for browser clients; and, when a token is given,
 * {@code POST /newsgraph/ingest}, which runs the same pipeline and linking as {@code ingest} while readers go on
 * reading (TDB2 transactions). The web explorer is served at {@code /}; it reads only through the endpoint.
 */
public final class Server implements AutoCloseable {
    /** How the server runs. {@code port} 0 takes a free one; {@code examples} are the explorer's example queries. */
    public record Options(int port, boolean loopbackOnly, Duration timeout, long maxRows, Optional<String> ingestToken,
                          List<QueryFile> examples) {
        public Options {
            examples = List.copyOf(examples);
        }
    }

    public static final String DATASET = "/newsgraph";

    private final FusekiServer fuseki;

    private Server(FusekiServer fuseki) {
        this.fuseki = fuseki;
    }

    /** Starts serving the store; the pipeline is built at the first ingest. */
    public static Server start(GraphStore store, Options options) {
        var context = store.dataset().getContext();
        context.set(ARQ.queryTimeout, Long.toString(options.timeout().toMillis()));
        context.set(ARQ.httpServiceAllowed, false);
        FusekiServer.Builder builder = FusekiServer.create()
                .port(options.port())
                .loopback(options.loopbackOnly())
                .enableCors(true)
                .verbose(false)
                .registerOperation(org.apache.jena.fuseki.server.Operation.Query, new CappedQuery(options.maxRows()))
                .add(DATASET, store.dataset(), false);
        ExplorerServlet explorer = new ExplorerServlet(options.examples().stream()
                .map(q -> new ExplorerServlet.Example(q.source().substring(q.source().lastIndexOf('/') + 1), q.title(), q.text())).toList());
        builder.addServlet("", explorer).addServlet("/index.html", explorer)
                .addServlet("/explorer/*", explorer).addServlet("/webjars/*", explorer);
        options.ingestToken().ifPresent(token -> builder.addServlet(DATASET + "/ingest",
                new IngestServlet(new Ingester(Pipeline::english, store), token)));
        return new Server(builder.build().start());
    }

    public int port() {
        return fuseki.getHttpPort();
    }

    /** The address of the web explorer. */
    public String explorer(String host) {
        return "http://" + host + ":" + port() + "/";
    }

    /** The address of the SPARQL endpoint. */
    public String endpoint(String host) {
        return "http://" + host + ":" + port() + DATASET + "/sparql";
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    @Override
    public void close() {
        fuseki.stop();
    }
}
