package org.newsgraph.store;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.newsgraph.model.Article;
import org.newsgraph.model.ArticleGraph;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityKey;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventClass;
import org.newsgraph.model.Evidence;
import org.newsgraph.model.Status;
import org.newsgraph.resolve.EventLinker;
import org.newsgraph.resolve.NameKeys;
import org.newsgraph.vocab.Iris;
import org.newsgraph.vocab.NG;
import org.newsgraph.vocab.NIF;

/**
 * Maps what one article asserts to the RDF of its named graph, materialising what queries need: every event is
 * also an {@code ng:Event}, every agent and target also a participant, every country, city and region also a
 * place, and the direct relations ({@code ng:metWith}, {@code ng:spokeWith}, {@code ng:said},
 * {@code ng:visited}) beside the events they come from.
 */
public final class ArticleModel {
    private ArticleModel() {
    }

    public static Model of(ArticleGraph graph) {
        Model model = ModelFactory.createDefaultModel();
        model.setNsPrefix("ng", NG.NS);
        Article article = graph.article();
        Resource articleNode = article(model, article);
        for (Entity entity : graph.entities()) {
            entity(model, entity, articleNode);
        }
        for (Event event : graph.events()) {
            event(model, article, event, articleNode);
        }
        return model;
    }

    private static Resource article(Model model, Article article) {
        Resource node = model.createResource(Iris.article(article.id()), NG.Article);
        article.title().ifPresent(t -> node.addProperty(DCTerms.title, t));
        article.date().ifPresent(d -> node.addProperty(DCTerms.issued, d.toString(), XSDDatatype.XSDdate));
        article.url().ifPresent(u -> node.addProperty(DCTerms.source, model.createResource(u)));
        article.source().ifPresent(s -> node.addProperty(DCTerms.publisher, s));
        node.addProperty(DCTerms.identifier, article.id());
        node.addProperty(NIF.isString, article.text());
        return node;
    }

    private static void entity(Model model, Entity entity, Resource articleNode) {
        Resource node = model.createResource(Iris.entity(entity.key()));
        for (Resource type : types(entity.type())) {
            node.addProperty(RDF.type, type);
        }
        node.addProperty(RDFS.label, entity.label());
        entity.altLabels().forEach(a -> node.addProperty(SKOS.altLabel, a));
        entity.titles().forEach(t -> node.addProperty(NG.title, t));
        entity.affiliations().forEach(a -> node.addProperty(NG.affiliation, model.createResource(Iris.entity(a))));
        entity.locatedIn().ifPresent(p -> node.addProperty(NG.locatedIn, model.createResource(Iris.entity(p))));
        entity.wikidata().ifPresent(q -> node.addProperty(OWL.sameAs, model.createResource(Iris.wikidata(q))));
        if (entity.mentioned()) {
            node.addProperty(NG.mentionedIn, articleNode);
            NameKeys.of(entity.key()).ifPresent(k -> node.addProperty(NG.nameKey, k));
        }
    }

    /** The article an article graph was written from: id, text, title, date, address and source. */
    public static Article article(Model graph, String iri) {
        Resource node = graph.getResource(iri);
        String id = node.getProperty(DCTerms.identifier).getString();
        String text = node.getProperty(NIF.isString).getString();
        Article article = Article.of(id, text);
        if (node.hasProperty(DCTerms.title)) {
            article = article.withTitle(node.getProperty(DCTerms.title).getString());
        }
        if (node.hasProperty(DCTerms.issued)) {
            article = article.withDate(java.time.LocalDate.parse(node.getProperty(DCTerms.issued).getString()));
        }
        if (node.hasProperty(DCTerms.source)) {
            article = article.withUrl(node.getProperty(DCTerms.source).getResource().getURI());
        }
        if (node.hasProperty(DCTerms.publisher)) {
            article = new Article(article.id(), article.text(), article.title(), article.date(), article.url(),
                    java.util.Optional.of(node.getProperty(DCTerms.publisher).getString()));
        }
        return article;
    }

