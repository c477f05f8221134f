package org.newsgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;
import org.newsgraph.model.ArticleGraph;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.OneArticleIndex;

/**
 * What a cluster job reads of one article's graph alone is what the store's index reads of it, and survives
 * the codec the job groups it with.
 */
class OneArticleIndexTest {
    private static final ArticleGraph GRAPH = Pipeline.english().process(Article.of("one-1",
            "Foreign Minister Olav Berg of Norway met Ana Sousa, the Portuguese trade minister, in Oslo on Tuesday. "
                    + "\"The talks were useful,\" Berg told reporters after the meeting.")
            .withDate(LocalDate.of(2024, 5, 9)));

    @Test
    void eventsAndPeopleAreReadAsTheStoreReadsThem() {
        OneArticleIndex one = OneArticleIndex.of(GRAPH);
        try (GraphStore store = GraphStore.inMemory()) {
            store.replace(GRAPH);
            List<CorpusIndex.KnownEvent> stored = store.withIndex(index -> index.eventsOf("one-1"));
            assertFalse(stored.isEmpty());
            assertEquals(stored, one.events());
            Map<String, Set<CorpusIndex.KnownEntity>> named = one.namedInFull();
            assertEquals(Set.of("berg", "sousa"), named.keySet());
            for (String surname : named.keySet()) {
                assertEquals(store.withIndex(index -> index.namedInFullBy("one-1", surname)), named.get(surname));
            }
        }
    }

    @Test
    void knownEntitiesAndEventsSurviveTheCodec() {
        OneArticleIndex one = OneArticleIndex.of(GRAPH);
        for (CorpusIndex.KnownEvent event : one.events()) {
            assertEquals(event, KnownCodec.decodeEvent(KnownCodec.encode(event)));
        }
        List<CorpusIndex.KnownEntity> people = new java.util.ArrayList<>();
        one.namedInFull().values().forEach(people::addAll);
        assertEquals(new HashSet<>(people), new HashSet<>(KnownCodec.decodeEntities(KnownCodec.encode(people))));
        assertEquals(people.get(0), KnownCodec.decodeEntity(KnownCodec.encode(people.get(0))));
    }
}
