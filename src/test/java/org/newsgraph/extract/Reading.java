package org.newsgraph.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.newsgraph.model.AnnotatedArticle;
import org.newsgraph.model.Article;
import org.newsgraph.model.ArticleGraph;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityKey;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventClass;
import org.newsgraph.model.Mention;
import org.newsgraph.pipeline.Pipeline;

/** Reads short articles of our own with the English pipeline, dated Monday 10 June 2024, for the tests. */
final class Reading {
    static final Pipeline PIPELINE = Pipeline.english();
    static final Gazetteer GAZETTEER = Gazetteer.english();

    private Reading() {
    }

    static Article article(String text) {
        return Article.of("t", text).withDate(LocalDate.of(2024, 6, 10));
    }

    /** The article's graph: its entities after coreference, its events and statements. */
    static ArticleGraph read(String text) {
        return PIPELINE.process(article(text));
    }

    /** The article annotated, with the mentions the mention finder found. */
    static AnnotatedArticle annotated(String text) {
        return PIPELINE.annotate(article(text));
    }

    /** The names the mention finder found, pronouns left out. */
    static List<Mention> names(String text) {
        return annotated(text).mentions().stream().filter(m -> !m.pronoun()).toList();
    }

    static Optional<Mention> name(List<Mention> mentions, String name) {
        return mentions.stream().filter(m -> m.name().equals(name)).findFirst();
    }

    static Optional<Entity> entity(ArticleGraph g, String label) {
        return g.entities().stream().filter(e -> e.label().equals(label)).findFirst();
    }

    /** The event whose evidence has this trigger. */
    static Event eventAt(ArticleGraph g, String anchor) {
        return g.events().stream().filter(e -> e.evidence().stream().anyMatch(x -> x.anchor().equals(anchor)))
                .findFirst().orElseThrow(() -> new AssertionError("no event at \"" + anchor + "\": " + g.events()));
    }

    static List<Event> events(ArticleGraph g, EventClass type) {
        return g.events().stream().filter(e -> e.type() == type).toList();
    }

    static EntityKey person(String name) {
        return new EntityKey(EntityType.PERSON, name);
    }

    static EntityKey country(String name) {
        return new EntityKey(EntityType.COUNTRY, name);
    }
}
