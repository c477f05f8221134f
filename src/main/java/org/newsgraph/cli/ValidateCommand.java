package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.newsgraph.store.GraphStore;
import org.newsgraph.validate.ShapeValidator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "validate", mixinStandardHelpOptions = true,
        header = "Checks the graph against the SHACL shapes of the contract.",
        description = {"Validates the union of all articles' graphs with Jena's SHACL engine against ontology/newsgraph-shapes.ttl.",
                "Prints each broken rule with its count and the first focus nodes (node, path, value); exits 0 when the graph conforms, 2 when it does not."})
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(names = "--show", paramLabel = "N", defaultValue = "10",
            description = "focus nodes to list per broken rule (default: ${DEFAULT-VALUE})")
    int show;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ShapeValidator.Report report;
        try (GraphStore graphStore = GraphStore.open(store.existingDirectory())) {
            report = ShapeValidator.contract().validate(graphStore);
        }
        if (report.conforms()) {
            out.println("the graph conforms to the shapes of ontology/newsgraph-shapes.ttl");
            out.flush();
            return Main.OK;
        }
        Map<String, List<ShapeValidator.Violation>> rules = report.byRule();
        out.printf("the graph does not conform: %,d violation(s) of %d rule(s)%n", report.violations().size(), rules.size());
        rules.forEach((rule, violations) -> {
            out.printf("%n%s — %,d%n", rule, violations.size());
            violations.stream().limit(show).forEach(v -> out.printf("  %s%s%s%n", v.focus(),
                    v.path().isEmpty() ? "" : "  " + v.path(), v.value().isEmpty() ? "" : "  " + v.value()));
            if (violations.size() > show) {
                out.printf("  … and %,d more%n", violations.size() - show);
            }
        });
        out.flush();
        return Main.BAD_INPUT;
    }
}
