package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.app.Ingester;
import org.newsgraph.ingest.ReadOptions;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.store.GraphStore;
import org.newsgraph.vocab.NG;
import org.newsgraph.vocab.NIF;

/**
 * The acceptance article of ../shared/seed, ingested and checked on the contract vocabulary. Runs where ../shared
 * lies beside the project (always in CI); elsewhere it says so and is skipped.
 */
class AcceptanceTest {
    private static final Path ARTICLE = Path.of("../shared/seed/riyadh-talks.txt");
    private static final String ID = "https://w3id.org/newsgraph/id/";

    private static GraphStore store;
    private static Model graph;
    private static String text;

    @BeforeAll
    static void ingest() throws Exception {
        if (!Files.isRegularFile(ARTICLE)) {
            System.out.println("AcceptanceTest not run: " + ARTICLE + " is not here (it is beside the project in CI)");
        }
        Assumptions.assumeTrue(Files.isRegularFile(ARTICLE), ARTICLE + " is missing");
        text = Files.readString(ARTICLE);
        store = GraphStore.inMemory();
        var report = new Ingester(Pipeline.english(), store)
                .ingest(List.of(ARTICLE.toString()), ReadOptions.none(), java.io.InputStream.nullInputStream());
        assertTrue(report.problems().isEmpty(), report.problems().toString());
        graph = Txn.calculateRead(store.dataset(), () ->
                org.apache.jena.rdf.model.ModelFactory.createDefaultModel().add(store.dataset().getUnionModel()));
    }

    @AfterAll
    static void close() {
        if (store != null) {
            store.close();
        }
    }

    private static Resource id(String path) {
        return graph.createResource(ID + path);
    }

    @Test
    void rubioAndLavrovArePeopleKnownBySurname() {
        Resource rubio = id("person/marco-rubio");
        Resource lavrov = id("person/sergey-lavrov");
        assertTrue(graph.contains(rubio, RDF.type, NG.Person));
        assertTrue(graph.contains(lavrov, RDF.type, NG.Person));
        assertTrue(graph.contains(rubio, SKOS.altLabel, "Rubio"));
        assertTrue(graph.contains(lavrov, SKOS.altLabel, "Lavrov"));
    }

    @Test
    void aMeetingInRiyadhOfFourHoursHasBothAsParticipants() {
        Resource rubio = id("person/marco-rubio");
        Resource lavrov = id("person/sergey-lavrov");
        boolean found = graph.listSubjectsWithProperty(RDF.type, NG.term("Meeting")).toList().stream()
                .anyMatch(m -> graph.contains(m, NG.participant, rubio) && graph.contains(m, NG.participant, lavrov)
                        && graph.contains(m, NG.at, id("city/riyadh"))
                        && m.hasProperty(NG.duration) && m.getProperty(NG.duration).getLiteral().getLexicalForm().equals("PT4H")
                        && graph.contains(m, RDF.type, NG.Event));
        assertTrue(found, "no Meeting with Rubio and Lavrov at Riyadh lasting PT4H");
    }

    @Test
    void rubioMetWithLavrovBothWays() {
        assertTrue(graph.contains(id("person/marco-rubio"), NG.metWith, id("person/sergey-lavrov")));
        assertTrue(graph.contains(id("person/sergey-lavrov"), NG.metWith, id("person/marco-rubio")));
    }

    @Test
    void rubioIsSecretaryOfStateOfTheUnitedStates() {
        assertTrue(graph.contains(id("person/marco-rubio"), NG.title, "Secretary of State"));
        assertTrue(graph.contains(id("person/marco-rubio"), NG.affiliation, id("country/united-states")));
    }

    @Test
    void riyadhLiesInSaudiArabia() {
        assertTrue(graph.contains(id("city/riyadh"), NG.locatedIn, id("country/saudi-arabia")));
    }

    @Test
    void trumpSaidTheQuoteFromFlorida() {
        List<Statement> said = graph.listStatements(id("person/donald-trump"), NG.said, (RDFNode) null).toList();
        assertTrue(said.stream().anyMatch(s -> s.getString().startsWith("You should have never started it")),
                said.toString());
    }

    @Test
    void aCountryIsNotAParticipantOfMetWith() {
        assertFalse(graph.listSubjectsWithProperty(NG.metWith).toList().stream()
                .anyMatch(p -> !graph.contains(p, RDF.type, NG.Person)));
    }

    @Test
    void everyEvidenceOffsetPairSlicesBackToItsAnchor() {
        List<Resource> evidence = graph.listSubjectsWithProperty(NIF.anchorOf).toList();
        assertFalse(evidence.isEmpty());
        for (Resource e : evidence) {
            int begin = e.getProperty(NIF.beginIndex).getInt();
            int end = e.getProperty(NIF.endIndex).getInt();
            String slice = text.substring(text.offsetByCodePoints(0, begin), text.offsetByCodePoints(0, end));
            Literal anchor = e.getProperty(NIF.anchorOf).getLiteral();
            assertEquals(anchor.getString(), slice, "evidence " + e);
        }
    }

    @Test
    void theGraphConformsToTheShapesOfTheContract() {
        var report = org.newsgraph.validate.ShapeValidator.contract().validate(store);
        assertTrue(report.conforms(), report.violations().toString());
    }
}
