package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.newsgraph.extract.Gazetteer;
import org.newsgraph.model.AffiliationFact;
import org.newsgraph.model.AnnotatedArticle;
import org.newsgraph.model.ArticleGraph;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityKey;
import org.newsgraph.model.EventMention;
import org.newsgraph.model.Fact;
import org.newsgraph.model.Known;
import org.newsgraph.model.LocatedInFact;
import org.newsgraph.model.Mention;
import org.newsgraph.model.TitleFact;

/**
 * Turns what the extractors read from one article into its entities and events: mentions are joined by
 * {@link Coreference}, facts are attached to the entities they name, and the mentions of one event are joined
 * by {@link EventMerger}. Pure: no store, no shared state.
 */
public final class ArticleResolver {
    private final Gazetteer gazetteer;

    public ArticleResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public ArticleGraph resolve(AnnotatedArticle article, List<Fact> facts) {
        Coreference.Chains chains = Coreference.resolve(article, facts, gazetteer);
        Map<EntityKey, EntityBuilder> entities = new LinkedHashMap<>();
        chains.mentions().forEach((key, mentions) -> {
            EntityBuilder builder = entities.computeIfAbsent(key, k -> new EntityBuilder(k));
            for (Mention m : mentions) {
                if (!m.pronoun()) {
                    builder.alias(m.name());
                    builder.alias(article.text().substring(m.begin(), m.end()).replaceAll("\\s+", " "));
                    m.known().ifPresent(builder::known);
                }
            }
        });
        for (Fact fact : facts) {
            if (fact instanceof TitleFact t) {
                chains.keyOf(t.person()).map(entities::get).ifPresent(b -> b.titles.add(t.title()));
            } else if (fact instanceof AffiliationFact a) {
                Optional<EntityKey> group = keyOf(a.group(), chains, entities);
                chains.keyOf(a.person()).map(entities::get).ifPresent(b -> group.ifPresent(b.affiliations::add));
            } else if (fact instanceof EventMention e) {
                // a demonym's country taking part ("Peruvian sanctions") is an entity of the article too
                e.allParticipants().forEach(m -> keyOf(m, chains, entities));
                e.place().ifPresent(m -> keyOf(m, chains, entities));
            } else if (fact instanceof LocatedInFact l) {
                Optional<EntityKey> container = keyOf(l.container(), chains, entities);
                chains.keyOf(l.place()).map(entities::get).ifPresent(b -> b.locatedIn = b.locatedIn.or(() -> container));
            }
        }
        for (EntityBuilder builder : List.copyOf(entities.values())) {
            if (builder.locatedIn.isEmpty() && builder.known.flatMap(Known::container).isPresent()) {
                gazetteer.canonical(builder.known.get().container().get())
                        .map(container -> new EntityKey(container.type(), container.name()))
                        .filter(entities::containsKey)
                        .ifPresent(key -> builder.locatedIn = Optional.of(key));
            }
        }
        List<EventMention> eventMentions = facts.stream()
                .filter(EventMention.class::isInstance).map(EventMention.class::cast)
                .sorted(Comparator.comparingInt((EventMention e) -> e.trigger().begin()))
                .toList();
        List<Entity> built = entities.values().stream().map(EntityBuilder::build).toList();
        return new ArticleGraph(article.article(), built,
                EventMerger.merge(article, eventMentions, chains));
    }

    /** The entity a fact's mention names: its chain, or for a demonym's country, that country. */
    private static Optional<EntityKey> keyOf(Mention m, Coreference.Chains chains,
                                             Map<EntityKey, EntityBuilder> entities) {
        Optional<EntityKey> chained = chains.keyOf(m);
        if (chained.isPresent() || m.known().isEmpty()) {
            return chained;
        }
        Known known = m.known().get();
        EntityKey key = new EntityKey(known.type(), known.name());
        entities.computeIfAbsent(key, k -> new EntityBuilder(k)).known(known);
        return Optional.of(key);
    }

    private static final class EntityBuilder {
        final EntityKey key;
        final Set<String> aliases = new LinkedHashSet<>();
        final Set<String> titles = new TreeSet<>();
        final Set<EntityKey> affiliations = new TreeSet<>();
        Optional<EntityKey> locatedIn = Optional.empty();
        Optional<Known> known = Optional.empty();

        EntityBuilder(EntityKey key) {
            this.key = key;
        }

        /** A name as the article writes it; a lowercase "the" before it is not part of it ("the Channel"). */
        void alias(String name) {
            aliases.add(name.startsWith("the ") ? name.substring(4) : name);
        }

        void known(Known entry) {
            known = Optional.of(entry);
        }

        Entity build() {
            TreeSet<String> altLabels = new TreeSet<>(aliases);
            altLabels.remove(key.name());
            return new Entity(key, altLabels, new TreeSet<>(titles), new TreeSet<>(affiliations), locatedIn,
                    known.flatMap(Known::wikidata), true); // every entity of an article's graph is one it names
        }
    }

    static List<EntityKey> keys(List<Mention> mentions, Coreference.Chains chains) {
        List<EntityKey> out = new ArrayList<>();
        for (Mention m : mentions) {
            key(m, chains).filter(k -> !out.contains(k)).ifPresent(out::add);
        }
        return out;
    }

    /** The entity a mention names: its chain, or for a demonym's country, that country. */
    static Optional<EntityKey> key(Mention m, Coreference.Chains chains) {
        return chains.keyOf(m).or(() -> m.known().map(k -> new EntityKey(k.type(), k.name())));
    }
}
