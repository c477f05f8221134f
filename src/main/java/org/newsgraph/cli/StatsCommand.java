package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.newsgraph.app.Stats;
import org.newsgraph.store.GraphStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "stats", mixinStandardHelpOptions = true,
        header = "Counts articles, quads, entities and events in the database.",
        description = "Counts articles, quads, entities and events, and entities and events by class.")
final class StatsCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @CommandLine.Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE})")
    String format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!format.equals("text") && !format.equals("json")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format must be text or json: " + format);
        }
        PrintWriter out = spec.commandLine().getOut();
        try (GraphStore graphStore = GraphStore.open(store.existingDirectory())) {
            java.util.Map<String, Long> counts = Stats.of(graphStore);
            if (format.equals("json")) {
                try {
                    out.println(new com.fasterxml.jackson.databind.ObjectMapper()
                            .writerWithDefaultPrettyPrinter().writeValueAsString(counts));
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    throw new org.newsgraph.NewsgraphException("cannot write JSON: " + e.getMessage(), e);
                }
            } else {
                counts.forEach((label, count) -> out.printf("%-14s %d%n", label, count));
            }
        }
        out.flush();
        return Main.OK;
    }
}