    /** The ontology classes an entity of this type has, the place kinds with {@code ng:Place} beside them. */
    public static List<Resource> types(EntityType type) {
        return switch (type) {
            case PERSON -> List.of(NG.Person);
            case ORGANIZATION -> List.of(NG.Organization);
            case PLACE -> List.of(NG.Place);
            case COUNTRY -> List.of(NG.Country, NG.Place);
            case CITY -> List.of(NG.City, NG.Place);
            case REGION -> List.of(NG.Region, NG.Place);
        };
    }

    private static void event(Model model, Article article, Event event, Resource articleNode) {
        Resource node = model.createResource(Iris.event(article.id(), event.number()));
        node.addProperty(RDF.type, NG.Event);
        if (event.type() != EventClass.EVENT) {
            node.addProperty(RDF.type, NG.term(event.type().localName()));
        }
        for (EntityKey agent : event.agents()) {
            node.addProperty(NG.agent, entity(model, agent));
        }
        for (EntityKey target : event.targets()) {
            node.addProperty(NG.target, entity(model, target));
        }
        for (EntityKey participant : event.allParticipants()) {
            node.addProperty(NG.participant, entity(model, participant));
        }
        event.place().ifPresent(p -> node.addProperty(NG.at, entity(model, p)));
        event.date().ifPresent(d -> node.addProperty(NG.date, model.createTypedLiteral(d.lexical(),
                TypeMapper.getInstance().getSafeTypeByName(XSDDatatype.XSD + "#" + d.datatype()))));
        event.duration().ifPresent(d -> node.addProperty(NG.duration, d, XSDDatatype.XSDduration));
        event.quote().ifPresent(q -> node.addProperty(NG.quote, q));
        event.topic().ifPresent(t -> node.addProperty(NG.topic, t));
        node.addProperty(NG.status, status(event.status()));
        node.addProperty(NG.confidence, decimal(model, event.confidence()));
        node.addProperty(NG.mentionedIn, articleNode);
        EventLinker.keys(event, article.date()).forEach(k -> node.addProperty(NG.linkKey, k));
        String text = article.text();
        int k = 1;
        for (Evidence evidence : event.evidence()) {
            Resource e = model.createResource(Iris.evidence(article.id(), event.number(), k++), NG.Evidence);
            e.addProperty(NIF.anchorOf, evidence.anchor());
            e.addLiteral(NIF.beginIndex, codePoints(model, text, evidence.begin()));
            e.addLiteral(NIF.endIndex, codePoints(model, text, evidence.end()));
            e.addProperty(NG.sentence, evidence.sentence());
            e.addProperty(NG.extractor, evidence.extractor());
            node.addProperty(NG.evidence, e);
        }
        relations(model, event);
    }

    private static void relations(Model model, Event event) {
        if (event.status() != Status.OCCURRED) {
            return;
        }
        List<EntityKey> people = event.allParticipants().stream().filter(k -> k.type() == EntityType.PERSON).toList();
        if (event.type() == EventClass.MEETING || event.type() == EventClass.PHONE_CALL) {
            var relation = event.type() == EventClass.MEETING ? NG.metWith : NG.spokeWith;
            for (EntityKey a : people) {
                for (EntityKey b : people) {
                    if (!a.equals(b)) {
                        entity(model, a).addProperty(relation, entity(model, b));
                    }
                }
            }
        }
        if (event.type() == EventClass.STATEMENT && event.quote().isPresent()) {
            event.agents().stream().filter(k -> k.type() == EntityType.PERSON)
                    .forEach(k -> entity(model, k).addProperty(NG.said, event.quote().get()));
        }
        if (event.type() == EventClass.VISIT && event.place().isPresent()) {
            event.agents().stream().filter(k -> k.type() == EntityType.PERSON)
                    .forEach(k -> entity(model, k).addProperty(NG.visited, entity(model, event.place().get())));
        }
    }

    private static Resource entity(Model model, EntityKey key) {
        return model.createResource(Iris.entity(key));
    }

    public static Resource status(Status status) {
        return NG.term(status.localName());
    }

    private static Literal decimal(Model model, double value) {
        return model.createTypedLiteral(BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP));
    }

    private static Literal codePoints(Model model, String text, int charIndex) {
        return model.createTypedLiteral(String.valueOf(text.codePointCount(0, charIndex)),
                XSDDatatype.XSDnonNegativeInteger);
    }
}
