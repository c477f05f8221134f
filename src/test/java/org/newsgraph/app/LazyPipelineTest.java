package org.newsgraph.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.store.GraphStore;

/** {@code remove} builds the pipeline (models, gazetteers) only when an article must be read again. */
class LazyPipelineTest {
    private static final Pipeline PIPELINE = Pipeline.english();

    @Test
    void removeReadsNoArticleAndBuildsNoPipelineUnlessAShortFormMustBeResolvedAgain() {
        try (GraphStore store = GraphStore.inMemory()) {
            Ingester writer = new Ingester(PIPELINE, store);
            LocalDate day = LocalDate.of(2024, 3, 4);
            writer.ingest(Article.of("full", "Foreign Minister Olav Berg met Ana Lima in Oslo on Monday.").withDate(day));
            writer.ingest(Article.of("short", "Berg said the talks in Oslo were useful.").withDate(day));
            writer.ingest(Article.of("other", "Pedro Alves visited Lisbon on Tuesday.").withDate(day));

            AtomicInteger built = new AtomicInteger();
            Ingester remover = new Ingester(() -> {
                built.incrementAndGet();
                return PIPELINE;
            }, store);
            assertEquals(List.of(), remover.remove(List.of("other")));
            assertEquals(0, built.get(), "no article needed reading, so no pipeline was built");

            assertEquals(List.of("short"), remover.remove(List.of("full")));
            assertEquals(1, built.get(), "the article whose short form lost its full name was read again");
        }
    }
}
