package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.RDFNode;
import org.newsgraph.query.Queries;
import org.newsgraph.query.QueryRunner;
import org.newsgraph.store.GraphStore;

/** What the store says about an article, in the shape the gold facts are scored in; read through SPARQL. */
record Predictions(Map<String, Set<String>> names, Map<String, String> entityTypes,
                   List<Relation> relations, List<EventFact> events) {

    record Relation(String relation, String subject, String object, boolean objectIsLiteral) {
    }

    /** One (event, participant) pair with the event's place, date, status and duration. */
    record EventFact(String event, String type, String participant, Optional<String> place,
                     Optional<String> date, Optional<String> status, Optional<String> duration,
                     Optional<String> sentence) {
    }

    static Predictions read(GraphStore store) {
        QueryRunner runner = new QueryRunner(store);
        Map<String, Set<String>> names = new HashMap<>();
        ResultSetRewindable nameRows = runner.select(Queries.bundled("eval-names.rq"), Map.of());
        while (nameRows.hasNext()) {
            QuerySolution row = nameRows.next();
            names.computeIfAbsent(row.getResource("resource").getURI(), k -> new LinkedHashSet<>())
                    .add(row.getLiteral("name").getLexicalForm());
        }
        Map<String, String> types = new LinkedHashMap<>();
        ResultSetRewindable entityRows = runner.select(Queries.bundled("eval-entities.rq"), Map.of());
        while (entityRows.hasNext()) {
            QuerySolution row = entityRows.next();
            types.put(row.getResource("entity").getURI(), row.getResource("type").getLocalName());
        }
        List<Relation> relations = new ArrayList<>();
        ResultSetRewindable relationRows = runner.select(Queries.bundled("eval-relations.rq"), Map.of());
        while (relationRows.hasNext()) {
            QuerySolution row = relationRows.next();
            RDFNode object = row.get("object");
            relations.add(new Relation(row.getLiteral("relation").getLexicalForm(),
                    row.getResource("subject").getURI(), value(object), object.isLiteral()));
        }
        List<EventFact> events = new ArrayList<>();
        ResultSetRewindable eventRows = runner.select(Queries.bundled("eval-events.rq"), Map.of());
        while (eventRows.hasNext()) {
            QuerySolution row = eventRows.next();
            events.add(new EventFact(row.getResource("event").getURI(), row.getResource("class").getLocalName(),
                    row.getResource("participant").getURI(), optional(row, "place"), optional(row, "date"),
                    optional(row, "status").map(s -> s.substring(s.indexOf('#') + 1)), optional(row, "duration"),
                    optional(row, "sentence")));
        }
        return new Predictions(names, types, relations, events);
    }

    /** Whether a resource has this name (case-insensitive). */
    boolean named(String resource, String name) {
        String wanted = normalize(name);
        return names.getOrDefault(resource, Set.of()).stream().anyMatch(n -> normalize(n).equals(wanted));
    }

    /** A readable name for reports. */
    String nameOf(String resource) {
        return names.getOrDefault(resource, Set.of(resource)).iterator().next();
    }

    static String normalize(String text) {
        return text.replace('\u2019', '\'').replace('\u201C', '"').replace('\u201D', '"')
                .replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    private static Optional<String> optional(QuerySolution row, String var) {
        return Optional.ofNullable(row.get(var)).map(Predictions::value);
    }

    private static String value(RDFNode node) {
        return node.isLiteral() ? node.asLiteral().getLexicalForm() : node.asResource().getURI();
    }
}
