package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.newsgraph.app.Ingester;
import org.newsgraph.model.Article;
import org.newsgraph.model.ArticleGraph;
import org.newsgraph.model.Event;
import org.newsgraph.model.Evidence;
import org.newsgraph.store.GraphStore;
import org.newsgraph.testing.GeneratedArticles;

/**
 * Properties that hold for any article, checked on generated and mutated ones from fixed seeds: the pipeline
 * never throws, offsets slice back to their anchors, every event has a participant or place and evidence; and
 * for any set of articles, re-ingest, order and remove do not change the graph.
 */
class PipelinePropertiesTest {
    private static final Pipeline PIPELINE = Pipeline.english();
    private static final long[] SEEDS = {1L, 20241202L, 777L};

    @Test
    void anyArticleReadsWithoutErrorAndEveryEventPointsAtItsWords() {
        int events = 0;
        for (long seed : SEEDS) {
            GeneratedArticles generator = new GeneratedArticles(seed);
            for (int i = 0; i < 150; i++) {
                String text = i % 3 == 0 ? generator.text() : generator.mutate(generator.text());
                Article article = Article.of("p" + i, text);
                ArticleGraph graph = PIPELINE.process(article);
                for (Event event : graph.events()) {
                    events++;
                    assertFalse(event.evidence().isEmpty(), "event without evidence in: " + text);
                    assertTrue(!event.allParticipants().isEmpty() || event.place().isPresent(),
                            "event " + event + " has neither participant nor place in: " + text);
                    for (Evidence evidence : event.evidence()) {
                        assertTrue(evidence.end() <= text.length(), "evidence past the end in: " + text);
                        assertEquals(evidence.anchor(), text.substring(evidence.begin(), evidence.end()),
                                "seed " + seed + ", article " + i + ": " + text);
                    }
                }
            }
        }
        assertTrue(events > 500, events + " events read");
    }

    private static Set<String> quads(GraphStore store) {
        return Txn.calculateRead(store.dataset(), () -> {
            Set<String> out = new TreeSet<>();
            store.dataset().asDatasetGraph().find().forEachRemaining(q -> out.add(q.toString()));
            return out;
        });
    }

    private static Set<String> ingested(List<Article> articles) {
        try (GraphStore store = GraphStore.inMemory()) {
            new Ingester(PIPELINE, store).ingest(articles, new Ingester.Options(1, 7, Ingester.Progress.NONE));
            return quads(store);
        }
    }

    @Test
    void reingestOrderAndRemoveDoNotChangeTheGraph() {
        for (long seed : SEEDS) {
            GeneratedArticles generator = new GeneratedArticles(seed);
            List<Article> articles = generator.articles("s" + seed, 60);
            Set<String> expected = ingested(articles);

            List<Article> shuffled = new ArrayList<>(articles);
            Collections.shuffle(shuffled, generator.random());
            assertEquals(expected, ingested(shuffled), "seed " + seed + ": another order");

            try (GraphStore store = GraphStore.inMemory()) {
                Ingester ingester = new Ingester(PIPELINE, store);
                ingester.ingest(articles, new Ingester.Options(1, 7, Ingester.Progress.NONE));
                ingester.ingest(shuffled.subList(0, 20), new Ingester.Options(1, 5, Ingester.Progress.NONE));
                assertEquals(expected, quads(store), "seed " + seed + ": re-ingest");

                List<String> removed = shuffled.subList(20, 35).stream().map(Article::id).toList();
                ingester.remove(removed);
                List<Article> kept = articles.stream().filter(a -> !removed.contains(a.id())).toList();
                assertEquals(ingested(kept), quads(store), "seed " + seed + ": remove");
            }
        }
    }
}
