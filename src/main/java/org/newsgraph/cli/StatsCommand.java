package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.newsgraph.app.Stats;
import org.newsgraph.store.GraphStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Counts articles, quads, entities and events, and entities and events by class.")
final class StatsCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (GraphStore graphStore = GraphStore.open(store.existingDirectory())) {
            Stats.of(graphStore).forEach((label, count) -> out.printf("%-14s %d%n", label, count));
        }
        out.flush();
        return Main.OK;
    }
}
