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
public interface CorpusIndex extends Namesakes {
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
                      Optional<String> quote, Set<String> linkKeys) {
        public KnownEvent {
            participants = Set.copyOf(participants);
            agents = Set.copyOf(agents);
            anchors = Set.copyOf(anchors);
            linkKeys = Set.copyOf(linkKeys);
        }
    }

    /**
     * A link key filed under by more events than this is too common to tell events apart (every story of the
     * month about one country): it yields no candidates, which also keeps linking's cost flat.
     */
    int MAX_EVENTS_PER_KEY = 40;

    /**
     * The people named in full under this surname key by articles other than {@code exceptArticle}, with the
     * titles and affiliations those articles give them. Only articles that name a person in full count: one
     * that names them by the surname alone (resolved to them or not) says nothing of who they are, so
     * resolution never feeds on its own results. At most {@code cap} people are described; that many means
     * the surname is too common to resolve.
     */
    @Override
    List<KnownEntity> namedInFull(String surnameKey, String exceptArticle, int cap);

    /** How many people articles other than {@code exceptArticle} name in full under this surname key, up to a cap. */
    int countNamedInFull(String surnameKey, String exceptArticle, int cap);

    /** Whether an article other than {@code exceptArticle} names this person in full. */
    boolean namedInFullElsewhere(EntityKey person, String exceptArticle);

    /** Whether an article other than {@code exceptArticle} that names this person in full gives them this title. */
    boolean titleElsewhere(EntityKey person, String title, String exceptArticle);

    /** Whether an article other than {@code exceptArticle} that names this person in full affiliates them so. */
    boolean affiliationElsewhere(EntityKey person, EntityKey group, String exceptArticle);

    /** What one article says of the people it names in full under this surname key (none when it names none). */
    Set<KnownEntity> namedInFullBy(String articleId, String surnameKey);

    /** The surname keys of the people an article names in full. */
    Set<String> surnamesNamedInFullBy(String articleId);

    /** The ids of the articles that name a person by this surname alone, whether it was resolved or not. */
    Set<String> shortFormArticles(String surnameKey);

    /**
     * The events filed under each of these link keys (see {@link EventLinker#keys}), looked up together; a key
     * too common to tell events apart gives none.
     */
    Map<String, List<KnownEvent>> eventsByLinkKeys(Set<String> linkKeys);

    /** Which of these link keys are too common: more than {@link #MAX_EVENTS_PER_KEY} events are filed under them. */
    Set<String> commonLinkKeys(Set<String> linkKeys);

    /** Every event filed under a link key, however many. */
    List<KnownEvent> eventsUnder(String linkKey);

    /** The events of one article. */
    List<KnownEvent> eventsOf(String articleId);
}
