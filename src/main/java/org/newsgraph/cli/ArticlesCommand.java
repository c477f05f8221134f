package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;

import org.newsgraph.query.Queries;
import org.newsgraph.query.QueryRunner;
import org.newsgraph.store.GraphStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "articles", mixinStandardHelpOptions = true,
        header = "Lists the articles in the database, with their dates, titles and counts.",
        description = {"Lists the articles in the database: id, publication date, title, and how many entities and events each names.",
                "The ids are what remove takes."})
final class ArticlesCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv, tsv, json or ttl (default: ${DEFAULT-VALUE})")
    QueryRunner.Format format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (GraphStore graphStore = GraphStore.open(store.existingDirectory())) {
            new QueryRunner(graphStore).run(Queries.bundled("articles.rq"), Map.of(), format, new WriterOutputStream(out));
        }
        out.flush();
        return Main.OK;
    }
}
