package org.newsgraph.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newsgraph.model.EntityKey;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.EventClass;
import org.newsgraph.model.Status;
import org.newsgraph.model.TimeValue;
import org.newsgraph.resolve.CorpusIndex;
import org.newsgraph.vocab.Iris;
import org.newsgraph.vocab.NG;
import org.newsgraph.vocab.NIF;

/**
 * The corpus index over the TDB2 store. Every lookup starts from a bound value (a name key, a link key) that
 * TDB2 answers from its POS index and then follows single properties of the resources found, in any article's
 * graph: direct index looks rather than SPARQL queries, which cost a millisecond each to set up — more than the
 * looks themselves — and whose cost does not grow with the number of articles. Call inside a transaction.
 */
final class StoreIndex implements CorpusIndex {
    private static final Node RDF_TYPE = RDF.type.asNode();
    private static final Node LINKS = NodeFactory.createURI(Iris.LINKS_GRAPH);
    private static final Node RDFS_LABEL = RDFS.label.asNode();
    private static final Set<Node> ENTITY_TYPES = Set.of(NG.Person.asNode(), NG.Organization.asNode(),
            NG.Country.asNode(), NG.City.asNode(), NG.Region.asNode(), NG.Place.asNode());

    /** Stored events read in this transaction, by event and by article (an article's write forgets its own). */
    private static final int CACHED_EVENTS = 50_000;

