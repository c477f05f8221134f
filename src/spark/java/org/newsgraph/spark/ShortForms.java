package org.newsgraph.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.newsgraph.model.ArticleGraph;
import org.newsgraph.model.ArticleGraphCodec;
import org.newsgraph.model.EntityKey;
import org.newsgraph.resolve.CorpusIndex;
import org.newsgraph.resolve.CrossArticleResolver;
import org.newsgraph.resolve.KnownCodec;
import org.newsgraph.resolve.Namesakes;
import org.newsgraph.store.OneArticleIndex;
import org.newsgraph.vocab.Iris;
import scala.Tuple2;

/**
 * Cross-article resolution as a group-by on the surname key: each article files the people it names in full
 * under their surnames and asks for the surnames it names alone; each surname's group tells every article that
 * asked who the other articles name in full under it; each article is then resolved by {@link CrossArticleResolver},
 * as on one machine. Nothing is collected to the driver, and the result does not depend on partitions or order.
 */
final class ShortForms {
    /**
     * What annotation and extraction made of an article, with what the later stages ask of it, read while it is
     * at hand: the people it names in full (by surname key), the surnames it names alone, and its events as linking
     * reads them.
     */
    record Local(byte[] graph, List<Tuple2<String, byte[]>> namedInFull, List<String> asks, List<byte[]> events)
            implements Serializable {
        static Local of(ArticleGraph graph) {
            OneArticleIndex index = OneArticleIndex.of(graph);
            List<Tuple2<String, byte[]>> named = new ArrayList<>();
            index.namedInFull().forEach((surname, people) ->
                    people.forEach(p -> named.add(new Tuple2<>(surname, KnownCodec.encode(p)))));
            return new Local(ArticleGraphCodec.encode(graph), named,
                    List.copyOf(CrossArticleResolver.surnamesLookedUp(graph)), ShortForms.events(index));
        }
    }

    /**
     * An article's graph resolved against the corpus, the IRIs of the corpus entities it names by a short form,
     * and its events as linking reads them.
     */
    record Resolved(byte[] graph, List<String> shortForms, List<byte[]> events) implements Serializable {
        ArticleGraph decoded() {
            return ArticleGraphCodec.decodeGraph(graph);
        }
    }

    /** Filed under a surname: a person an article names in full ({@code entity} set), or its request. */
    record Note(String article, byte[] entity) implements Serializable {
    }

    private ShortForms() {
    }

    static JavaPairRDD<String, Resolved> resolve(JavaPairRDD<String, Local> local, Partitioner partitioner) {
        JavaPairRDD<String, Note> notes = local.flatMapToPair(article -> notes(article._1(), article._2()).iterator());
        JavaPairRDD<String, Iterable<Tuple2<String, byte[]>>> answers = notes.groupByKey(partitioner.numPartitions())
                .flatMapToPair(group -> answers(group._1(), group._2()).iterator())
                .groupByKey(partitioner);
        return local.leftOuterJoin(answers, partitioner).mapValues(v -> resolved(v._1(), v._2().orElse(List.of())));
    }

    private static List<Tuple2<String, Note>> notes(String id, Local local) {
        List<Tuple2<String, Note>> out = new ArrayList<>();
        local.asks().forEach(surname -> out.add(new Tuple2<>(surname, new Note(id, null))));
        local.namedInFull().forEach(named -> out.add(new Tuple2<>(named._1(), new Note(id, named._2()))));
        return out;
    }

    /**
     * What a surname's group tells each article that asked: the people articles other than it name in full under
     * the surname (up to the resolver's limit), each with the titles and affiliations those articles give.
     */
    private static List<Tuple2<String, Tuple2<String, byte[]>>> answers(String surname, Iterable<Note> notes) {
        Set<String> asking = new HashSet<>();
        Map<String, Map<String, CorpusIndex.KnownEntity>> named = new TreeMap<>(); // by IRI: one person, however written
        for (Note note : notes) {
            if (note.entity() == null) {
                asking.add(note.article());
            } else {
                CorpusIndex.KnownEntity entity = KnownCodec.decodeEntity(note.entity());
                named.computeIfAbsent(Iris.entity(entity.key()), k -> new HashMap<>()).put(note.article(), entity);
            }
        }
        List<Tuple2<String, Tuple2<String, byte[]>>> out = new ArrayList<>();
        if (named.isEmpty()) {
            return out;
        }
        for (String article : asking) {
            List<CorpusIndex.KnownEntity> namesakes = namesakes(named, article);
            if (!namesakes.isEmpty()) {
                out.add(new Tuple2<>(article, new Tuple2<>(surname, KnownCodec.encode(namesakes))));
            }
        }
        return out;
    }

    /**
     * As {@link CorpusIndex#namedInFull}: the people named in full by articles other than {@code except}, each
     * named as the least of the names those articles give it.
     */
    private static List<CorpusIndex.KnownEntity> namesakes(Map<String, Map<String, CorpusIndex.KnownEntity>> named,
                                                           String except) {
        List<CorpusIndex.KnownEntity> out = new ArrayList<>();
        for (Map<String, CorpusIndex.KnownEntity> accounts : named.values()) {
            if (out.size() >= CrossArticleResolver.MAX_NAMESAKES) {
                break;
            }
            Set<String> titles = new HashSet<>();
            Set<EntityKey> affiliations = new HashSet<>();
            EntityKey key = null;
            for (Map.Entry<String, CorpusIndex.KnownEntity> account : accounts.entrySet()) {
                if (!account.getKey().equals(except)) {
                    EntityKey written = account.getValue().key();
                    key = key == null || written.name().compareTo(key.name()) < 0 ? written : key;
                    titles.addAll(account.getValue().titles());
                    affiliations.addAll(account.getValue().affiliations());
                }
            }
            if (key != null) {
                out.add(new CorpusIndex.KnownEntity(key, titles, affiliations));
            }
        }
        return out;
    }

    private static Resolved resolved(Local local, Iterable<Tuple2<String, byte[]>> answers) {
        Map<String, List<CorpusIndex.KnownEntity>> told = new HashMap<>();
        answers.forEach(a -> told.put(a._1(), KnownCodec.decodeEntities(a._2())));
        if (told.isEmpty()) {
            return new Resolved(local.graph(), List.of(), local.events());
        }
        Namesakes index = (surname, except, cap) -> {
            List<CorpusIndex.KnownEntity> people = told.getOrDefault(surname, List.of());
            return people.size() > cap ? people.subList(0, cap) : people;
        };
        CrossArticleResolver.Resolution resolution = new CrossArticleResolver(index)
                .resolve(ArticleGraphCodec.decodeGraph(local.graph()));
        if (resolution.shortForms().isEmpty()) {
            return new Resolved(local.graph(), List.of(), local.events());
        }
        return new Resolved(ArticleGraphCodec.encode(resolution.graph()),
                resolution.shortForms().stream().map(Iris::entity).sorted().toList(),
                events(OneArticleIndex.of(resolution.graph())));
    }

    private static List<byte[]> events(OneArticleIndex index) {
        return index.events().stream().map(KnownCodec::encode).toList();
    }
}
