package org.newsgraph.resolve;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.newsgraph.model.ArticleGraph;
import org.newsgraph.model.EntityKey;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventClass;
import org.newsgraph.model.TimeValue;
import org.newsgraph.vocab.Iris;

/**
 * Finds the events of other articles that report the same real-world event as one of this article's: same or
 * compatible class, same status, participants that overlap (all of the smaller side's people and
 * organisations), places that agree (or one unknown), and dates compatible within the precision both give —
 * or, with no event date, articles published within a week of each other. Statements are linked when their
 * speakers are the same and their quotes begin with the same words.
 */
public final class EventLinker {
    /** Articles without event dates report the same event only if published this close together. */
    private static final long PUBLICATION_WINDOW_DAYS = 7;
    /** Two reports of one statement are published within this many days of each other. */
    private static final long STATEMENT_WINDOW_DAYS = 2;
    /**
     * Classes whose events come in stages the class does not tell apart (a charge, a conviction and a sentence
     * are all Trial): their reports must also share the trigger's stem. Events of no particular class too.
     */
    private static final Set<EventClass> STAGED = Set.of(EventClass.EVENT, EventClass.TRIAL, EventClass.ELECTION,
            EventClass.APPOINTMENT);

    private static final String UNDATED = "undated";
    private static final String ANY = "any";

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
        Map<Event, Set<String>> keysOf = new java.util.LinkedHashMap<>();
        Set<String> allKeys = new LinkedHashSet<>();
        for (Event event : graph.events()) {
            Set<String> keys = lookupKeys(event, published);
            keysOf.put(event, keys);
            allKeys.addAll(keys);
        }
        Map<String, List<CorpusIndex.KnownEvent>> candidates = allKeys.isEmpty() ? Map.of()
                : index.eventsByLinkKeys(allKeys);
        for (Event event : graph.events()) {
            Set<EntityKey> participants = identities(event.allParticipants());
            Set<String> seen = new HashSet<>();
            for (String key : keysOf.get(event)) {
                for (CorpusIndex.KnownEvent known : candidates.getOrDefault(key, List.of())) {
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

    /**
     * The keys an event is filed under for linking: its class group, the month it happened in (or the month its
     * article was published, or "undated"; and "any" month) and one of its participants — or its place when it
     * names none. A dated event looks up its month, the months either side and the undated; an undated one, any.
     * A statement without a quote is never linked, so it is filed under nothing.
     * Candidates are looked up by key, never by a scan: the cost stays flat as the corpus grows.
     */
    public static Set<String> keys(Event event, Optional<LocalDate> published) {
        Set<String> keys = new LinkedHashSet<>();
        String bucket = bucket(event, published).map(java.time.YearMonth::toString).orElse(UNDATED);
        for (EntityKey entity : filedUnder(event)) {
            keys.add(key(event.type(), bucket, entity));
            keys.add(key(event.type(), ANY, entity));
        }
        return keys;
    }

    /** The keys to look candidates up by: the event's own, and those of the months before and after. */
    static Set<String> lookupKeys(Event event, Optional<LocalDate> published) {
        Set<String> keys = new LinkedHashSet<>();
        Optional<java.time.YearMonth> month = bucket(event, published);
        List<java.time.YearMonth> months = month.map(m -> neighbours(m, event, published)).orElse(List.of());
        for (EntityKey entity : filedUnder(event)) {
            if (month.isPresent()) {
                for (java.time.YearMonth m : months) {
                    keys.add(key(event.type(), m.toString(), entity));
                }
                keys.add(key(event.type(), UNDATED, entity));
            } else {
                keys.add(key(event.type(), ANY, entity));
            }
        }
        return keys;
    }

    /**
     * The months worth looking in: the event's own, and the one before or after when its day lies within the
     * publication window of the month's edge (or its day is unknown).
     */
    private static List<java.time.YearMonth> neighbours(java.time.YearMonth month, Event event,
                                                         Optional<LocalDate> published) {
        Optional<LocalDate> day = event.date().filter(d -> d.day() > 0)
                .map(d -> LocalDate.of(d.year(), d.month(), d.day()))
                .or(() -> event.date().isPresent() ? Optional.empty() : published);
        List<java.time.YearMonth> months = new ArrayList<>(List.of(month));
        if (day.isEmpty() || day.get().getDayOfMonth() <= PUBLICATION_WINDOW_DAYS) {
            months.add(month.minusMonths(1));
        }
        if (day.isEmpty() || day.get().getDayOfMonth() > month.lengthOfMonth() - PUBLICATION_WINDOW_DAYS) {
            months.add(month.plusMonths(1));
        }
        return months;
    }

    private static List<EntityKey> filedUnder(Event event) {
        if (event.type() == EventClass.STATEMENT && event.quote().isEmpty()) {
            return List.of();
        }
        if (!event.allParticipants().isEmpty()) {
            return List.copyOf(identities(event.allParticipants()));
        }
        return event.place().filter(p -> event.type() != EventClass.STATEMENT).map(List::of).orElse(List.of());
    }

    /**
     * Who a participant is for linking: a person by given name and surname, whatever middle names one report
     * gives ("Bettie Mae Page" and "Bettie Page"); anyone else as named.
     */
    static EntityKey identity(EntityKey key) {
        String[] words = key.name().split(" ");
        if (key.type() != EntityType.PERSON || words.length < 3) {
            return key;
        }
        return new EntityKey(EntityType.PERSON, words[0] + " " + words[words.length - 1]);
    }

    private static Set<EntityKey> identities(java.util.Collection<EntityKey> keys) {
        Set<EntityKey> out = new LinkedHashSet<>();
        keys.forEach(k -> out.add(identity(k)));
        return out;
    }

    private static Optional<java.time.YearMonth> bucket(Event event, Optional<LocalDate> published) {
        Optional<TimeValue> date = event.date().filter(d -> d.month() > 0);
        if (date.isPresent()) {
            return Optional.of(java.time.YearMonth.of(date.get().year(), date.get().month()));
        }
        return published.map(java.time.YearMonth::from);
    }

    private static String key(EventClass type, String bucket, EntityKey entity) {
        EventClass group = type == EventClass.NEGOTIATION ? EventClass.MEETING : type;
        return group.localName() + "|" + bucket + "|" + Iris.entity(entity);
    }

    static boolean sameEvent(Event event, Set<EntityKey> participants, Optional<LocalDate> published,
                             CorpusIndex.KnownEvent known) {
        if (!compatible(event.type(), known.type()) || event.status() != known.status()) {
            return false;
        }
        if (event.type() == EventClass.STATEMENT) {
            return sameStatement(event, published, known);
        }
        if (participants.isEmpty() || known.participants().isEmpty()) {
            return sameHappening(event, published, known);
        }
        Set<EntityKey> knownParticipants = identities(known.participants());
        Set<EntityKey> shared = new HashSet<>(participants);
        shared.retainAll(knownParticipants);
        int smaller = Math.min(participants.size(), knownParticipants.size());
        if (shared.isEmpty() || shared.size() < Math.min(smaller, 2)
                || STAGED.contains(event.type()) && !sameTrigger(event, known)) {
            return false;
        }
        boolean placesAgree = event.place().isEmpty() || known.place().isEmpty() || event.place().equals(known.place());
        return placesAgree && datesAgree(event.date(), known.date(), published, known.published());
    }

    /**
     * Two reports of one statement: the same speakers (by {@link #identity}: with or without a middle name) quoted
     * in words that begin alike (the first words of the shorter quote, normalised), reported within two days of
     * each other where both dates are known. A speaker says many things in a week, so statements without quotes
     * are never linked.
     */
    private static boolean sameStatement(Event event, Optional<LocalDate> published, CorpusIndex.KnownEvent known) {
        if (event.agents().isEmpty() || !identities(event.agents()).equals(identities(known.agents()))
                || event.quote().isEmpty() || known.quote().isEmpty()) {
            return false;
        }
        boolean close = published.isEmpty() || known.published().isEmpty()
                || Math.abs(ChronoUnit.DAYS.between(published.get(), known.published().get())) <= STATEMENT_WINDOW_DAYS;
        return close && sameWords(event.quote().get(), known.quote().get());
    }

    /** Whether two quotes begin with the same words (up to six). */
    static boolean sameWords(String a, String b) {
        String[] x = NameKeys.normalize(a).split(" ");
        String[] y = NameKeys.normalize(b).split(" ");
        int n = Math.min(6, Math.min(x.length, y.length));
        if (n < 3) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (!x[i].equals(y[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Events that name no participant (a fire, an earthquake) are the same when they happened at the same place
     * with triggers of one stem, and dates that agree, both reports being dated or neither.
     */
    private static boolean sameHappening(Event event, Optional<LocalDate> published, CorpusIndex.KnownEvent known) {
        return event.place().isPresent() && event.place().equals(known.place()) && sameTrigger(event, known)
                && bothOrNeitherDated(event, published, known)
                && datesAgree(event.date(), known.date(), published, known.published());
    }

    /**
     * Whether both reports are dated (by the event or the article) or neither is. With no participant to go by,
     * a dated report and an undated one cannot be placed in time against each other, and happenings recur (a
     * second fire at one supermarket). Where no report is dated, time is no evidence either way.
     */
    private static boolean bothOrNeitherDated(Event event, Optional<LocalDate> published,
                                              CorpusIndex.KnownEvent known) {
        boolean dated = event.date().isPresent() || published.isPresent();
        boolean knownDated = known.date().isPresent() || known.published().isPresent();
        return dated == knownDated;
    }

    /** For events of no particular class, the trigger words must share their stem ("entered", "entering"). */
    private static boolean sameTrigger(Event event, CorpusIndex.KnownEvent known) {
        for (var evidence : event.evidence()) {
            String stem = stem(evidence.anchor());
            if (known.anchors().stream().anyMatch(a -> stem(a).equals(stem))) {
                return true;
            }
        }
        return false;
    }

    /** A crude stem that tells "entered" and "entering" together and "charged" and "convicted" apart. */
    static String stem(String word) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        return lower.length() <= 4 ? lower : lower.substring(0, 4);
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
