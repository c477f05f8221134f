package org.newsgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;
import org.newsgraph.model.ArticleGraph;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventClass;
import org.newsgraph.pipeline.Pipeline;

/** The keys an event is filed under for cross-article linking. */
class EventLinkerKeysTest {
    private static final Pipeline PIPELINE = Pipeline.english();
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 6, 10);

    private static Event first(String text, EventClass type) {
        ArticleGraph g = PIPELINE.process(Article.of("t", text).withDate(PUBLISHED));
        return g.events().stream().filter(e -> e.type() == type).findFirst().orElseThrow();
    }

    @Test
    void anEventDatedByAnotherYearIsFiledUnderAnyMonthOnly() {
        Event invasion = first("Officials recalled its 1998 invasion of Finland by Norway.", EventClass.INVASION);
        Set<String> keys = EventLinker.keys(invasion, Optional.of(PUBLISHED));
        assertFalse(keys.isEmpty());
        assertTrue(keys.stream().allMatch(k -> k.contains("|any|")), keys.toString());
    }

    @Test
    void anUndatedEventIsFiledUnderItsArticlesMonthAndTheNeighbourWithinTheWindow() {
        Event invasion = first("Norway's invasion of Finland was condemned.", EventClass.INVASION);
        Set<String> keys = EventLinker.keys(invasion, Optional.of(PUBLISHED));
        assertTrue(keys.stream().anyMatch(k -> k.contains("|2024-06|")), keys.toString());
        assertTrue(keys.stream().anyMatch(k -> k.contains("|any|")), keys.toString());
    }
}
