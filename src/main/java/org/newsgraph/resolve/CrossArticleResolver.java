package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.newsgraph.model.ArticleGraph;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityKey;
import org.newsgraph.model.Event;

/**
 * Joins an article's entities to the corpus. Full names already share an IRI (it is minted from type and
 * name); this resolves the short forms: a person the article names only by one word ("Berg") joins the one
 * person of the corpus with that surname whose titles and affiliations (as the articles that name them in full
 * give them) do not contradict the article's, and stays apart when none or several fit, or when the surname is
 * common. Different people who share a surname stay apart. The result is a function of the article and the
 * set of other articles, whatever the order they came in.
 */
public final class CrossArticleResolver {
    /**
     * A surname that this many people of the corpus carry in full is too common to resolve: its short forms
     * stay apart. (Fixed, so that resolution depends on the set of articles only, not on how many namesakes had
     * arrived when an article was read.)
     */
    public static final int MAX_NAMESAKES = 3;

    private final Namesakes index;

    public CrossArticleResolver(Namesakes index) {
        this.index = index;
    }

    /** An article's graph joined to the corpus, and the corpus entities it names only by a short form. */
    public record Resolution(ArticleGraph graph, Set<EntityKey> shortForms) {
        public Resolution {
            shortForms = Set.copyOf(shortForms);
        }
    }

    /** The graph with short forms renamed to the corpus entities they stand for. */
    public Resolution resolve(ArticleGraph graph) {
        Map<EntityKey, EntityKey> renames = new HashMap<>();
        for (Entity entity : graph.entities()) {
            if (isShortForm(entity)) {
                match(graph, entity).ifPresent(key -> renames.put(entity.key(), key));
            }
        }
        if (renames.isEmpty()) {
            return new Resolution(graph, Set.of());
        }
        return new Resolution(rename(graph, renames), new HashSet<>(renames.values()));
    }

    /**
     * The surname keys {@link #resolve} looks up for an article: those of the people it names by one word only.
     * A cluster job asks for exactly these, grouped by key.
     */
    public static Set<String> surnamesLookedUp(ArticleGraph graph) {
        Set<String> out = new TreeSet<>();
        graph.entities().stream().filter(CrossArticleResolver::isShortForm)
                .forEach(e -> out.add(NameKeys.normalize(e.label())));
        return out;
    }

    private static boolean isShortForm(Entity entity) {
        return entity.mentioned() && NameKeys.isShortForm(entity.key());
    }

    private Optional<EntityKey> match(ArticleGraph graph, Entity entity) {
        String surname = NameKeys.normalize(entity.label());
        List<CorpusIndex.KnownEntity> namesakes = index.namedInFull(surname, graph.article().id(), MAX_NAMESAKES);
        if (namesakes.size() >= MAX_NAMESAKES) {
            return Optional.empty();
        }
        List<CorpusIndex.KnownEntity> candidates = namesakes.stream().filter(known -> compatible(entity, known))
                .toList();
        if (candidates.size() == 1) {
            return Optional.of(candidates.get(0).key());
        }
        List<CorpusIndex.KnownEntity> fitting = candidates.stream().filter(c -> fitsContext(graph, entity, c)).toList();
        return fitting.size() == 1 ? Optional.of(fitting.get(0).key()) : Optional.empty();
    }

    /** Titles or affiliations that the article gives and the candidate lacks contradict it. */
    private static boolean compatible(Entity entity, CorpusIndex.KnownEntity known) {
        boolean affiliationsAgree = entity.affiliations().isEmpty() || known.affiliations().isEmpty()
                || entity.affiliations().stream().anyMatch(known.affiliations()::contains);
        boolean titlesAgree = entity.titles().isEmpty() || known.titles().isEmpty()
                || entity.titles().stream().anyMatch(t -> known.titles().stream().anyMatch(t::equalsIgnoreCase));
        return affiliationsAgree && titlesAgree;
    }

    /** A candidate fits when the article names something it is affiliated with, or it holds the same title. */
    private static boolean fitsContext(ArticleGraph graph, Entity entity, CorpusIndex.KnownEntity known) {
        Set<EntityKey> named = new HashSet<>();
        graph.entities().forEach(e -> named.add(e.key()));
        return known.affiliations().stream().anyMatch(named::contains)
                || !entity.titles().isEmpty() && entity.titles().stream()
                .anyMatch(t -> known.titles().stream().anyMatch(t::equalsIgnoreCase));
    }

    static ArticleGraph rename(ArticleGraph graph, Map<EntityKey, EntityKey> renames) {
        Map<EntityKey, Entity> merged = new java.util.LinkedHashMap<>();
        for (Entity e : graph.entities()) {
            EntityKey key = renames.getOrDefault(e.key(), e.key());
            TreeSet<String> alt = new TreeSet<>(e.altLabels());
            if (!key.equals(e.key())) {
                alt.add(e.label());
            }
            Entity renamed = new Entity(key, alt, new TreeSet<>(e.titles()), renameAll(e.affiliations(), renames),
                    e.locatedIn().map(k -> renames.getOrDefault(k, k)), e.wikidata(), e.mentioned());
            merged.merge(key, renamed, ArticleGraph::combine);
        }
        List<Event> events = new ArrayList<>();
        for (Event e : graph.events()) {
            events.add(new Event(e.number(), e.type(), renameList(e.agents(), renames), renameList(e.targets(), renames),
                    renameList(e.participants(), renames), e.place().map(k -> renames.getOrDefault(k, k)), e.date(),
                    e.duration(), e.quote(), e.topic(), e.status(), e.confidence(), e.evidence()));
        }
        return new ArticleGraph(graph.article(), List.copyOf(merged.values()), events);
    }

    private static TreeSet<EntityKey> renameAll(Set<EntityKey> keys, Map<EntityKey, EntityKey> renames) {
        TreeSet<EntityKey> out = new TreeSet<>();
        keys.forEach(k -> out.add(renames.getOrDefault(k, k)));
        return out;
    }

    private static List<EntityKey> renameList(List<EntityKey> keys, Map<EntityKey, EntityKey> renames) {
        return keys.stream().map(k -> renames.getOrDefault(k, k)).distinct().toList();
    }
}
