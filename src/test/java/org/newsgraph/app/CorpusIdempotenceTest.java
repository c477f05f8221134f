package org.newsgraph.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.store.GraphStore;

/**
 * On 2,000 Reuters stories: re-ingesting stored articles leaves the quads as they were, removing articles gives
 * the quads of a store that never had them, and the reverse order gives the same quads. Runs where
 * ../shared/corpus lies beside the project (always in CI).
 */
class CorpusIdempotenceTest {
    private static final Path CORPUS = Path.of("../shared/corpus/reuters21578.jsonl.gz");
    private static final int ARTICLES = 2000;
    private static final Pipeline PIPELINE = Pipeline.english();
    private static final Ingester.Options RUN = new Ingester.Options(2, 500, Ingester.Progress.NONE);

    private static List<Article> articles;
    private static Set<String> inOrder;

    @BeforeAll
    static void ingest() {
        if (!Files.isRegularFile(CORPUS)) {
            System.out.println("CorpusIdempotenceTest not run: " + CORPUS + " is not here (it is beside the project in CI)");
        }
        Assumptions.assumeTrue(Files.isRegularFile(CORPUS), CORPUS + " is missing");
        articles = Benchmark.load(CORPUS, ARTICLES);
        assertEquals(ARTICLES, articles.size());
        try (GraphStore store = ingest(articles)) {
            inOrder = quads(store);
        }
    }

    private static GraphStore ingest(List<Article> batch) {
        GraphStore store = GraphStore.inMemory();
        new Ingester(PIPELINE, store).ingest(batch, RUN);
        return store;
    }

    private static Set<String> quads(GraphStore store) {
        return Txn.calculateRead(store.dataset(), () -> {
            Set<String> out = new TreeSet<>();
            store.dataset().asDatasetGraph().find().forEachRemaining(q -> {
                assertTrue(!q.getSubject().isBlank() && !q.getObject().isBlank(), "no blank nodes: " + q);
                out.add(q.toString());
            });
            return out;
        });
    }

    private static void assertSameQuads(Set<String> expected, Set<String> actual, String what) {
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(actual);
        Set<String> extra = new TreeSet<>(actual);
        extra.removeAll(expected);
        assertTrue(missing.isEmpty() && extra.isEmpty(), what + ": " + missing.size() + " quads missing, e.g. "
                + missing.stream().limit(3).toList() + "; " + extra.size() + " extra, e.g. " + extra.stream().limit(3).toList());
    }

    @Test
    void reingestingStoredArticlesLeavesTheQuadsAsTheyWere() {
        try (GraphStore store = ingest(articles)) {
            new Ingester(PIPELINE, store).ingest(articles.subList(0, ARTICLES / 4), RUN);
            new Ingester(PIPELINE, store).ingest(articles.subList(ARTICLES / 2, ARTICLES / 2 + 100), RUN);
            assertSameQuads(inOrder, quads(store), "after re-ingesting 600 stored articles");
        }
    }

    @Test
    void removingArticlesGivesTheStoreThatNeverHadThem() {
        List<Article> kept = articles.subList(ARTICLES / 5, ARTICLES);
        Set<String> expected;
        try (GraphStore fresh = ingest(kept)) {
            expected = quads(fresh);
        }
        try (GraphStore store = ingest(articles)) {
            new Ingester(PIPELINE, store).remove(articles.subList(0, ARTICLES / 5).stream().map(Article::id).toList());
            assertSameQuads(expected, quads(store), "after removing 400 articles");
        }
    }

    @Test
    void theReverseOrderGivesTheSameGraph() {
        List<Article> reversed = new ArrayList<>(articles);
        Collections.reverse(reversed);
        try (GraphStore store = ingest(reversed)) {
            assertSameQuads(inOrder, quads(store), "in reverse order");
        }
    }
}
