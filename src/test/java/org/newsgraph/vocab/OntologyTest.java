package org.newsgraph.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.Set;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.EventClass;
import org.newsgraph.model.Status;

/** ontology/newsgraph.ttl parses, and it and the code name the same terms. */
class OntologyTest {
    private static Model ontology;

    @BeforeAll
    static void parse() {
        ontology = RDFParser.source("ontology/newsgraph.ttl").toModel();
    }

    private static Set<Resource> codeTerms() throws IllegalAccessException {
        Set<Resource> terms = new HashSet<>();
        for (Field field : NG.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && Resource.class.isAssignableFrom(field.getType())) {
                terms.add((Resource) field.get(null));
            }
        }
        for (EventClass c : EventClass.values()) {
            terms.add(NG.term(c.localName()));
        }
        for (Status s : Status.values()) {
            terms.add(NG.term(s.localName()));
        }
        return terms;
    }

    @Test
    void everyTermTheCodeUsesIsDefinedWithLabelAndComment() throws IllegalAccessException {
        for (Resource term : codeTerms()) {
            assertTrue(ontology.contains(term, RDF.type), "not defined: " + term);
            assertTrue(ontology.contains(term, RDFS.label), "no label: " + term);
            assertTrue(ontology.contains(term, RDFS.comment), "no comment: " + term);
        }
    }

    @Test
    void everyTermTheOntologyDefinesIsKnownToTheCode() throws IllegalAccessException {
        Set<Resource> code = codeTerms();
        ontology.listSubjects().forEachRemaining(s -> {
            if (s.isURIResource() && s.getURI().startsWith(NG.NS)) {
                assertTrue(code.contains(s), "defined in the ontology but unknown to the code: " + s);
            }
        });
    }

    @Test
    void eventClassesAreEventsWithTheirCameoAndPloverCodes() {
        for (EventClass c : EventClass.values()) {
            Resource cls = NG.term(c.localName());
            if (c != EventClass.EVENT) {
                assertTrue(ontology.contains(cls, RDFS.subClassOf, NG.Event), c + " is not a subclass of ng:Event");
            }
            c.cameo().ifPresent(code -> assertEquals(code, cls.inModel(ontology).getProperty(NG.cameoCode).getString()));
            c.plover().ifPresent(code -> assertEquals(code, cls.inModel(ontology).getProperty(NG.ploverCode).getString()));
        }
        assertTrue(ontology.contains(NG.Event, RDFS.subClassOf,
                ontology.createResource("http://semanticweb.cs.vu.nl/2009/11/sem/Event")));
        assertTrue(ontology.contains(NG.Event, RDFS.subClassOf, ontology.createResource("https://schema.org/Event")));
    }

    @Test
    void symmetricRelationsAreDeclaredSymmetric() {
        assertTrue(ontology.contains(NG.metWith, RDF.type, OWL.SymmetricProperty));
        assertTrue(ontology.contains(NG.spokeWith, RDF.type, OWL.SymmetricProperty));
        assertTrue(ontology.contains(NG.sameEventAs, RDF.type, OWL.SymmetricProperty));
    }

    @Test
    void agentAndTargetAreParticipants() {
        assertTrue(ontology.contains(NG.agent, RDFS.subPropertyOf, NG.participant));
        assertTrue(ontology.contains(NG.target, RDFS.subPropertyOf, NG.participant));
    }

    @Test
    void theShapesNameEveryEventClassAndParseAsShacl() {
        Model shapes = RDFParser.source("ontology/newsgraph-shapes.ttl").toModel();
        org.apache.jena.shacl.Shapes.parse(shapes.getGraph());
        Set<Resource> listed = new HashSet<>();
        shapes.listObjectsOfProperty(shapes.createProperty("http://www.w3.org/ns/shacl#in")).forEachRemaining(list ->
                list.as(org.apache.jena.rdf.model.RDFList.class).iterator().forEachRemaining(n -> listed.add(n.asResource())));
        for (EventClass c : EventClass.values()) {
            if (c != EventClass.EVENT) {
                assertTrue(listed.contains(NG.term(c.localName())), "the shapes do not list " + c.localName());
            }
        }
    }

    @Test
    void theJsonLdContextMapsItsTermsToDefinedTerms() throws Exception {
        var context = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(java.nio.file.Path.of("ontology/newsgraph.context.jsonld").toFile()).get("@context");
        context.fields().forEachRemaining(field -> {
            var value = field.getValue();
            String id = value.isTextual() ? value.asText() : value.get("@id").asText();
            if (id.startsWith("ng:")) {
                assertTrue(ontology.contains(ontology.createResource(NG.NS + id.substring(3)), RDF.type),
                        field.getKey() + " maps to " + id + ", which the ontology does not define");
            }
        });
    }
}
