package org.newsgraph.validate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.path.Path;
import org.newsgraph.query.Prefixes;
import org.newsgraph.query.Queries;
import org.newsgraph.store.GraphStore;

/**
 * Checks the store against the SHACL shapes of the graph contract ({@code ontology/newsgraph-shapes.ttl}) with
 * Jena's SHACL engine, on the union of all named graphs: the graph every query sees.
 */
public final class ShapeValidator {
    public static final String SHAPES_RESOURCE = "/ontology/newsgraph-shapes.ttl";

    /** One failed check: the node, the path from it (empty for the node itself), the rule and the value. */
    public record Violation(String focus, String path, String message, String value) {
    }

    /** What the validation found, violations in a stable order (by rule, then focus node). */
    public record Report(List<Violation> violations) {
        public boolean conforms() {
            return violations.isEmpty();
        }

        /** Violations grouped by the rule they break, rules in order of their message. */
        public Map<String, List<Violation>> byRule() {
            Map<String, List<Violation>> out = new LinkedHashMap<>();
            violations.forEach(v -> out.computeIfAbsent(v.message(), m -> new ArrayList<>()).add(v));
            return out;
        }
    }

    private final Shapes shapes;

    private ShapeValidator(Shapes shapes) {
        this.shapes = shapes;
    }

    /** The shapes Newsgraph ships. */
    public static ShapeValidator contract() {
        return new ShapeValidator(Shapes.parse(RDFParser.fromString(Queries.resource(SHAPES_RESOURCE), Lang.TURTLE).toGraph()));
    }

    public Report validate(GraphStore store) {
        return store.read(ds -> validate(ds.asDatasetGraph().getUnionGraph()));
    }

    public Report validate(Graph graph) {
        ValidationReport report = ShaclValidator.get().validate(shapes, graph);
        List<Violation> violations = new ArrayList<>();
        for (ReportEntry entry : report.getEntries()) {
            violations.add(new Violation(shortForm(entry.focusNode()), path(entry.resultPath()), entry.message(),
                    entry.value() == null ? "" : shortForm(entry.value())));
        }
        violations.sort(Comparator.comparing(Violation::message).thenComparing(Violation::focus)
                .thenComparing(Violation::path).thenComparing(Violation::value));
        return new Report(List.copyOf(violations));
    }

    private static String path(Path path) {
        return path == null ? "" : Prefixes.COMMON.shortForm(path.toString().replaceAll("^<|>$", ""));
    }

    private static String shortForm(Node node) {
        if (node.isURI()) {
            return Prefixes.COMMON.shortForm(node.getURI());
        }
        if (node.isLiteral()) {
            String text = node.getLiteralLexicalForm();
            return "\"" + (text.length() > 60 ? text.substring(0, 60) + "…" : text) + "\"";
        }
        return node.toString();
    }
}
