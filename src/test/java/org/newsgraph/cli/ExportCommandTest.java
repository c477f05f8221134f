package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.app.Stats;
import org.newsgraph.store.GraphStore;
import org.newsgraph.vocab.NG;
import org.newsgraph.vocab.NIF;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Every export of the demo store, read back by an independent parser, holds what the store holds. */
class ExportCommandTest {
    @TempDir
    static Path dir;

    private static Path db;
    private static Set<Quad> storedQuads;
    private static Map<String, Long> stats;

    @BeforeAll
    static void demoStore() {
        db = dir.resolve("db");
        assertEquals(0, Cli.run(new StringWriter(), new StringWriter(), "demo", "--db", db.toString()));
        try (GraphStore store = GraphStore.open(db)) {
            storedQuads = store.read(ds -> {
                Set<Quad> quads = new HashSet<>();
                ds.asDatasetGraph().find().forEachRemaining(quads::add);
                return quads;
            });
            stats = Stats.of(store);
        }
    }

    @Test
    void anExportIntoAFolderNotMadeYetIsWrittenThereReadableByAll() throws Exception {
        Path out = dir.resolve("not-yet").resolve("all.nq");
        StringWriter err = new StringWriter();
        assertEquals(0, Cli.run(new StringWriter(), err, "export", "--db", db.toString(), "--format", "nq",
                "--out", out.toString()), err.toString());
        assertEquals(storedQuads, quadsOf(out, Lang.NQUADS));
        if (Files.getFileStore(out).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) {
            assertTrue(Files.getPosixFilePermissions(out).contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ),
                    Files.getPosixFilePermissions(out).toString());
        }
    }

    private static Path export(String format) {
        Path out = dir.resolve("export." + format);
        StringWriter err = new StringWriter();
        assertEquals(0, Cli.run(new StringWriter(), err, "export", "--db", db.toString(), "--format", format,
                "--out", out.toString()), err.toString());
        assertTrue(err.toString().startsWith("exported "), err.toString());
        return out;
    }

    private static Set<Quad> quadsOf(Path file, Lang lang) {
        DatasetGraph read = DatasetGraphFactory.create();
        RDFParser.source(file).lang(lang).parse(read);
        Set<Quad> quads = new HashSet<>();
        read.find().forEachRemaining(quads::add);
        return quads;
    }

    @Test
    void trigNQuadsAndJsonLdGiveBackEveryQuadInItsNamedGraph() {
        assertFalse(storedQuads.isEmpty());
        assertEquals(storedQuads.size(), stats.get("quads"));
        assertEquals(storedQuads, quadsOf(export("trig"), Lang.TRIG));
        assertEquals(storedQuads, quadsOf(export("nq"), Lang.NQUADS));
        assertEquals(storedQuads, quadsOf(export("jsonld"), Lang.JSONLD));
    }

    @Test
    void jsonLdCarriesThePublishedContext() throws Exception {
        String document = Files.readString(export("jsonld"));
        var context = new com.fasterxml.jackson.databind.ObjectMapper().readTree(document).get("@context");
        var published = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(Path.of("ontology/newsgraph.context.jsonld").toFile()).get("@context");
        assertEquals(published, context);
    }

    @Test
    void turtleIsTheUnionGraphWithEachTripleOnce() {
        Set<Triple> union = new HashSet<>();
        storedQuads.forEach(q -> union.add(q.asTriple()));
        Set<Triple> read = new HashSet<>();
        RDFParser.source(export("ttl")).lang(Lang.TURTLE).toGraph().find().forEachRemaining(read::add);
        assertEquals(union, read);
    }

    @Test
    void graphMlHoldsEveryEntityAndTheMetWithAndSpokeWithPairs() throws Exception {
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(export("graphml").toFile());
        NodeList nodes = xml.getElementsByTagName("node");
        Set<String> ids = new HashSet<>();
        Map<String, String> types = new HashMap<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element node = (Element) nodes.item(i);
            ids.add(node.getAttribute("id"));
            types.put(node.getAttribute("id"), data(node, "type"));
        }
        assertEquals(stats.get("entities"), (long) ids.size());
        assertEquals("Person", types.get("https://w3id.org/newsgraph/id/person/dawit-bekele"));
        assertEquals("City", types.get("https://w3id.org/newsgraph/id/city/nairobi"));

        Map<String, Set<Set<String>>> pairs = new HashMap<>();
        NodeList edges = xml.getElementsByTagName("edge");
        for (int i = 0; i < edges.getLength(); i++) {
            Element edge = (Element) edges.item(i);
            assertTrue(ids.contains(edge.getAttribute("source")) && ids.contains(edge.getAttribute("target")));
            assertTrue(Integer.parseInt(data(edge, "weight")) >= 1);
            pairs.computeIfAbsent(data(edge, "relation"), r -> new HashSet<>())
                    .add(Set.of(edge.getAttribute("source"), edge.getAttribute("target")));
        }
        assertEquals(storedPairs(NG.metWith.asNode()), pairs.get("metWith"));
        assertEquals(storedPairs(NG.spokeWith.asNode()), pairs.get("spokeWith"));
    }

    private static Set<Set<String>> storedPairs(Node relation) {
        Set<Set<String>> pairs = new HashSet<>();
        storedQuads.stream().filter(q -> q.getPredicate().equals(relation))
                .forEach(q -> pairs.add(Set.of(q.getSubject().getURI(), q.getObject().getURI())));
        return pairs;
    }

    private static String data(Element element, String key) {
        NodeList data = element.getElementsByTagName("data");
        for (int i = 0; i < data.getLength(); i++) {
            if (((Element) data.item(i)).getAttribute("key").equals(key)) {
                return data.item(i).getTextContent();
            }
        }
        return null;
    }

    @Test
    void eventsCsvHasOneRowPerEventWithItsEvidenceIntact() throws Exception {
        List<CSVRecord> rows;
        try (Reader in = Files.newBufferedReader(export("csv"), StandardCharsets.UTF_8);
                CSVParser csv = CSVParser.builder().setReader(in)
                        .setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            rows = csv.getRecords();
        }
        assertEquals(stats.get("events"), (long) rows.size());
        Set<String> sentences = new HashSet<>();
        storedQuads.stream().filter(q -> q.getPredicate().equals(NG.sentence.asNode()))
                .forEach(q -> sentences.add(q.getObject().getLiteralLexicalForm()));
        Set<String> anchors = new HashSet<>();
        storedQuads.stream().filter(q -> q.getPredicate().equals(NIF.anchorOf.asNode()))
                .forEach(q -> anchors.add(q.getObject().getLiteralLexicalForm()));
        for (CSVRecord row : rows) {
            assertTrue(sentences.contains(row.get("sentence")), "sentence read back as stored: " + row.get("sentence"));
            assertTrue(anchors.contains(row.get("trigger")), row.get("trigger"));
            assertTrue(storedQuads.contains(Quad.create(org.apache.jena.graph.NodeFactory.createURI(row.get("article")),
                    org.apache.jena.graph.NodeFactory.createURI(row.get("event")), RDF.Nodes.type, NG.Event.asNode())));
        }
        CSVRecord proposal = rows.stream().filter(r -> r.get("class").equals("Proposal")).findFirst().orElseThrow();
        assertEquals("Dawit Bekele", proposal.get("agent_name"));
        assertFalse(proposal.get("cameo_code").isEmpty());
        assertTrue(rows.stream().anyMatch(r -> r.get("class").equals("Meeting") && r.get("place_name").equals("Nairobi")
                && r.get("place_wikidata").matches("Q\\d+") && r.get("date").equals("2024-10-28")));
        assertTrue(rows.stream().anyMatch(r -> r.get("sentence").contains("\"") && r.get("sentence").contains(",")),
                "a sentence with quotes and commas survives RFC 4180 quoting");
    }

    @Test
    void anUnknownFormatIsAOneLineError() {
        StringWriter err = new StringWriter();
        assertEquals(Main.USAGE, Cli.run(new StringWriter(), err, "export", "--db", db.toString(), "--format", "xls"));
        assertTrue(err.toString().contains("not an export format: xls"), err.toString());
    }
}
