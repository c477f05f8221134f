package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.newsgraph.app.Ingester;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.store.GraphStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "remove", mixinStandardHelpOptions = true,
        header = "Removes articles, as if they had never been ingested.",
        description = {"Removes articles: their graphs, the event links only they supported, and the entities no other article mentions.",
                "Articles that named one of their people only by a surname are resolved again, so the graph is as if the removed articles had never been ingested."})
final class RemoveCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Parameters(arity = "1..*", paramLabel = "ARTICLE-ID", description = "ids of the articles to remove")
    List<String> ids;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (GraphStore graphStore = GraphStore.open(store.existingDirectory())) {
            List<String> resolvedAgain = new Ingester(Pipeline::english, graphStore).remove(ids);
            out.printf("removed %d article(s)%s%n", ids.size(),
                    resolvedAgain.isEmpty() ? "" : "; resolved again: " + String.join(", ", resolvedAgain));
        }
        out.flush();
        return Main.OK;
    }
}
