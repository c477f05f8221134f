package org.newsgraph.model;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Articles and what they assert as compact bytes, and back: how a cluster job hands them from one stage to the
 * next (records with {@link Optional} components are not {@link java.io.Serializable}). Decoding gives records
 * equal to those encoded.
 */
public final class ArticleGraphCodec {
    private ArticleGraphCodec() {
    }

    public static byte[] encode(Article article) {
        return BinaryFields.write(out -> article(out, article));
    }

    public static Article decodeArticle(byte[] bytes) {
        return BinaryFields.read(bytes, ArticleGraphCodec::article);
    }

    public static byte[] encode(ArticleGraph graph) {
        return BinaryFields.write(out -> {
            article(out, graph.article());
            out.writeInt(graph.entities().size());
            for (Entity entity : graph.entities()) {
                entity(out, entity);
            }
            out.writeInt(graph.events().size());
            for (Event event : graph.events()) {
                event(out, event);
            }
        });
    }

    public static ArticleGraph decodeGraph(byte[] bytes) {
        return BinaryFields.read(bytes, in -> {
            Article article = article(in);
            List<Entity> entities = new ArrayList<>();
            for (int n = in.readInt(); n > 0; n--) {
                entities.add(entity(in));
            }
            List<Event> events = new ArrayList<>();
            for (int n = in.readInt(); n > 0; n--) {
                events.add(event(in));
            }
            return new ArticleGraph(article, entities, events);
        });
    }

    private static void article(DataOutputStream out, Article a) throws IOException {
        BinaryFields.string(out, a.id());
        BinaryFields.string(out, a.text());
        BinaryFields.optional(out, a.title());
        BinaryFields.optional(out, a.date().map(LocalDate::toString));
        BinaryFields.optional(out, a.url());
        BinaryFields.optional(out, a.source());
    }

    private static Article article(DataInputStream in) throws IOException {
        return new Article(BinaryFields.string(in), BinaryFields.string(in), BinaryFields.optional(in), BinaryFields.optional(in).map(LocalDate::parse), BinaryFields.optional(in),
                BinaryFields.optional(in));
    }

    private static void entity(DataOutputStream out, Entity e) throws IOException {
        BinaryFields.key(out, e.key());
        BinaryFields.strings(out, e.altLabels());
        BinaryFields.strings(out, e.titles());
        BinaryFields.keys(out, e.affiliations());
        BinaryFields.optionalKey(out, e.locatedIn());
        BinaryFields.optional(out, e.wikidata());
        out.writeBoolean(e.mentioned());
    }

    private static Entity entity(DataInputStream in) throws IOException {
        EntityKey key = BinaryFields.key(in);
        TreeSet<String> alt = new TreeSet<>(BinaryFields.strings(in));
        TreeSet<String> titles = new TreeSet<>(BinaryFields.strings(in));
        TreeSet<EntityKey> affiliations = new TreeSet<>(BinaryFields.keys(in));
        Optional<EntityKey> locatedIn = BinaryFields.optionalKey(in);
        return new Entity(key, alt, titles, affiliations, locatedIn, BinaryFields.optional(in), in.readBoolean());
    }

    private static void event(DataOutputStream out, Event e) throws IOException {
        out.writeInt(e.number());
        BinaryFields.string(out, e.type().name());
        BinaryFields.keys(out, e.agents());
        BinaryFields.keys(out, e.targets());
        BinaryFields.keys(out, e.participants());
        BinaryFields.optionalKey(out, e.place());
        BinaryFields.time(out, e.date());
        BinaryFields.optional(out, e.duration());
        BinaryFields.optional(out, e.quote());
        BinaryFields.optional(out, e.topic());
        BinaryFields.string(out, e.status().name());
        out.writeDouble(e.confidence());
        out.writeInt(e.evidence().size());
        for (Evidence evidence : e.evidence()) {
            BinaryFields.string(out, evidence.anchor());
            out.writeInt(evidence.begin());
            out.writeInt(evidence.end());
            BinaryFields.string(out, evidence.sentence());
            BinaryFields.string(out, evidence.extractor());
        }
    }

    private static Event event(DataInputStream in) throws IOException {
        int number = in.readInt();
        EventClass type = EventClass.valueOf(BinaryFields.string(in));
        List<EntityKey> agents = BinaryFields.keys(in);
        List<EntityKey> targets = BinaryFields.keys(in);
        List<EntityKey> participants = BinaryFields.keys(in);
        Optional<EntityKey> place = BinaryFields.optionalKey(in);
        Optional<TimeValue> date = BinaryFields.time(in);
        Optional<String> duration = BinaryFields.optional(in);
        Optional<String> quote = BinaryFields.optional(in);
        Optional<String> topic = BinaryFields.optional(in);
        Status status = Status.valueOf(BinaryFields.string(in));
        double confidence = in.readDouble();
        List<Evidence> evidence = new ArrayList<>();
        for (int n = in.readInt(); n > 0; n--) {
            evidence.add(new Evidence(BinaryFields.string(in), in.readInt(), in.readInt(), BinaryFields.string(in), BinaryFields.string(in)));
        }
        return new Event(number, type, agents, targets, participants, place, date, duration, quote, topic, status,
                confidence, evidence);
    }
}
