package org.newsgraph.export;

import java.io.OutputStream;
import java.util.List;
import java.util.function.Consumer;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.newsgraph.query.Queries;
import org.newsgraph.vocab.NG;

/**
 * The entity network as GraphML, for Gephi and networkx: entities as nodes (IRI, label, type, article count),
 * and the pairs that take part in the same events as undirected edges, one per relation (metWith, spokeWith,
 * coParticipant) with the event count as {@code weight} and the first and last date. Rows stream from two
 * grouped queries into a streaming XML writer.
 */
final class GraphMlExport {
    private static final String NS = "http://graphml.graphdrawing.org/xmlns";
    /** Characters XML 1.0 cannot hold, even escaped. */
    private static final java.util.regex.Pattern XML_INVALID =
            java.util.regex.Pattern.compile("[^\\x09\\x0A\\x0D\\x20-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]");
    /** The most specific class first: a Country is written as Country, not Place. */
    private static final List<String> TYPES = List.of("Person", "Organization", "Country", "City", "Region", "Place");

    /** What was written. */
    record Counts(long nodes, long edges) {
    }

    private GraphMlExport() {
    }

    static Counts write(Dataset dataset, OutputStream out) {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("graphml");
            xml.writeDefaultNamespace(NS);
            key(xml, "label", "node", "label", "string");
            key(xml, "type", "node", "type", "string");
            key(xml, "articles", "node", "articles", "int");
            key(xml, "relation", "edge", "relation", "string");
            key(xml, "weight", "edge", "weight", "int");
            key(xml, "first", "edge", "first", "string");
            key(xml, "last", "edge", "last", "string");
            xml.writeStartElement("graph");
            xml.writeAttribute("id", "newsgraph");
            xml.writeAttribute("edgedefault", "undirected");
            long nodes = rows(dataset, "export-nodes.rq", row -> node(xml, row));
            long[] edge = {0};
            rows(dataset, "export-edges.rq", row -> edge(xml, row, "e" + ++edge[0]));
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
            return new Counts(nodes, edge[0]);
        } catch (XMLStreamException e) {
            throw new ExportException("cannot write GraphML: " + e.getMessage(), e);
        }
    }

    private static long rows(Dataset dataset, String query, Consumer<QuerySolution> action) {
        long count = 0;
        try (QueryExecution exec = QueryExecution.dataset(dataset).query(Queries.bundled(query)).build()) {
            ResultSet rows = exec.execSelect();
            for (; rows.hasNext(); count++) {
                action.accept(rows.next());
            }
        }
        return count;
    }

    private static void key(XMLStreamWriter xml, String id, String on, String name, String type) throws XMLStreamException {
        xml.writeEmptyElement("key");
        xml.writeAttribute("id", id);
        xml.writeAttribute("for", on);
        xml.writeAttribute("attr.name", name);
        xml.writeAttribute("attr.type", type);
    }

    private static void node(XMLStreamWriter xml, QuerySolution row) {
        try {
            xml.writeStartElement("node");
            xml.writeAttribute("id", row.getResource("entity").getURI());
            if (row.contains("label")) {
                data(xml, "label", row.getLiteral("label").getLexicalForm());
            }
            data(xml, "type", type(row.getLiteral("classes").getLexicalForm()));
            data(xml, "articles", Long.toString(row.getLiteral("articles").getLong()));
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new ExportException("cannot write GraphML: " + e.getMessage(), e);
        }
    }

    private static void edge(XMLStreamWriter xml, QuerySolution row, String id) {
        try {
            xml.writeStartElement("edge");
            xml.writeAttribute("id", id);
            xml.writeAttribute("source", row.getResource("a").getURI());
            xml.writeAttribute("target", row.getResource("b").getURI());
            data(xml, "relation", row.getLiteral("relation").getLexicalForm());
            data(xml, "weight", Long.toString(row.getLiteral("events").getLong()));
            if (row.contains("first")) {
                data(xml, "first", row.getLiteral("first").getLexicalForm());
                data(xml, "last", row.getLiteral("last").getLexicalForm());
            }
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new ExportException("cannot write GraphML: " + e.getMessage(), e);
        }
    }

    private static void data(XMLStreamWriter xml, String key, String value) throws XMLStreamException {
        xml.writeStartElement("data");
        xml.writeAttribute("key", key);
        xml.writeCharacters(XML_INVALID.matcher(value).replaceAll("\uFFFD"));
        xml.writeEndElement();
    }

    /** The entity's most specific Newsgraph class among its classes (space-separated IRIs). */
    static String type(String classes) {
        List<String> names = List.of(classes.split(" "));
        return TYPES.stream().filter(t -> names.contains(NG.NS + t)).findFirst().orElse("Entity");
    }
}
