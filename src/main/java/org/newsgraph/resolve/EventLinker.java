package org.newsgraph.resolve;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.newsgraph.model.ArticleGraph;
import org.newsgraph.model.EntityKey;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventClass;
import org.newsgraph.model.TimeValue;
import org.newsgraph.vocab.Iris;

/**
 * Finds the events of other articles that report the same real-world event as one of this article's: same or
 * compatible class, same status, participants that overlap (all of the smaller side's people and
 * organisations), places that agree (or one unknown), and dates compatible within the precision both give —
 * or, with no event date, articles published within a week of each other. Statements are not linked: the same
 * words reported twice are one statement only when quoted alike, which this does not check yet.
 */
public final class EventLinker {
    /** Articles without event dates report the same event only if published this close together. */
    private static final long PUBLICATION_WINDOW_DAYS = 7;

    /** A pair of events, by IRI, that report the same real-world event. */
    public record Link(String event, String other) {
    }

    private final CorpusIndex index;

    public EventLinker(CorpusIndex index) {
        this.index = index;
    }

    public List<Link> links(ArticleGraph graph) {
        List<Link> links = new ArrayList<>();
        String articleId = graph.article().id();
        Optional<LocalDate> published = graph.article().date();
        for (Event event : graph.events()) {
            if (event.type() == EventClass.STATEMENT || event.allParticipants().isEmpty()) {
                continue;
            }
            Set<EntityKey> participants = new LinkedHashSet<>(event.allParticipants());
            Set<String> seen = new HashSet<>();
            for (EntityKey participant : participants) {
                for (CorpusIndex.KnownEvent known : index.eventsWith(participant)) {
                    if (known.articleId().equals(articleId) || !seen.add(known.iri())) {
                        continue;
                    }
                    if (sameEvent(event, participants, published, known)) {
                        links.add(new Link(Iris.event(articleId, event.number()), known.iri()));
                    }
                }
            }
        }
        return links;
    }

    static boolean sameEvent(Event event, Set<EntityKey> participants, Optional<LocalDate> published,
                             CorpusIndex.KnownEvent known) {
        if (!compatible(event.type(), known.type()) || event.status() != known.status()) {
            return false;
        }
        Set<EntityKey> shared = new HashSet<>(participants);
        shared.retainAll(known.participants());
        int smaller = Math.min(participants.size(), known.participants().size());
        if (shared.isEmpty() || shared.size() < Math.min(smaller, 2)) {
            return false;
        }
        boolean placesAgree = event.place().isEmpty() || known.place().isEmpty() || event.place().equals(known.place());
        return placesAgree && datesAgree(event.date(), known.date(), published, known.published());
    }

    static boolean compatible(EventClass a, EventClass b) {
        Set<EventClass> talks = Set.of(EventClass.MEETING, EventClass.NEGOTIATION);
        return a == b || talks.contains(a) && talks.contains(b);
    }

    static boolean datesAgree(Optional<TimeValue> a, Optional<TimeValue> b, Optional<LocalDate> publishedA,
                              Optional<LocalDate> publishedB) {
        if (a.isPresent() && b.isPresent()) {
            return within(a.get(), b.get());
        }
        if (publishedA.isPresent() && publishedB.isPresent()) {
            return Math.abs(ChronoUnit.DAYS.between(publishedA.get(), publishedB.get())) <= PUBLICATION_WINDOW_DAYS;
        }
        return true;
    }

    /** Same year, and same month and day where both give them. */
    static boolean within(TimeValue a, TimeValue b) {
        return a.year() == b.year() && (a.month() == 0 || b.month() == 0 || a.month() == b.month())
                && (a.day() == 0 || b.day() == 0 || a.day() == b.day());
    }
}
