package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.apache.jena.query.Query;
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
        description = "Runs a SPARQL query (a file or --sparql) on the graph. The default graph is the union of all articles.")
final class QueryCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv, tsv, json or ttl (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--param", paramLabel = "NAME=VALUE",
            description = "binds ?NAME in the query: <iri> for an IRI, anything else a string")
    List<String> params = new ArrayList<>();

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @Parameters(paramLabel = "FILE.rq", description = "file holding the query")
        Path file;

        @Option(names = "--sparql", paramLabel = "QUERY", description = "the query text")
        String sparql;
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        QueryRunner.Format chosen;
        try {
            chosen = QueryRunner.Format.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--format must be table, csv, tsv, json or ttl: " + format);
        }
        Query query = source.file != null ? Queries.file(source.file) : QueryRunner.parse(source.sparql, "--sparql");
        var bindings = QueryRunner.parameters(params);
        try (GraphStore graphStore = GraphStore.open(store.directory())) {
            spec.commandLine().getOut().flush();
            new QueryRunner(graphStore).run(query, bindings, chosen, new WriterOutputStream(spec.commandLine().getOut()));
        }
        return Main.OK;
    }
}
