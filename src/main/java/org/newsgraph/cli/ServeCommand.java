package org.newsgraph.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.newsgraph.serve.Server;
import org.newsgraph.store.GraphStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        header = "Serves the graph over the SPARQL 1.1 Protocol, read-only.",
        description = {"Serves the database with embedded Apache Jena Fuseki: SPARQL at /newsgraph/sparql (GET and "
                + "POST; JSON, XML, CSV and TSV results; Turtle, N-Triples, TriG and JSON-LD for CONSTRUCT and "
                + "DESCRIBE), the union of all articles as the default graph.",
                "Updates are refused, SERVICE is off, every query stops at --timeout, and a SELECT answers with at "
                        + "most --max-rows rows.",
                "With --ingest-token, POST /newsgraph/ingest takes a text, HTML or JSON Lines body with the header "
                        + "'Authorization: Bearer TOKEN' and ingests it while queries go on.",
                "The web explorer at / searches names, shows entity and event pages with their evidence, the who-met-whom network and a query page.",
                "Ctrl-C stops the server."})
final class ServeCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(names = "--port", paramLabel = "N", defaultValue = "3030", description = "port (default: ${DEFAULT-VALUE}; 0 takes a free one)")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "127.0.0.1 serves this machine only (default); 0.0.0.0 every interface")
    String bind;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "30s", converter = DurationConverter.class,
            description = "stop a query after this long (default: ${DEFAULT-VALUE})")
    Duration timeout;

    @Option(names = "--max-rows", paramLabel = "N", defaultValue = "100000",
            description = "the most rows a SELECT answers with (default: ${DEFAULT-VALUE})")
    long maxRows;

    @Option(names = "--ingest-token", paramLabel = "TOKEN",
            description = "turn POST /newsgraph/ingest on, for requests that carry this bearer token")
    String ingestToken;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        boolean loopback = switch (bind) {
            case "127.0.0.1", "localhost" -> true;
            case "0.0.0.0" -> false;
            default -> throw new CommandLine.ParameterException(spec.commandLine(),
                    "--bind must be 127.0.0.1 (this machine) or 0.0.0.0 (every interface): " + bind);
        };
        PrintWriter out = spec.commandLine().getOut();
        GraphStore graphStore = GraphStore.open(store.existingDirectory());
        Server server = Server.start(graphStore, new Server.Options(port, loopback, timeout, maxRows,
                Optional.ofNullable(ingestToken).filter(t -> !t.isBlank()),
                Bundled.queryFiles().stream().map(org.newsgraph.query.QueryFile::read).toList()));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            graphStore.close();
            System.err.println("newsgraph: stopped");
        }, "newsgraph-serve-stop"));
        String host = loopback ? "127.0.0.1" : "localhost";
        out.printf("newsgraph: serving %s — explorer at %s, SPARQL at %s%s; Ctrl-C stops%n", store.directory(),
                server.explorer(host), server.endpoint(host),
                ingestToken == null ? "" : ", ingest at http://" + host + ":" + server.port() + Server.DATASET + "/ingest");
        out.flush();
        server.join();
        return Main.OK;
    }
}
