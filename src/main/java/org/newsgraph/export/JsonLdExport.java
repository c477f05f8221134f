package org.newsgraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.query.Queries;

/**
 * JSON-LD 1.1 written a quad at a time with Jackson's streaming generator, so that memory holds one subject's
 * triples, never the store. The document carries the Newsgraph context ({@code ontology/newsgraph.context.jsonld})
 * inline and holds one named graph object per article; IRIs are written as compact IRIs of that context's
 * prefixes, which any JSON-LD processor expands back to the same quads.
 */
final class JsonLdExport {
    static final String CONTEXT_RESOURCE = "/ontology/newsgraph.context.jsonld";

    private final JsonGenerator json;
    private final List<Map.Entry<String, String>> prefixes;

    private JsonLdExport(JsonGenerator json, JsonNode context) {
        this.json = json;
        List<Map.Entry<String, String>> found = new ArrayList<>();
        context.fields().forEachRemaining(field -> {
            String iri = field.getValue().isTextual() ? field.getValue().asText() : "";
            if (iri.endsWith("#") || iri.endsWith("/")) {
                found.add(Map.entry(field.getKey(), iri));
            }
        });
        found.sort(Comparator.comparing((Map.Entry<String, String> e) -> e.getValue().length()).reversed());
        this.prefixes = List.copyOf(found);
    }

    /** The {@code @context} object Newsgraph publishes. */
    static JsonNode context() {
        try {
            return new ObjectMapper().readTree(Queries.resource(CONTEXT_RESOURCE)).get("@context");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes every quad of the dataset; returns how many. */
    static long write(DatasetGraph dataset, OutputStream out) {
        JsonNode context = context();
        try (JsonGenerator json = new ObjectMapper().getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            json.useDefaultPrettyPrinter();
            return new JsonLdExport(json, context).document(dataset, context);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long document(DatasetGraph dataset, JsonNode context) throws IOException {
        json.writeStartObject();
        json.writeFieldName("@context");
        json.writeTree(context);
        json.writeArrayFieldStart("@graph");
        long count = 0;
        Node graph = null;
        List<Quad> subject = new ArrayList<>();
        for (Iterator<Quad> quads = dataset.find(); quads.hasNext(); count++) {
            Quad quad = quads.next();
            if (!subject.isEmpty() && !(quad.getGraph().equals(graph) && quad.getSubject().equals(subject.get(0).getSubject()))) {
                node(subject);
                subject.clear();
            }
            if (!quad.getGraph().equals(graph)) {
                if (graph != null && !Quad.isDefaultGraph(graph)) {
                    json.writeEndArray();
                    json.writeEndObject();
                }
                graph = quad.getGraph();
                if (!Quad.isDefaultGraph(graph)) {
                    json.writeStartObject();
                    json.writeStringField("@id", id(graph));
                    json.writeArrayFieldStart("@graph");
                }
            }
            subject.add(quad);
        }
        if (!subject.isEmpty()) {
            node(subject);
        }
        if (graph != null && !Quad.isDefaultGraph(graph)) {
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        return count;
    }

    /** One node object: the quads of one subject in one graph, which the store's GSPO index keeps together. */
    private void node(List<Quad> quads) throws IOException {
        json.writeStartObject();
        json.writeStringField("@id", id(quads.get(0).getSubject()));
        List<Node> types = quads.stream().filter(JsonLdExport::isType).map(Quad::getObject).toList();
        if (!types.isEmpty()) {
            json.writeArrayFieldStart("@type");
            for (Node type : types) {
                json.writeString(id(type));
            }
            json.writeEndArray();
        }
        Node predicate = null;
        for (Quad quad : quads) {
            if (isType(quad)) {
                continue;
            }
            if (!quad.getPredicate().equals(predicate)) {
                if (predicate != null) {
                    json.writeEndArray();
                }
                predicate = quad.getPredicate();
                json.writeArrayFieldStart(id(predicate));
            }
            value(quad.getObject());
        }
        if (predicate != null) {
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    /** An {@code rdf:type} to a class, which JSON-LD writes as {@code @type}. */
    private static boolean isType(Quad quad) {
        return quad.getPredicate().equals(RDF.Nodes.type) && !quad.getObject().isLiteral();
    }

    private void value(Node object) throws IOException {
        json.writeStartObject();
        if (object.isLiteral()) {
            json.writeStringField("@value", object.getLiteralLexicalForm());
            String language = object.getLiteralLanguage();
            if (language != null && !language.isEmpty()) {
                json.writeStringField("@language", language);
            } else if (!object.getLiteralDatatypeURI().equals(XSDDatatype.XSDstring.getURI())) {
                json.writeStringField("@type", id(NodeFactory.createURI(object.getLiteralDatatypeURI())));
            }
        } else {
            json.writeStringField("@id", id(object));
        }
        json.writeEndObject();
    }

    /** A compact IRI where a prefix of the context covers it, else the IRI; {@code _:label} for a blank node. */
    private String id(Node node) {
        if (node.isBlank()) {
            return "_:b" + node.getBlankNodeLabel().replaceAll("[^A-Za-z0-9]", "");
        }
        String iri = node.getURI();
        for (Map.Entry<String, String> prefix : prefixes) {
            String local = iri.startsWith(prefix.getValue()) ? iri.substring(prefix.getValue().length()) : null;
            if (local != null && !local.isEmpty() && !local.startsWith("//")) {
                return prefix.getKey() + ":" + local;
            }
        }
        return iri;
    }
}
