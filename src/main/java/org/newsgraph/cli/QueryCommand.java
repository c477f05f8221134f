package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.newsgraph.query.QueryFile;
import org.newsgraph.query.Queries;
import org.newsgraph.query.QueryRunner;
import org.newsgraph.store.GraphStore;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "query", mixinStandardHelpOptions = true,
        header = "Runs a read-only SPARQL query on the graph.",
        description = {"Runs a SPARQL query (a file, - for standard input, or --sparql) on the graph; the default graph is the union of all articles.",
                "Queries only read: SPARQL Update is refused, SERVICE is off unless --allow-service, and every query stops at --timeout.",
                "The prefixes ng:, ngr:, rdf:, rdfs:, skos:, owl:, xsd:, dcterms: and nif: need no declaration."})
final class QueryCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv, tsv, json or ttl (default: ${DEFAULT-VALUE})")
    QueryRunner.Format format;

    @Option(names = "--param", paramLabel = "NAME=VALUE",
            description = {"binds ?NAME on the parsed query: <iri> or ng:Name for an IRI, \"text\"@en or "
                    + "\"1987\"^^xsd:gYear for a literal, anything else a string; the query file's "
                    + "'# param:' lines give the defaults"})
    List<String> params = new ArrayList<>();

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "60s", converter = DurationConverter.class,
            description = "stop the query after this long, e.g. 30s, 5m (default: ${DEFAULT-VALUE})")
    Duration timeout;

    @Option(names = "--allow-service", description = "let SERVICE clauses query other endpoints over the network")
    boolean allowService;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @Parameters(paramLabel = "FILE.rq", description = "file holding the query, or - to read it from standard input")
        Path file;

        @Option(names = "--sparql", paramLabel = "QUERY", description = "the query text")
        String sparql;
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws java.io.IOException {
        QueryFile file;
        if (source.sparql != null) {
            file = QueryFile.of(source.sparql, "--sparql");
        } else if (source.file.toString().equals("-")) {
            file = QueryFile.of(new String(System.in.readAllBytes(), StandardCharsets.UTF_8), "-");
        } else {
            file = QueryFile.read(source.file);
        }
        Map<String, Node> bindings = QueryRunner.parameters(file, params);
        QueryRunner.Limits limits = new QueryRunner.Limits(timeout, allowService,
                QueryRunner.Limits.DEFAULT.maxTableRows());
        try (GraphStore graphStore = GraphStore.open(store.existingDirectory())) {
            spec.commandLine().getOut().flush();
            new QueryRunner(graphStore, limits).run(file.query(), bindings, format,
                    new WriterOutputStream(spec.commandLine().getOut()));
        }
        return Main.OK;
    }
}
