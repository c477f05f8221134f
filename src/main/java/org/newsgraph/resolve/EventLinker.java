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

    private static final String ANY = "any";

    /** A pair of events, by IRI, that report the same real-world event. */
    public record Link(String event, String other) {
    }

    private final CorpusIndex index;

    public EventLinker(CorpusIndex index) {
        this.index = index;
    }

    /**
     * The matches of these stored events among the events of other articles. Two events are candidates when
     * they are filed under a common key that at most {@link CorpusIndex#MAX_EVENTS_PER_KEY} events share (a
     * function of the set of articles, so the links do not depend on the order they came in), and they match
     * when {@link #sameEvent} says so, which is symmetric.
     */
    public List<Link> links(List<CorpusIndex.KnownEvent> events) {
        Set<String> allKeys = new LinkedHashSet<>();
        events.forEach(e -> allKeys.addAll(e.linkKeys()));
        Map<String, List<CorpusIndex.KnownEvent>> candidates = allKeys.isEmpty() ? Map.of()
                : index.eventsByLinkKeys(allKeys);
        List<Link> links = new ArrayList<>();
        for (CorpusIndex.KnownEvent event : events) {
            Set<String> seen = new HashSet<>();
            for (String key : event.linkKeys()) {
                for (CorpusIndex.KnownEvent known : candidates.getOrDefault(key, List.of())) {
                    if (!known.articleId().equals(event.articleId()) && seen.add(known.iri())
                            && sameEvent(event, known)) {
                        links.add(new Link(event.iri(), known.iri()));
                    }
                }
            }
        }
        return links;
    }

    /**
     * The pairs of these events (of different articles) that report the same real-world event: what a key
     * they are all filed under joins once it is no longer too common.
     */
    public static List<Link> pairs(List<CorpusIndex.KnownEvent> events) {
        List<Link> out = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            for (int j = i + 1; j < events.size(); j++) {
                CorpusIndex.KnownEvent a = events.get(i);
                CorpusIndex.KnownEvent b = events.get(j);
                if (!a.articleId().equals(b.articleId()) && sameEvent(a, b)) {
                    out.add(new Link(a.iri(), b.iri()));
                }
            }
        }
        return out;
    }

    /**
     * Whether two events still share a link key that is not too common (so they stay candidates); what is known
     * of keys' commonness is kept in {@code common} and added to.
     */
    public boolean candidates(CorpusIndex.KnownEvent a, CorpusIndex.KnownEvent b, Map<String, Boolean> common) {
        Set<String> shared = new HashSet<>(a.linkKeys());
        shared.retainAll(b.linkKeys());
        Set<String> unknown = new HashSet<>(shared);
        unknown.removeAll(common.keySet());
        if (!unknown.isEmpty()) {
            Set<String> found = index.commonLinkKeys(unknown);
            unknown.forEach(k -> common.put(k, found.contains(k)));
        }
        return shared.stream().anyMatch(k -> !common.get(k));
    }

    /**
     * The keys an event is filed under for linking: for each of its participants (or its place when it names
     * none), its class group with the month it happened in (or its article was published in), the month
     * before or after when its day lies within the publication window of the month's edge, and "any" month;
     * an event with no month, "any" only. A statement without a quote is never linked, so it is filed under
     * nothing. Candidates are looked up by key, never by a scan: the cost stays flat as the corpus grows.
     */
    public static Set<String> keys(Event event, Optional<LocalDate> published) {
        Set<String> keys = new LinkedHashSet<>();
        Optional<java.time.YearMonth> month = bucket(event, published);
        List<java.time.YearMonth> months = month.map(m -> neighbours(m, event, published)).orElse(List.of());
        for (EntityKey filed : filedUnder(event)) {
            for (EntityKey entity : new LinkedHashSet<>(List.of(filed, spelling(filed)))) {
                for (java.time.YearMonth m : months) {
                    keys.add(key(event.type(), m.toString(), entity));
                }
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

    /**
     * A person's identity as two reports may spell the given name: "Lottie Harrow" and "Lotty Harrow", "Phillip"
     * and "Philip", "Anne" and "Ann" (lower case, doubled letters single, a final "-ie", "-ey", "-i" or "-y" as
     * "y", a final "e" dropped); the surname as written. Anyone else as named. An extra key to file events under
     * (the exact one stays, so stores written before keep finding their events), and how participants compare.
     */
    static EntityKey spelling(EntityKey key) {
        String[] words = key.name().split(" ");
        if (key.type() != EntityType.PERSON || words.length < 2) {
            return key;
        }
        String given = words[0].toLowerCase(java.util.Locale.ROOT).replaceAll("(\\p{L})\\1+", "$1")
                .replaceAll("(ie|ey|i|y)$", "y").replaceAll("(?<=..)e$", "");
        return new EntityKey(EntityType.PERSON, given + " " + words[words.length - 1]);
    }

    /** Participants as linking compares them: by the IRI of their {@link #spelling}, whatever an article's punctuation. */
    private static Set<String> spellings(java.util.Collection<EntityKey> keys) {
        Set<String> out = new LinkedHashSet<>();
        keys.forEach(k -> out.add(Iris.entity(spelling(identity(k)))));
        return out;
    }

    /** Speakers as linking compares them: by the IRI of their {@link #identity}. */
    private static Set<String> speakers(java.util.Collection<EntityKey> keys) {
        Set<String> out = new HashSet<>();
        keys.forEach(k -> out.add(Iris.entity(identity(k))));
        return out;
    }

    /** Whether two places are one: the same IRI ("Tarvos Corp." and "Tarvos Corp" are one node). */
    private static boolean samePlace(Optional<EntityKey> a, Optional<EntityKey> b) {
        return a.isPresent() && b.isPresent() && Iris.entity(a.get()).equals(Iris.entity(b.get()));
    }

    /**
     * The month an event is filed under: its own; or, when it has none, its article's, unless its year says
     * it happened in another ("its 1990 invasion" in a story of 1998 is filed under "any" month only).
     */
    private static Optional<java.time.YearMonth> bucket(Event event, Optional<LocalDate> published) {
        Optional<TimeValue> date = event.date().filter(d -> d.month() > 0);
        if (date.isPresent()) {
            return Optional.of(java.time.YearMonth.of(date.get().year(), date.get().month()));
        }
        boolean otherYear = event.date().isPresent()
                && published.map(p -> p.getYear() != event.date().get().year()).orElse(true);
        return otherYear ? Optional.empty() : published.map(java.time.YearMonth::from);
    }

    private static String key(EventClass type, String bucket, EntityKey entity) {
        EventClass group = type == EventClass.NEGOTIATION ? EventClass.MEETING : type;
        return group.localName() + "|" + bucket + "|" + Iris.entity(entity);
    }

    /** Whether two stored events report the same real-world event. Symmetric. */
    static boolean sameEvent(CorpusIndex.KnownEvent a, CorpusIndex.KnownEvent b) {
        if (!compatible(a.type(), b.type()) || a.status() != b.status()) {
            return false;
        }
        if (a.type() == EventClass.STATEMENT) {
            return sameStatement(a, b);
        }
        if (a.participants().isEmpty() || b.participants().isEmpty()) {
            return sameHappening(a, b);
        }
        Set<String> left = spellings(a.participants());
        Set<String> right = spellings(b.participants());
        Set<String> shared = new HashSet<>(left);
        shared.retainAll(right);
        int smaller = Math.min(left.size(), right.size());
        if (shared.isEmpty() || shared.size() < Math.min(smaller, 2)
                || STAGED.contains(a.type()) && !sameTrigger(a, b)) {
            return false;
        }
        boolean placesAgree = a.place().isEmpty() || b.place().isEmpty() || samePlace(a.place(), b.place());
        return placesAgree && datesAgree(a.date(), b.date(), a.published(), b.published());
    }

    /**
     * Two reports of one statement: the same speakers (by {@link #identity}: with or without a middle name) quoted
     * in words that begin alike (the first words of the shorter quote, normalised), reported within two days of
     * each other where both dates are known. A speaker says many things in a week, so statements without quotes
     * are never linked.
     */
    private static boolean sameStatement(CorpusIndex.KnownEvent a, CorpusIndex.KnownEvent b) {
        if (a.agents().isEmpty() || !speakers(a.agents()).equals(speakers(b.agents()))
                || a.quote().isEmpty() || b.quote().isEmpty()) {
            return false;
        }
        boolean close = a.published().isEmpty() || b.published().isEmpty()
                || Math.abs(ChronoUnit.DAYS.between(a.published().get(), b.published().get())) <= STATEMENT_WINDOW_DAYS;
        return close && sameWords(a.quote().get(), b.quote().get());
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
    private static boolean sameHappening(CorpusIndex.KnownEvent a, CorpusIndex.KnownEvent b) {
        return samePlace(a.place(), b.place()) && sameTrigger(a, b)
                && bothOrNeitherDated(a, b) && datesAgree(a.date(), b.date(), a.published(), b.published());
    }

    /**
     * Whether both reports are dated (by the event or the article) or neither is. With no participant to go by,
     * a dated report and an undated one cannot be placed in time against each other, and happenings recur (a
     * second fire at one supermarket). Where no report is dated, time is no evidence either way.
     */
    private static boolean bothOrNeitherDated(CorpusIndex.KnownEvent a, CorpusIndex.KnownEvent b) {
        boolean dated = a.date().isPresent() || a.published().isPresent();
        boolean otherDated = b.date().isPresent() || b.published().isPresent();
        return dated == otherDated;
    }

    /** For events of no particular class, the trigger words must share their stem ("entered", "entering"). */
    private static boolean sameTrigger(CorpusIndex.KnownEvent a, CorpusIndex.KnownEvent b) {
        for (String anchor : a.anchors()) {
            String stem = stem(anchor);
            if (b.anchors().stream().anyMatch(other -> stem(other).equals(stem))) {
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