    private final Dataset dataset;
    private final Map<String, Set<Node>> cachedByArticle = new java.util.HashMap<>();
    private final Map<Node, Optional<KnownEvent>> events = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Node, Optional<KnownEvent>> eldest) {
            if (size() <= CACHED_EVENTS) {
                return false;
            }
            eldest.getValue().ifPresent(e -> cachedByArticle.getOrDefault(e.articleId(), new HashSet<>())
                    .remove(eldest.getKey()));
            return true;
        }
    };

    StoreIndex(Dataset dataset) {
        this.dataset = dataset;
    }

    /** Forgets what was read of an article's events, before the article is written or removed. */
    void forget(String articleId) {
        Set<Node> cached = cachedByArticle.remove(articleId);
        if (cached != null) {
            cached.forEach(events::remove);
        }
    }

    @Override
    public List<KnownEntity> namedInFull(String surnameKey, String exceptArticle, int cap) {
        Node except = NodeFactory.createURI(Iris.article(exceptArticle));
        List<KnownEntity> found = new ArrayList<>();
        for (Node entity : subjects(NG.nameKey.asNode(), NodeFactory.createLiteralString(surnameKey))) {
            if (found.size() >= cap) {
                break;
            }
            Optional<String> label = personLabel(entity).filter(l -> l.contains(" "));
            if (label.isEmpty()) {
                continue;
            }
            Set<Node> graphs = graphsNamingInFull(entity);
            graphs.remove(except);
            if (!graphs.isEmpty()) {
                found.add(described(entity, graphs));
            }
        }
        return found;
    }

    @Override
    public int countNamedInFull(String surnameKey, String exceptArticle, int cap) {
        Node except = NodeFactory.createURI(Iris.article(exceptArticle));
        int n = 0;
        for (Node entity : subjects(NG.nameKey.asNode(), NodeFactory.createLiteralString(surnameKey))) {
            if (n >= cap) {
                break;
            }
            if (personLabel(entity).filter(l -> l.contains(" ")).isPresent()
                    && namedInFullIn(entity, NG.mentionedIn.asNode(), null, except)) {
                n++;
            }
        }
        return n;
    }

    @Override
    public boolean namedInFullElsewhere(EntityKey person, String exceptArticle) {
        return namedInFullIn(NodeFactory.createURI(Iris.entity(person)), NG.mentionedIn.asNode(), null,
                NodeFactory.createURI(Iris.article(exceptArticle)));
    }

    @Override
    public boolean titleElsewhere(EntityKey person, String title, String exceptArticle) {
        return namedInFullIn(NodeFactory.createURI(Iris.entity(person)), NG.title.asNode(),
                NodeFactory.createLiteralString(title), NodeFactory.createURI(Iris.article(exceptArticle)));
    }

    @Override
    public boolean affiliationElsewhere(EntityKey person, EntityKey group, String exceptArticle) {
        return namedInFullIn(NodeFactory.createURI(Iris.entity(person)), NG.affiliation.asNode(),
                NodeFactory.createURI(Iris.entity(group)), NodeFactory.createURI(Iris.article(exceptArticle)));
    }

    /**
     * Whether a graph other than {@code except}, of an article that names the entity in full (not by a resolved
     * short form), holds this property of it (with this value, or any when null). Stops at the first.
     */
    private boolean namedInFullIn(Node entity, Node property, Node value, Node except) {
        var quads = dataset.asDatasetGraph().find(Node.ANY, entity, property, value == null ? Node.ANY : value);
        try {
            while (quads.hasNext()) {
                Node graph = quads.next().getGraph();
                if (!graph.equals(except) && !graph.equals(LINKS) && !has(LINKS, entity, NG.shortFormIn.asNode(), graph)) {
                    return true;
                }
            }
            return false;
        } finally {
            Iter.close(quads);
        }
    }

    @Override
    public Set<KnownEntity> namedInFullBy(String articleId, String surnameKey) {
        Node article = NodeFactory.createURI(Iris.article(articleId));
        Set<KnownEntity> out = new HashSet<>();
        var quads = dataset.asDatasetGraph().find(article, Node.ANY, NG.nameKey.asNode(),
                NodeFactory.createLiteralString(surnameKey));
        List<Node> entities = distinct(quads, Quad::getSubject);
        for (Node entity : entities) {
            Optional<String> label = personLabel(entity).filter(l -> l.contains(" "));
            if (label.isPresent() && !has(LINKS, entity, NG.shortFormIn.asNode(), article)) {
                out.add(described(entity, Set.of(article)));
            }
        }
        return out;
    }

    @Override
    public Set<String> surnamesNamedInFullBy(String articleId) {
        Node article = NodeFactory.createURI(Iris.article(articleId));
        Set<String> out = new HashSet<>();
        var quads = dataset.asDatasetGraph().find(article, Node.ANY, NG.nameKey.asNode(), Node.ANY);
        try {
            while (quads.hasNext()) {
                Quad q = quads.next();
                boolean full = personLabel(q.getSubject()).filter(l -> l.contains(" ")).isPresent();
                if (full && !has(LINKS, q.getSubject(), NG.shortFormIn.asNode(), article)) {
                    out.add(q.getObject().getLiteralLexicalForm());
                }
            }
        } finally {
            Iter.close(quads);
        }
        return out;
    }

    @Override
    public Set<String> shortFormArticles(String surnameKey) {
        Set<String> articles = new HashSet<>();
        for (Node entity : subjects(NG.nameKey.asNode(), NodeFactory.createLiteralString(surnameKey))) {
            boolean oneWord = personLabel(entity).filter(l -> !l.contains(" ")).isPresent();
            for (Node article : oneWord ? objects(entity, NG.mentionedIn.asNode()) : shortFormGraphs(entity)) {
                articles.add(Iris.articleId(article.getURI()));
            }
        }
        return articles;
    }

    /** The graphs of the articles that name this person in full: those that mention it, less its short forms. */
    private Set<Node> graphsNamingInFull(Node entity) {
        Set<Node> graphs = new java.util.LinkedHashSet<>(objects(entity, NG.mentionedIn.asNode()));
        graphs.removeAll(shortFormGraphs(entity));
        return graphs;
    }

    /** The graphs of the articles that name this entity by a short form resolved to it. */
    private List<Node> shortFormGraphs(Node entity) {
        return distinct(dataset.asDatasetGraph().find(LINKS, entity, NG.shortFormIn.asNode(), Node.ANY),
                Quad::getObject);
    }

    /**
     * A person with the titles and affiliations these graphs give, named as the least of the names they give (one
     * IRI may be written "A. Berg" in one article and "A Berg" in another: the choice is the set's, not the order's).
     */
    private KnownEntity described(Node entity, Set<Node> graphs) {
        Set<String> titles = new HashSet<>();
        Set<EntityKey> affiliations = new HashSet<>();
        String label = null;
        for (Node graph : graphs) {
            for (String name : labelIn(graph, entity).stream().toList()) {
                label = label == null || name.compareTo(label) < 0 ? name : label;
            }
            var quads = dataset.asDatasetGraph().find(graph, entity, NG.title.asNode(), Node.ANY);
            distinct(quads, Quad::getObject).forEach(t -> titles.add(t.getLiteralLexicalForm()));
            for (Node group : distinct(dataset.asDatasetGraph().find(graph, entity, NG.affiliation.asNode(), Node.ANY),
                    Quad::getObject)) {
                for (Node groupType : objectsInOneGraph(group, RDF_TYPE)) {
                    if (groupType.equals(NG.Country.asNode()) || groupType.equals(NG.Organization.asNode())) {
                        labelIn(graph, group).ifPresent(l -> affiliations.add(new EntityKey(typeOf(groupType), l)));
                    }
                }
            }
        }
        return new KnownEntity(new EntityKey(EntityType.PERSON, label == null ? personLabel(entity).orElseThrow() : label),
                titles, affiliations);
    }

    @Override
    public Map<String, List<KnownEvent>> eventsByLinkKeys(Set<String> linkKeys) {
        Map<String, List<KnownEvent>> out = new LinkedHashMap<>();
        for (String key : linkKeys) {
            List<Node> events = subjectsUpTo(NG.linkKey.asNode(), NodeFactory.createLiteralString(key),
                    MAX_EVENTS_PER_KEY + 1);
            if (events.isEmpty() || events.size() > MAX_EVENTS_PER_KEY) {
                continue;
            }
            List<KnownEvent> known = new ArrayList<>();
            for (Node event : events) {
                knownEvent(event).ifPresent(known::add);
            }
            out.put(key, known);
        }
        return out;
    }

    @Override
    public Set<String> commonLinkKeys(Set<String> linkKeys) {
        Set<String> out = new HashSet<>();
        for (String key : linkKeys) {
            if (subjectsUpTo(NG.linkKey.asNode(), NodeFactory.createLiteralString(key), MAX_EVENTS_PER_KEY + 1).size()
                    > MAX_EVENTS_PER_KEY) {
                out.add(key);
            }
        }
        return out;
    }

    @Override
    public List<KnownEvent> eventsUnder(String linkKey) {
        List<KnownEvent> out = new ArrayList<>();
        for (Node event : subjects(NG.linkKey.asNode(), NodeFactory.createLiteralString(linkKey))) {
            knownEvent(event).ifPresent(out::add);
        }
        return out;
    }

    @Override
    public List<KnownEvent> eventsOf(String articleId) {
        Node graph = NodeFactory.createURI(Iris.article(articleId));
        List<KnownEvent> out = new ArrayList<>();
        for (Node event : distinct(dataset.asDatasetGraph().find(graph, Node.ANY, RDF_TYPE, NG.Event.asNode()),
                Quad::getSubject)) {
            knownEvent(event).ifPresent(out::add);
        }
        out.sort(java.util.Comparator.comparing(KnownEvent::iri));
        return out;
    }

    /** The first {@code limit} distinct resources with this value for this property. */
    private List<Node> subjectsUpTo(Node property, Node value, int limit) {
        var quads = dataset.asDatasetGraph().find(Node.ANY, Node.ANY, property, value);
        try {
            Set<Node> out = new java.util.LinkedHashSet<>();
            while (quads.hasNext() && out.size() < limit) {
                out.add(quads.next().getSubject());
            }
            return List.copyOf(out);
        } finally {
            Iter.close(quads);
        }
    }

    /** What linking needs to know of a stored event: class, article, status, place, date, words, participants. */
    private Optional<KnownEvent> knownEvent(Node event) {
        Optional<KnownEvent> cached = events.get(event);
        if (cached == null) {
            cached = readEvent(event);
            events.put(event, cached);
            cached.ifPresent(e -> cachedByArticle.computeIfAbsent(e.articleId(), a -> new HashSet<>()).add(event));
        }
        return cached;
    }

    private Optional<KnownEvent> readEvent(Node event) {
        Optional<Node> article = first(event, NG.mentionedIn.asNode());
        Optional<Node> articleId = article.flatMap(a -> first(a, DCTerms.identifier.asNode()));
        Optional<Node> status = first(event, NG.status.asNode());
        if (articleId.isEmpty() || status.isEmpty()) {
            return Optional.empty();
        }
        EventClass type = EventClass.EVENT;
        for (Node c : objects(event, RDF_TYPE)) {
            if (c.isURI() && c.getURI().startsWith(NG.NS)) {
                Optional<EventClass> cls = EventClass.byLocalName(c.getLocalName());
                if (cls.isPresent() && type == EventClass.EVENT) {
                    type = cls.get();
                }
            }
        }
        Node graph = article.get();
        Optional<EntityKey> place = Optional.empty();
        for (Node p : objects(event, NG.at.asNode())) {
            place = entityKey(p, graph);
        }
        Set<String> anchors = new HashSet<>();
        for (Node evidence : objects(event, NG.evidence.asNode())) {
            objects(evidence, NIF.anchorOf.asNode()).forEach(a -> anchors.add(a.getLiteralLexicalForm()));
        }
        Set<EntityKey> participants = new HashSet<>();
        Set<EntityKey> agents = new HashSet<>();
        for (Node p : objects(event, NG.participant.asNode())) {
            entityKey(p, graph).ifPresent(k -> {
                participants.add(k);
                if (has(event, NG.agent.asNode(), p)) {
                    agents.add(k);
                }
            });
        }
        Optional<TimeValue> date = first(event, NG.date.asNode()).flatMap(d -> time(d.getLiteralLexicalForm()));
        Optional<LocalDate> issued = article.flatMap(a -> first(a, DCTerms.issued.asNode()))
                .map(d -> LocalDate.parse(d.getLiteralLexicalForm()));
        Optional<String> quote = first(event, NG.quote.asNode()).map(Node::getLiteralLexicalForm);
        Set<String> linkKeys = new HashSet<>();
        objects(event, NG.linkKey.asNode()).forEach(k -> linkKeys.add(k.getLiteralLexicalForm()));
        return Optional.of(new KnownEvent(event.getURI(), articleId.get().getLiteralLexicalForm(), type,
                participants, place, date, status(status.get()), issued, agents, anchors, quote, linkKeys));
    }

    /**
     * An entity's key as one article's graph gives it: its most specific type and its label there (two articles
     * may write one IRI's name apart, "Tarvos Corp." and "Tarvos Corp"; what an event says is read from its own).
     */
    private Optional<EntityKey> entityKey(Node entity, Node graph) {
        EntityType best = null;
        for (Node t : distinct(dataset.asDatasetGraph().find(graph, entity, RDF_TYPE, Node.ANY), Quad::getObject)) {
            if (ENTITY_TYPES.contains(t)) {
                EntityType type = typeOf(t);
                best = best == null || best == EntityType.PLACE ? type : best;
            }
        }
        EntityType type = best;
        return type == null ? Optional.empty() : labelIn(graph, entity).map(l -> new EntityKey(type, l));
    }

    /** The label of a person; empty for anything else. */
    private Optional<String> personLabel(Node entity) {
        return has(entity, RDF_TYPE, NG.Person.asNode()) ? label(entity) : Optional.empty();
    }

    /** The label of a resource in one graph. */
    private Optional<String> labelIn(Node graph, Node resource) {
        return distinct(dataset.asDatasetGraph().find(graph, resource, RDFS_LABEL, Node.ANY), Quad::getObject).stream()
                .map(Node::getLiteralLexicalForm).sorted().findFirst();
    }

    /** The label of a resource, as the first graph that describes it gives it. */
    private Optional<String> label(Node resource) {
        return objectsInOneGraph(resource, RDFS_LABEL).stream().map(Node::getLiteralLexicalForm).sorted().findFirst();
    }

    /**
     * The values of a property of an entity that every article mentioning it describes alike (its types, its
     * label), read from one graph: reading them from all would cost as many looks as the entity has articles.
     */
    private List<Node> objectsInOneGraph(Node subject, Node property) {
        var quads = dataset.asDatasetGraph().find(Node.ANY, subject, property, Node.ANY);
        Node graph;
        try {
            if (!quads.hasNext()) {
                return List.of();
            }
            graph = quads.next().getGraph();
        } finally {
            Iter.close(quads);
        }
        return distinct(dataset.asDatasetGraph().find(graph, subject, property, Node.ANY), Quad::getObject);
    }

    /** The resources that have this value for this property, in any article's graph. */
    private List<Node> subjects(Node property, Node value) {
        return distinct(dataset.asDatasetGraph().find(Node.ANY, Node.ANY, property, value), Quad::getSubject);
    }

    private List<Node> objects(Node subject, Node property) {
        return distinct(dataset.asDatasetGraph().find(Node.ANY, subject, property, Node.ANY), Quad::getObject);
    }

    private Optional<Node> first(Node subject, Node property) {
        return objects(subject, property).stream().findFirst();
    }

    private boolean has(Node graph, Node subject, Node property, Node value) {
        var quads = dataset.asDatasetGraph().find(graph, subject, property, value);
        try {
            return quads.hasNext();
        } finally {
            Iter.close(quads);
        }
    }

    private boolean has(Node subject, Node property, Node value) {
        var quads = dataset.asDatasetGraph().find(Node.ANY, subject, property, value);
        try {
            return quads.hasNext();
        } finally {
            Iter.close(quads);
        }
    }

    private static List<Node> distinct(java.util.Iterator<Quad> quads, java.util.function.Function<Quad, Node> part) {
        try {
            Set<Node> out = new java.util.LinkedHashSet<>();
            quads.forEachRemaining(q -> out.add(part.apply(q)));
            return List.copyOf(out);
        } finally {
            Iter.close(quads);
        }
    }

    private static EntityType typeOf(Node type) {
        return switch (type.getLocalName()) {
            case "Person" -> EntityType.PERSON;
            case "Organization" -> EntityType.ORGANIZATION;
            case "Country" -> EntityType.COUNTRY;
            case "City" -> EntityType.CITY;
            case "Region" -> EntityType.REGION;
            default -> EntityType.PLACE;
        };
    }

    private static Status status(Node status) {
        for (Status s : Status.values()) {
            if (NG.term(s.localName()).asNode().equals(status)) {
                return s;
            }
        }
        return Status.OCCURRED;
    }

    private static Optional<TimeValue> time(String lexical) {
        try {
            String[] parts = lexical.split("-");
            return Optional.of(switch (parts.length) {
                case 1 -> TimeValue.ofYear(Integer.parseInt(parts[0]));
                case 2 -> TimeValue.ofMonth(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
                default -> TimeValue.of(LocalDate.parse(lexical));
            });
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

}
