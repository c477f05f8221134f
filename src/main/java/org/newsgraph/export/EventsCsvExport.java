package org.newsgraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newsgraph.model.EventClass;
import org.newsgraph.vocab.Iris;
import org.newsgraph.vocab.NG;
import org.newsgraph.vocab.NIF;

/**
 * Events as a table in the spirit of GDELT's event table, one row per event, RFC 4180 quoting. Events stream
 * from the store's index of {@code rdf:type ng:Event}; each row reads only its own event's triples, in its own
 * article's graph, so memory does not grow with the store.
 */
final class EventsCsvExport {
    static final List<String> HEADER = List.of("event", "class", "cameo_code", "plover_code",
            "agent", "agent_name", "target", "target_name", "other_participants", "other_participant_names",
            "place", "place_name", "place_wikidata", "date", "status", "quote",
            "article", "source_url", "trigger", "begin", "end", "sentence");

    private static final Node EVENT = NG.Event.asNode();

    private final DatasetGraph dataset;

    private EventsCsvExport(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    static long write(DatasetGraph dataset, OutputStream out) {
        try {
            CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                    CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get());
            EventsCsvExport export = new EventsCsvExport(dataset);
            long count = 0;
            for (Iterator<Quad> events = dataset.find(Node.ANY, Node.ANY, RDF.Nodes.type, EVENT); events.hasNext(); count++) {
                Quad event = events.next();
                csv.printRecord(export.row(event.getGraph(), event.getSubject()));
            }
            csv.flush();
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> row(Node graph, Node event) {
        List<Node> classes = objects(graph, event, RDF.Nodes.type).stream().filter(c -> !c.equals(EVENT)).toList();
        List<Node> agents = objects(graph, event, NG.agent.asNode());
        List<Node> targets = objects(graph, event, NG.target.asNode());
        List<Node> others = objects(graph, event, NG.participant.asNode()).stream()
                .filter(p -> !agents.contains(p) && !targets.contains(p)).toList();
        Optional<Node> place = first(graph, event, NG.at.asNode());
        Optional<Node> evidence = objects(graph, event, NG.evidence.asNode()).stream()
                .min(Comparator.comparingLong(e -> first(graph, e, NIF.beginIndex.asNode())
                        .map(b -> Long.parseLong(b.getLiteralLexicalForm())).orElse(Long.MAX_VALUE)));
        Optional<EventClass> known = classes.stream().flatMap(c -> EventClass.byLocalName(c.getLocalName()).stream()).findFirst();
        List<String> row = new ArrayList<>(HEADER.size());
        row.add(event.getURI());
        row.add(classes.stream().map(c -> c.getLocalName()).sorted().collect(Collectors.joining(" ")));
        row.add(known.flatMap(EventClass::cameo).orElse(""));
        row.add(known.flatMap(EventClass::plover).orElse(""));
        row.add(iris(agents));
        row.add(names(graph, agents));
        row.add(iris(targets));
        row.add(names(graph, targets));
        row.add(iris(others));
        row.add(names(graph, others));
        row.add(place.map(Node::getURI).orElse(""));
        row.add(place.map(p -> name(graph, p)).orElse(""));
        row.add(place.flatMap(p -> objects(graph, p, OWL.sameAs.asNode()).stream()
                .filter(s -> s.isURI() && s.getURI().startsWith(Iris.WIKIDATA)).findFirst())
                .map(s -> s.getURI().substring(Iris.WIKIDATA.length())).orElse(""));
        row.add(literal(graph, event, NG.date.asNode()));
        row.add(first(graph, event, NG.status.asNode()).map(Node::getLocalName).orElse(""));
        row.add(literal(graph, event, NG.quote.asNode()));
        row.add(graph.getURI());
        row.add(first(graph, graph, DCTerms.source.asNode()).map(s -> s.isURI() ? s.getURI() : s.getLiteralLexicalForm()).orElse(""));
        row.add(evidence.map(e -> literal(graph, e, NIF.anchorOf.asNode())).orElse(""));
        row.add(evidence.map(e -> literal(graph, e, NIF.beginIndex.asNode())).orElse(""));
        row.add(evidence.map(e -> literal(graph, e, NIF.endIndex.asNode())).orElse(""));
        row.add(evidence.map(e -> literal(graph, e, NG.sentence.asNode())).orElse(""));
        return row;
    }

    private List<Node> objects(Node graph, Node subject, Node predicate) {
        List<Node> out = new ArrayList<>();
        dataset.find(graph, subject, predicate, Node.ANY).forEachRemaining(q -> out.add(q.getObject()));
        return out;
    }

    private Optional<Node> first(Node graph, Node subject, Node predicate) {
        Iterator<Quad> found = dataset.find(graph, subject, predicate, Node.ANY);
        return found.hasNext() ? Optional.of(found.next().getObject()) : Optional.empty();
    }

    private String literal(Node graph, Node subject, Node predicate) {
        return first(graph, subject, predicate).filter(Node::isLiteral).map(Node::getLiteralLexicalForm).orElse("");
    }

    private String name(Node graph, Node entity) {
        return literal(graph, entity, RDFS.label.asNode());
    }

    /** IRIs separated by spaces (an IRI holds none). */
    private static String iris(List<Node> nodes) {
        return nodes.stream().map(Node::getURI).collect(Collectors.joining(" "));
    }

    /** Names separated by "; ", in the order of {@link #iris}. */
    private String names(Node graph, List<Node> nodes) {
        return nodes.stream().map(n -> name(graph, n)).collect(Collectors.joining("; "));
    }
}
