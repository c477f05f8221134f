package org.newsgraph.model;

import java.util.List;
import java.util.Objects;

/** Everything one article asserts, resolved to entities and events: what the writer puts in its named graph. */
public record ArticleGraph(Article article, List<Entity> entities, List<Event> events) {
    public ArticleGraph {
        Objects.requireNonNull(article, "article");
        entities = List.copyOf(entities);
        events = List.copyOf(events);
    }
}
