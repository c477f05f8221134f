package org.newsgraph.resolve;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.newsgraph.model.BinaryFields;
import org.newsgraph.model.EntityKey;
import org.newsgraph.model.EventClass;
import org.newsgraph.model.Status;
import org.newsgraph.model.TimeValue;

/**
 * What resolution and linking know of the corpus ({@link CorpusIndex.KnownEntity}, {@link CorpusIndex.KnownEvent})
 * as compact bytes, and back: how a cluster job groups them by name key and link key. Decoding gives records
 * equal to those encoded.
 */
public final class KnownCodec {
    private KnownCodec() {
    }

    public static byte[] encode(CorpusIndex.KnownEntity entity) {
        return BinaryFields.write(out -> entity(out, entity));
    }

    public static CorpusIndex.KnownEntity decodeEntity(byte[] bytes) {
        return BinaryFields.read(bytes, KnownCodec::entity);
    }

    /** Several entities in one value: a surname's namesakes as one article is told of them. */
    public static byte[] encode(List<CorpusIndex.KnownEntity> entities) {
        return BinaryFields.write(out -> {
            out.writeInt(entities.size());
            for (CorpusIndex.KnownEntity entity : entities) {
                entity(out, entity);
            }
        });
    }

    public static List<CorpusIndex.KnownEntity> decodeEntities(byte[] bytes) {
        return BinaryFields.read(bytes, in -> {
            List<CorpusIndex.KnownEntity> out = new java.util.ArrayList<>();
            for (int n = in.readInt(); n > 0; n--) {
                out.add(entity(in));
            }
            return out;
        });
    }

    private static void entity(DataOutputStream out, CorpusIndex.KnownEntity entity) throws IOException {
        BinaryFields.key(out, entity.key());
        BinaryFields.strings(out, entity.titles());
        BinaryFields.keys(out, entity.affiliations());
    }

    private static CorpusIndex.KnownEntity entity(DataInputStream in) throws IOException {
        return new CorpusIndex.KnownEntity(BinaryFields.key(in), new HashSet<>(BinaryFields.strings(in)),
                new HashSet<>(BinaryFields.keys(in)));
    }

    public static byte[] encode(CorpusIndex.KnownEvent e) {
        return BinaryFields.write(out -> {
            BinaryFields.string(out, e.iri());
            BinaryFields.string(out, e.articleId());
            BinaryFields.string(out, e.type().name());
            BinaryFields.keys(out, e.participants());
            BinaryFields.optionalKey(out, e.place());
            BinaryFields.time(out, e.date());
            BinaryFields.string(out, e.status().name());
            BinaryFields.optional(out, e.published().map(LocalDate::toString));
            BinaryFields.keys(out, e.agents());
            BinaryFields.strings(out, e.anchors());
            BinaryFields.optional(out, e.quote());
            BinaryFields.strings(out, e.linkKeys());
        });
    }

    public static CorpusIndex.KnownEvent decodeEvent(byte[] bytes) {
        return BinaryFields.read(bytes, in -> {
            String iri = BinaryFields.string(in);
            String articleId = BinaryFields.string(in);
            EventClass type = EventClass.valueOf(BinaryFields.string(in));
            Set<EntityKey> participants = new HashSet<>(BinaryFields.keys(in));
            Optional<EntityKey> place = BinaryFields.optionalKey(in);
            Optional<TimeValue> date = BinaryFields.time(in);
            Status status = Status.valueOf(BinaryFields.string(in));
            Optional<LocalDate> published = BinaryFields.optional(in).map(LocalDate::parse);
            Set<EntityKey> agents = new HashSet<>(BinaryFields.keys(in));
            Set<String> anchors = new HashSet<>(BinaryFields.strings(in));
            Optional<String> quote = BinaryFields.optional(in);
            Set<String> linkKeys = new HashSet<>(BinaryFields.strings(in));
            return new CorpusIndex.KnownEvent(iri, articleId, type, participants, place, date, status, published,
                    agents, anchors, quote, linkKeys);
        });
    }
}
