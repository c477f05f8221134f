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

    /** One entity from two records of it: names, titles and affiliations together. */
    public static Entity combine(Entity a, Entity b) {
        java.util.TreeSet<String> alt = new java.util.TreeSet<>(a.altLabels());
        alt.addAll(b.altLabels());
        alt.remove(a.label());
        java.util.TreeSet<String> titles = new java.util.TreeSet<>(a.titles());
        titles.addAll(b.titles());
        java.util.TreeSet<EntityKey> affiliations = new java.util.TreeSet<>(a.affiliations());
        affiliations.addAll(b.affiliations());
        return new Entity(a.key(), alt, titles, affiliations, a.locatedIn().or(b::locatedIn),
                a.wikidata().or(b::wikidata), a.mentioned() || b.mentioned());
    }
}
