package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.newsgraph.StoreException;
import org.newsgraph.model.Article;
import org.newsgraph.model.ArticleGraph;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityKey;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventClass;
import org.newsgraph.model.Evidence;
import org.newsgraph.model.Status;
import org.newsgraph.vocab.Iris;
import org.newsgraph.vocab.NG;
import org.newsgraph.vocab.NIF;

class GraphStoreTest {
    private static final String TEXT = "\uD835\uDD38 Ana Lima met Olav Berg.";
    private static final EntityKey ANA = new EntityKey(EntityType.PERSON, "Ana Lima");
    private static final EntityKey OLAV = new EntityKey(EntityType.PERSON, "Olav Berg");

    private static ArticleGraph graph(String id, Status status) {
        Article article = Article.of(id, TEXT);
        int begin = TEXT.indexOf("met");
        Event meeting = new Event(1, EventClass.MEETING, List.of(), List.of(), List.of(ANA, OLAV), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), status, 0.9,
                List.of(new Evidence("met", begin, begin + 3, TEXT, "event-verb")));
        Entity ana = new Entity(ANA, new TreeSet<>(Set.of("Lima")), new TreeSet<>(), new TreeSet<>(), Optional.empty(),
                Optional.empty(), true);
        Entity olav = new Entity(OLAV, new TreeSet<>(), new TreeSet<>(), new TreeSet<>(), Optional.empty(),
                Optional.empty(), true);
        return new ArticleGraph(article, List.of(ana, olav), List.of(meeting));
    }

    private static Model union(GraphStore store) {
        return Txn.calculateRead(store.dataset(), () ->
                ModelFactory.createDefaultModel().add(store.dataset().getUnionModel()));
    }

    @Test
    void anArticleLivesInItsOwnNamedGraph() {
        try (GraphStore store = GraphStore.inMemory()) {
            store.replace(graph("a1", Status.OCCURRED));
            boolean named = Txn.calculateRead(store.dataset(), () -> store.dataset().containsNamedModel(Iris.article("a1")));
            assertTrue(named);
        }
    }

    @Test
    void metWithIsWrittenBothWaysOnlyForMeetingsThatOccurred() {
        try (GraphStore store = GraphStore.inMemory()) {
            store.replace(graph("a1", Status.OCCURRED));
            Model m = union(store);
            var ana = m.createResource(Iris.entity(ANA));
            var olav = m.createResource(Iris.entity(OLAV));
            assertTrue(m.contains(ana, NG.metWith, olav));
            assertTrue(m.contains(olav, NG.metWith, ana));
            store.replace(graph("a1", Status.PLANNED));
            Model planned = union(store);
            assertFalse(planned.contains(ana, NG.metWith, olav));
            assertTrue(planned.contains(null, NG.status, NG.Planned));
        }
    }

    @Test
    void replacingAnArticleLeavesNoTraceOfItsEarlierGraph() {
        try (GraphStore store = GraphStore.inMemory()) {
            store.replace(graph("a1", Status.OCCURRED));
            store.replace(graph("a1", Status.PLANNED));
            Model m = union(store);
            assertFalse(m.contains(null, NG.status, NG.Occurred));
            assertEquals(1, m.listSubjectsWithProperty(RDF.type, NG.term("Meeting")).toList().size());
        }
    }

    @Test
    void aFailedWriteLeavesNothingOfTheArticleAndKeepsWhatWasStored() {
        try (GraphStore store = GraphStore.inMemory()) {
            store.replace(graph("a1", Status.OCCURRED));
            long before = union(store).size();
            assertThrows(StoreException.class, () -> store.write(() -> {
                store.dataset().removeNamedModel(Iris.article("a1"));
                store.dataset().getNamedModel(Iris.article("a2")).add(
                        ModelFactory.createDefaultModel().createResource("urn:x"), RDF.type, NG.Person);
                throw new IllegalStateException("disk full");
            }));
            assertEquals(before, union(store).size());
            boolean a2 = Txn.calculateRead(store.dataset(), () -> store.dataset().containsNamedModel(Iris.article("a2")));
            assertFalse(a2);
        }
    }

    @Test
    void evidenceOffsetsCountCodePoints() {
        try (GraphStore store = GraphStore.inMemory()) {
            store.replace(graph("a1", Status.OCCURRED));
            var evidence = union(store).listSubjectsWithProperty(NIF.anchorOf).next();
            int begin = evidence.getProperty(NIF.beginIndex).getInt();
            int end = evidence.getProperty(NIF.endIndex).getInt();
            assertEquals(TEXT.indexOf("met") - 1, begin, "the astral character before counts once");
            int[] points = TEXT.codePoints().toArray();
            assertEquals("met", new String(points, begin, end - begin));
        }
    }
}
