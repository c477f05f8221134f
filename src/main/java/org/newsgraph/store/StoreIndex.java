package org.newsgraph.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.newsgraph.model.EntityKey;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.EventClass;
import org.newsgraph.model.Status;
import org.newsgraph.model.TimeValue;
import org.newsgraph.query.Queries;
import org.newsgraph.resolve.CorpusIndex;
import org.newsgraph.vocab.Iris;
import org.newsgraph.vocab.NG;

/**
 * The corpus index over the TDB2 store: every lookup is a SPARQL query whose bound variable (a name key, a
 * participant) TDB2 answers from its POS index, so its cost does not grow with the number of articles.
 * Call inside a read transaction.
 */
final class StoreIndex implements CorpusIndex {
    private static final Query ENTITIES_BY_KEY = Queries.bundled("index-entities-by-key.rq");
    private static final Query EVENTS_BY_LINK_KEY = Queries.bundled("index-events-by-link-key.rq");
    private static final Query SHORT_FORMS = Queries.bundled("index-short-forms.rq");
    /**
     * A link key filed under by more events than this is too common to tell events apart (every story of the
     * month about one country): its candidates are not looked at, which also keeps linking's cost flat.
     */
    private static final int MAX_CANDIDATES = 40;

    private final Dataset dataset;

    StoreIndex(Dataset dataset) {
        this.dataset = dataset;
    }

    @Override
    public List<KnownEntity> entitiesByKey(EntityType type, String nameKey, String exceptArticle) {
        if (filed(NG.nameKey, nameKey, 1) == 0) {
            return List.of();
        }
        Map<String, Node> bindings = Map.of("key", NodeFactory.createLiteralString(nameKey),
                "type", ArticleModel.types(type).get(0).asNode(),
                "except", NodeFactory.createURI(Iris.article(exceptArticle)));
        Map<String, KnownBuilder> found = new LinkedHashMap<>();
        select(ENTITIES_BY_KEY, bindings, row -> {
            String iri = row.getResource("entity").getURI();
            KnownBuilder b = found.computeIfAbsent(iri,
                    k -> new KnownBuilder(new EntityKey(type, row.getLiteral("label").getString())));
            if (row.contains("title")) {
                b.titles.add(row.getLiteral("title").getString());
            }
            if (row.contains("affiliationLabel")) {
                b.affiliations.add(new EntityKey(typeOf(row.getResource("affiliationType")),
                        row.getLiteral("affiliationLabel").getString()));
            }
        });
        return found.values().stream().map(KnownBuilder::build).toList();
    }

    @Override
    public boolean mentionedElsewhere(EntityKey key, String exceptArticle) {
        Node except = NodeFactory.createURI(Iris.article(exceptArticle));
        var quads = dataset.asDatasetGraph().find(Node.ANY, NodeFactory.createURI(Iris.entity(key)),
                NG.mentionedIn.asNode(), Node.ANY);
        try {
            while (quads.hasNext()) {
                if (!quads.next().getObject().equals(except)) {
                    return true;
                }
            }
            return false;
        } finally {
            org.apache.jena.atlas.iterator.Iter.close(quads);
        }
    }

    @Override
    public Set<String> shortFormArticles(String nameKey) {
        if (filed(NG.nameKey, nameKey, 1) == 0) {
            return Set.of();
        }
        Set<String> articles = new HashSet<>();
        select(SHORT_FORMS, Map.of("key", NodeFactory.createLiteralString(nameKey)),
                row -> articles.add(row.getLiteral("articleId").getString()));
        return articles;
    }

    @Override
    public Map<String, List<KnownEvent>> eventsByLinkKeys(Set<String> linkKeys) {
        Set<String> useful = new HashSet<>();
        for (String key : linkKeys) {
            long events = filed(NG.linkKey, key, MAX_CANDIDATES + 1);
            if (events > 0 && events <= MAX_CANDIDATES) {
                useful.add(key);
            }
        }
        Map<String, Map<String, EventBuilder>> byKey = new LinkedHashMap<>();
        if (useful.isEmpty()) {
            return Map.of();
        }
        selectWithKeys(EVENTS_BY_LINK_KEY, useful, row -> {
            String key = row.getLiteral("key").getString();
            String iri = row.getResource("event").getURI();
            EventBuilder b = byKey.computeIfAbsent(key, k -> new LinkedHashMap<>())
                    .computeIfAbsent(iri, k -> new EventBuilder(iri, row));
            EventClass.byLocalName(row.getResource("class").getLocalName())
                    .ifPresent(c -> b.type = b.type == EventClass.EVENT ? c : b.type);
            if (row.contains("anchor")) {
                b.anchors.add(row.getLiteral("anchor").getString());
            }
            if (row.contains("placeLabel")) {
                b.place = Optional.of(new EntityKey(typeOf(row.getResource("placeType")),
                        row.getLiteral("placeLabel").getString()));
            }
            if (row.contains("participantLabel")) {
                String participant = row.getResource("participant").getURI();
                EntityType type = typeOf(row.getResource("participantType"));
                b.types.merge(participant, type, (x, y) -> x == EntityType.PLACE ? y : x);
                b.labels.put(participant, row.getLiteral("participantLabel").getString());
                if (row.getLiteral("agent").getBoolean()) {
                    b.agents.add(participant);
                }
            }
        });
        Map<String, List<KnownEvent>> out = new LinkedHashMap<>();
        byKey.forEach((key, events) -> out.put(key, events.values().stream().map(EventBuilder::build).toList()));
        return out;
    }

