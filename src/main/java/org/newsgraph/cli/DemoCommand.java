package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import java.io.InputStream;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.newsgraph.BadInputException;
import org.newsgraph.NewsgraphException;
import org.newsgraph.app.Ingester;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.ArticleSink;
import org.newsgraph.ingest.ReadOptions;
import org.newsgraph.model.Article;
import org.newsgraph.model.ArticleGraph;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.query.QueryFile;
import org.newsgraph.query.QueryRunner;
import org.newsgraph.store.GraphStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "demo", mixinStandardHelpOptions = true,
        header = "Ingests the sample articles and runs every query in queries/.",
        description = {"Ingests the bundled sample articles into the database, then runs every query in queries/ and prints the results as tables."})
final class DemoCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        var pipeline = Pipeline.englishInBackground();
        try (GraphStore graphStore = GraphStore.open(store.directory())) {
            Ingester ingester = new Ingester(pipeline, graphStore);
            ArticleReader reader = new ArticleReader(ReadOptions.none(), InputStream.nullInputStream());
            for (Path sample : Bundled.files("/org/newsgraph/samples", ".txt")) {
                reader.readFile(sample, new ArticleSink() {
                    @Override
                    public void accept(Article article) {
                        ArticleGraph graph = ingester.ingest(article);
                        out.printf("ingested %-24s %2d entities, %2d events%n", article.id(),
                                graph.entities().size(), graph.events().size());
                    }

                    @Override
                    public void reject(BadInputException problem) {
                        throw problem;
                    }
                });
            }
            out.println("database: " + store.directory().toAbsolutePath());
            QueryRunner runner = new QueryRunner(graphStore);
            for (Path file : Bundled.queryFiles()) {
                QueryFile query = QueryFile.read(file);
                Map<String, Node> parameters = QueryRunner.parameters(query, List.of());
                out.println();
                out.println("== " + file.getFileName() + " — " + query.title());
                out.flush();
                runner.run(query.query(), parameters, QueryRunner.Format.TABLE, new WriterOutputStream(out));
            }
        }
        out.flush();
        return Main.OK;
    }
}
