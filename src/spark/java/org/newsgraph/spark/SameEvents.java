package org.newsgraph.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.newsgraph.resolve.CorpusIndex;
import org.newsgraph.resolve.EventLinker;
import org.newsgraph.resolve.KnownCodec;
import scala.Tuple2;

/**
 * Event linking as a group-by on the link key: every event is filed under its keys; a key more than
 * {@link CorpusIndex#MAX_EVENTS_PER_KEY} events share is too common and joins none (its group stops growing
 * there); within each other key's group, {@link EventLinker#pairs} finds the pairs that report the same
 * event, as on one machine. The clusters of matched events are then found by label propagation.
 */
final class SameEvents {
    private SameEvents() {
    }

    /** The events filed under one key, up to the limit; past it, only the fact that the key is too common. */
    static final class Filed implements Serializable {
        private static final long serialVersionUID = 1L;
        private final ArrayList<byte[]> events = new ArrayList<>();
        private boolean common;

        static Filed of(byte[] event) {
            return new Filed().add(event);
        }

        Filed add(byte[] event) {
            if (!common) {
                events.add(event);
                checkLimit();
            }
            return this;
        }

        Filed merge(Filed other) {
            if (other.common) {
                common = true;
                events.clear();
            } else {
                other.events.forEach(this::add);
            }
            return this;
        }

        private void checkLimit() {
            if (events.size() > CorpusIndex.MAX_EVENTS_PER_KEY) {
                common = true;
                events.clear();
            }
        }
    }

    /** The pairs of events (by IRI, the smaller first) that report the same real-world event. */
    static JavaRDD<Tuple2<String, String>> matches(JavaPairRDD<String, ShortForms.Resolved> resolved, int partitions,
                                                  LongAccumulator events) {
        JavaPairRDD<String, byte[]> filed = resolved.flatMapToPair(article -> {
            List<Tuple2<String, byte[]>> out = new ArrayList<>();
            for (byte[] encoded : article._2().events()) {
                events.add(1);
                KnownCodec.decodeEvent(encoded).linkKeys().forEach(key -> out.add(new Tuple2<>(key, encoded)));
            }
            return out.iterator();
        });
        return filed.combineByKey(Filed::of, Filed::add, Filed::merge, partitions)
                .flatMap(group -> pairs(group._2()).iterator())
                .distinct(partitions);
    }

    private static List<Tuple2<String, String>> pairs(Filed filed) {
        if (filed.common || filed.events.size() < 2) {
            return List.of();
        }
        List<CorpusIndex.KnownEvent> events = new ArrayList<>();
        filed.events.forEach(e -> events.add(KnownCodec.decodeEvent(e)));
        events.sort(Comparator.comparing(CorpusIndex.KnownEvent::iri));
        List<Tuple2<String, String>> out = new ArrayList<>();
        for (EventLinker.Link link : EventLinker.pairs(events)) {
            boolean ordered = link.event().compareTo(link.other()) < 0;
            out.add(ordered ? new Tuple2<>(link.event(), link.other()) : new Tuple2<>(link.other(), link.event()));
        }
        return out;
    }

    /**
     * Each matched event with its cluster's label (the least IRI in it): labels spread along the matches until
     * none changes, a round per step of the longest path, so no cluster need fit in one place until the end.
     */
    static JavaPairRDD<String, String> clusters(JavaRDD<Tuple2<String, String>> matches, int partitions) {
        JavaPairRDD<String, String> edges = matches.flatMapToPair(m -> List.of(m, m.swap()).iterator())
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        JavaPairRDD<String, String> labels = edges.keys().distinct(partitions).mapToPair(v -> new Tuple2<>(v, v))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        while (true) {
            JavaPairRDD<String, String> proposed = edges.join(labels, partitions)
                    .mapToPair(e -> new Tuple2<>(e._2()._1(), e._2()._2()));
            JavaPairRDD<String, String> next = labels.union(proposed)
                    .reduceByKey((a, b) -> a.compareTo(b) <= 0 ? a : b, partitions)
                    .persist(StorageLevel.MEMORY_AND_DISK_SER());
            long changed = next.join(labels, partitions).filter(l -> !l._2()._1().equals(l._2()._2())).count();
            labels.unpersist(false);
            labels = next;
            if (changed == 0) {
                edges.unpersist(false);
                return labels;
            }
        }
    }

    /** Every ordered pair of different events of one cluster: the closure ({@code ng:sameEventAs}). */
    static JavaRDD<Tuple2<String, String>> closure(JavaPairRDD<String, String> clusters, int partitions) {
        return clusters.mapToPair(Tuple2::swap).groupByKey(partitions).flatMap(cluster -> {
            List<String> members = new ArrayList<>();
            cluster._2().forEach(members::add);
            List<Tuple2<String, String>> out = new ArrayList<>();
            for (String a : members) {
                for (String b : members) {
                    if (!a.equals(b)) {
                        out.add(new Tuple2<>(a, b));
                    }
                }
            }
            return out.iterator();
        });
    }
}