    /**
     * Runs a query with ?key taking each of these values: a VALUES block put first in a copy of the parsed
     * query's pattern, so that each key is an index lookup rather than a scan joined afterwards.
     */
    private void selectWithKeys(Query template, Set<String> keys, java.util.function.Consumer<QuerySolution> row) {
        Query query = template.cloneQuery();
        org.apache.jena.sparql.core.Var key = org.apache.jena.sparql.core.Var.alloc("key");
        org.apache.jena.sparql.syntax.ElementData data = new org.apache.jena.sparql.syntax.ElementData();
        data.add(key);
        for (String k : keys) {
            data.add(org.apache.jena.sparql.engine.binding.BindingFactory.binding(key,
                    NodeFactory.createLiteralString(k)));
        }
        org.apache.jena.sparql.syntax.ElementGroup group =
                (org.apache.jena.sparql.syntax.ElementGroup) query.getQueryPattern();
        group.getElements().add(0, data);
        select(query, Map.of(), row);
    }

    /** Collects the rows of one event. */
    private static final class EventBuilder {
        final String iri;
        final QuerySolution first;
        EventClass type = EventClass.EVENT;
        Optional<EntityKey> place = Optional.empty();
        final Set<String> anchors = new HashSet<>();
        final Map<String, EntityType> types = new HashMap<>();
        final Map<String, String> labels = new HashMap<>();
        final Set<String> agents = new HashSet<>();

        EventBuilder(String iri, QuerySolution first) {
            this.iri = iri;
            this.first = first;
        }

        KnownEvent build() {
            Set<EntityKey> participants = new HashSet<>();
            Set<EntityKey> agentKeys = new HashSet<>();
            types.forEach((participant, t) -> {
                EntityKey key = new EntityKey(t, labels.get(participant));
                participants.add(key);
                if (agents.contains(participant)) {
                    agentKeys.add(key);
                }
            });
            return new KnownEvent(iri, first.getLiteral("articleId").getString(), type, participants, place,
                    Optional.ofNullable(first.getLiteral("date")).flatMap(StoreIndex::time),
                    status(first.getResource("status")),
                    Optional.ofNullable(first.getLiteral("issued")).map(l -> LocalDate.parse(l.getLexicalForm())),
                    agentKeys, anchors, Optional.ofNullable(first.getLiteral("quote")).map(Literal::getString));
        }
    }

    static EntityType typeOf(Resource type) {
        return switch (type.getLocalName()) {
            case "Person" -> EntityType.PERSON;
            case "Organization" -> EntityType.ORGANIZATION;
            case "Country" -> EntityType.COUNTRY;
            case "City" -> EntityType.CITY;
            case "Region" -> EntityType.REGION;
            default -> EntityType.PLACE;
        };
    }

    private static Status status(Resource status) {
        for (Status s : Status.values()) {
            if (NG.term(s.localName()).equals(status)) {
                return s;
            }
        }
        return Status.OCCURRED;
    }

    private static Optional<TimeValue> time(Literal literal) {
        String lexical = literal.getLexicalForm();
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

    /**
     * How many resources carry this key under this property, counted up to {@code cap}: a direct look into the
     * POS index, much cheaper than a query, that spares the queries for keys no one has filed under yet (most
     * names and link keys of a new article).
     */
    private long filed(org.apache.jena.rdf.model.Property property, String key, long cap) {
        var quads = dataset.asDatasetGraph().find(Node.ANY, Node.ANY, property.asNode(),
                NodeFactory.createLiteralString(key));
        try {
            long n = 0;
            while (n < cap && quads.hasNext()) {
                quads.next();
                n++;
            }
            return n;
        } finally {
            org.apache.jena.atlas.iterator.Iter.close(quads);
        }
    }

    private void select(Query query, Map<String, Node> bindings, java.util.function.Consumer<QuerySolution> row) {
        QuerySolutionMap initial = new QuerySolutionMap();
        var model = dataset.getDefaultModel();
        bindings.forEach((name, node) -> initial.add(name, model.asRDFNode(node)));
        try (QueryExecution exec = QueryExecution.dataset(dataset).query(query).substitution(initial).build()) {
            ResultSet rs = exec.execSelect();
            rs.forEachRemaining(row);
        }
    }

    private static final class KnownBuilder {
        final EntityKey key;
        final Set<String> titles = new HashSet<>();
        final Set<EntityKey> affiliations = new HashSet<>();
        KnownBuilder(EntityKey key) {
            this.key = key;
        }

        KnownEntity build() {
            return new KnownEntity(key, titles, affiliations);
        }
    }
}
