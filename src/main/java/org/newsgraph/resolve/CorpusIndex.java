package org.newsgraph.resolve;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.newsgraph.model.EntityKey;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.EventClass;
import org.newsgraph.model.Status;
import org.newsgraph.model.TimeValue;

/**
 * What cross-article resolution needs to know about the articles already stored, looked up by keys: people by
 * surname, events by link key. The store implements it; on a cluster it becomes a group-by on the key.
 */
public interface CorpusIndex {
    /** An entity the corpus knows, with what the articles say about it. */
    record KnownEntity(EntityKey key, Set<String> titles, Set<EntityKey> affiliations) {
        public KnownEntity {
            titles = Set.copyOf(titles);
            affiliations = Set.copyOf(affiliations);
        }
    }

    /** An event the corpus knows. */
    record KnownEvent(String iri, String articleId, EventClass type, Set<EntityKey> participants,
                      Optional<EntityKey> place, Optional<TimeValue> date, Status status,
                      Optional<java.time.LocalDate> published, Set<EntityKey> agents, Set<String> anchors,
                      Optional<String> quote) {
        public KnownEvent {
            participants = Set.copyOf(participants);
            agents = Set.copyOf(agents);
            anchors = Set.copyOf(anchors);
        }
    }

    /** Entities of this type with this name key that an article other than {@code exceptArticle} mentions. */
    List<KnownEntity> entitiesByKey(EntityType type, String nameKey, String exceptArticle);

    /**
     * How many people named in full with this surname (a name key) an article other than this one mentions,
     * counted up to {@code cap}.
     */
    long fullNames(String surnameKey, String exceptArticle, long cap);

    /** Whether an article other than this one mentions the entity with this key. */
    boolean mentionedElsewhere(EntityKey key, String exceptArticle);

    /** The ids of the articles that name a person by this one word alone (a name key). */
    Set<String> shortFormArticles(String nameKey);

    /**
     * The events filed under each of these link keys (see {@link EventLinker#keys}), looked up together; a key
     * too common to tell events apart gives none.
     */
    Map<String, List<KnownEvent>> eventsByLinkKeys(Set<String> linkKeys);
}
