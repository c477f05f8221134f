package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.newsgraph.model.AnnotatedArticle;
import org.newsgraph.model.EntityKey;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventClass;
import org.newsgraph.model.EventMention;
import org.newsgraph.model.Evidence;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Status;
import org.newsgraph.model.TimeValue;

/**
 * Joins the mentions of one event within an article. A later mention joins an earlier event of the same class
 * and status when it refers back to it ("the talks", "this meeting") or names no participant, or when its
 * participants are a subset or superset of the event's; and only when places and dates do not disagree.
 * Statements are never joined: each is its own utterance.
 */
final class EventMerger {
    private EventMerger() {
    }

    private static final class Draft {
        final EventClass type;
        final Status status;
        final Set<EntityKey> agents = new LinkedHashSet<>();
        final Set<EntityKey> targets = new LinkedHashSet<>();
        final Set<EntityKey> others = new LinkedHashSet<>();
        Optional<EntityKey> place = Optional.empty();
        Optional<TimeValue> date = Optional.empty();
        Optional<String> duration = Optional.empty();
        Optional<String> quote = Optional.empty();
        Optional<String> topic = Optional.empty();
        double confidence;
        final List<Evidence> evidence = new ArrayList<>();
        final Set<Integer> sentences = new java.util.HashSet<>();

        Draft(EventClass type, Status status) {
            this.type = type;
            this.status = status;
        }

        Set<EntityKey> participants() {
            Set<EntityKey> all = new LinkedHashSet<>(agents);
            all.addAll(targets);
            all.addAll(others);
            return all;
        }
    }

    static List<Event> merge(AnnotatedArticle article, List<EventMention> inTextOrder, Coreference.Chains chains) {
        List<EventMention> mentions = joinOccasions(article, inTextOrder);
        List<Draft> drafts = new ArrayList<>();
        Map<EventMention, Draft> draftOf = new IdentityHashMap<>();
        for (EventMention m : mentions) {
            List<EntityKey> agents = ArticleResolver.keys(m.agents(), chains);
            List<EntityKey> targets = ArticleResolver.keys(m.targets(), chains);
            List<EntityKey> others = ArticleResolver.keys(m.participants(), chains);
            Optional<EntityKey> place = m.place().flatMap(p -> ArticleResolver.key(p, chains));
            Set<EntityKey> participants = new LinkedHashSet<>(agents);
            participants.addAll(targets);
            participants.addAll(others);
            Draft draft = m.type() == EventClass.STATEMENT ? sameUtterance(drafts, m, participants)
                    : target(drafts, m, participants, place, isOrderedAgainst(article, m));
            if (draft == null) {
                if (participants.isEmpty() && place.isEmpty() && (m.anaphoric() || m.duration().isEmpty())) {
                    continue;
                }
                draft = new Draft(m.type(), m.status());
                drafts.add(draft);
            }
            draft.agents.addAll(agents);
            draft.targets.addAll(targets);
            draft.others.addAll(others);
            draft.others.removeAll(draft.agents);
            draft.others.removeAll(draft.targets);
            draft.place = draft.place.or(() -> place);
            draft.date = draft.date.or(m::date);
            draft.duration = draft.duration.or(m::duration);
            draft.quote = draft.quote.or(m::quote);
            draft.topic = draft.topic.or(m::topic);
            draft.confidence = Math.max(draft.confidence, m.confidence());
            draftOf.put(m, draft);
            draft.sentences.add(m.trigger().sentence());
            draft.evidence.add(new Evidence(m.trigger().anchor(), m.trigger().begin(), m.trigger().end(),
                    article.sentenceTextThrough(m.trigger().sentence(), m.trigger().end()), m.extractor()));
        }
        shareTimeOfSimultaneous(article, mentions, draftOf);
        dateByTheLead(article, mentions, draftOf);
        placeAtTheirVisit(drafts);
        List<Event> events = new ArrayList<>();
        for (Draft d : drafts) {
            if (d.participants().isEmpty() && d.place.isEmpty()) {
                continue;
            }
            events.add(new Event(events.size() + 1, d.type, List.copyOf(d.agents), List.copyOf(d.targets),
                    List.copyOf(d.others), d.place, d.date, d.duration, d.quote, d.topic, d.status, d.confidence,
                    d.evidence));
        }
        return events;
    }

    /**
     * "The deal was made at a summit with …", "Lima spoke during talks with Berg": an event named
     * after "at" or "during" right after another event's trigger, in its clause, happens at the same time and
     * place; each takes the date and place the other has (after joining, so a date the story gave once for
     * the agreement dates the meeting too).
     */
    private static void shareTimeOfSimultaneous(AnnotatedArticle article, List<EventMention> mentions,
                                                Map<EventMention, Draft> draftOf) {
        for (int k = 1; k < mentions.size(); k++) {
            EventMention first = mentions.get(k - 1);
            EventMention second = mentions.get(k);
            Draft a = draftOf.get(first);
            Draft b = draftOf.get(second);
            if (a == null || b == null || a == b || first.trigger().sentence() != second.trigger().sentence()
                    || !namedAsItsOccasion(article.sentence(second.trigger().sentence()), first, second)) {
                continue;
            }
            if (a.date.isEmpty() || b.date.isEmpty()) {
                Optional<TimeValue> date = a.date.or(() -> b.date);
                a.date = date;
                b.date = date;
            }
            if (a.place.isEmpty() || b.place.isEmpty()) {
                Optional<EntityKey> place = a.place.or(() -> b.place);
                a.place = place;
                b.place = place;
            }
        }
    }

    /** How many sentences after the lead still elaborate it, as a wire story's second and third paragraphs do. */
    private static final int ELABORATION = 3;

    /**
     * "X on Friday expressed satisfaction … . “…,” X said when meeting Y": a wire story's lead dates its
     * statement, and the sentences right after it elaborate that statement without repeating the date. A statement
     * of the lead's speaker in the past tense, with no date, within {@value #ELABORATION} sentences of the lead,
     * is of the lead's day; and so is an event in its "when", "while" or "as" clause ("when meeting Y").
     */
    private static void dateByTheLead(AnnotatedArticle article, List<EventMention> mentions,
                                      Map<EventMention, Draft> draftOf) {
        Optional<EventMention> lead = mentions.stream().filter(m -> m.type() == EventClass.STATEMENT)
                .filter(m -> draftOf.containsKey(m) && draftOf.get(m).date.isPresent())
                .findFirst().filter(m -> m.trigger().sentence() <= ELABORATION);
        if (lead.isEmpty()) {
            return;
        }
        Draft said = draftOf.get(lead.get());
        TimeValue day = said.date.get();
        for (EventMention m : mentions) {
            Draft d = draftOf.get(m);
            int sentence = m.trigger().sentence();
            if (d == null || d == said || d.type != EventClass.STATEMENT || d.date.isPresent()
                    || d.status != Status.OCCURRED || sentence <= lead.get().trigger().sentence()
                    || sentence > lead.get().trigger().sentence() + ELABORATION
                    || !d.agents.equals(said.agents) || !isPastVerb(article, m)) {
                continue;
            }
            d.date = Optional.of(day);
            for (EventMention other : mentions) {
                Draft o = draftOf.get(other);
                if (o != null && o.date.isEmpty() && other.trigger().sentence() == sentence
                        && other.trigger().begin() > m.trigger().begin()
                        && inClauseOfTheSameTime(article.sentence(sentence), other)) {
                    o.date = Optional.of(day);
                }
            }
        }
    }

    private static boolean isPastVerb(AnnotatedArticle article, EventMention m) {
        Sentence s = article.sentence(m.trigger().sentence());
        int i = indexOf(s, m.trigger().begin());
        if (i < 0) {
            return false;
        }
        String word = s.token(i).text().toLowerCase(Locale.ROOT);
        return s.token(i).is("VERB") && !word.equals(s.token(i).lemma()) && !word.endsWith("s") && !word.endsWith("ing");
    }

    /** "when meeting Y", "while visiting Z": the trigger right after "when", "while" or "as". */
    private static boolean inClauseOfTheSameTime(Sentence s, EventMention m) {
        int i = indexOf(s, m.trigger().begin());
        return i > 0 && Set.of("when", "while", "as").contains(s.token(i - 1).text().toLowerCase(Locale.ROOT));
    }

    /**
     * "The agreement was reached at a meeting between A and B on Monday": before events are joined, the
     * occasion takes the date of what happens at it, which takes the occasion's parties (a statement excepted:
     * its speaker is who spoke), its place and its date; so each joins only mentions of its own time.
     */
    private static List<EventMention> joinOccasions(AnnotatedArticle article, List<EventMention> inTextOrder) {
        List<EventMention> out = new ArrayList<>(inTextOrder);
        for (int k = 1; k < out.size(); k++) {
            EventMention act = out.get(k - 1);
            EventMention occasion = out.get(k);
            if (act.trigger().sentence() == occasion.trigger().sentence()
                    && namedAsItsOccasion(article.sentence(occasion.trigger().sentence()), act, occasion)) {
                EventMention dated = occasion.datedAs(act);
                out.set(k, dated);
                out.set(k - 1, act.type() == EventClass.STATEMENT ? act.datedAs(dated)
                        : act.within(dated, true).withStatus(act.status()));
            }
        }
        return out;
    }

    /** "made at a summit", "said during the talks": only articles, adjectives and the verb's particle between. */
    private static boolean namedAsItsOccasion(Sentence s, EventMention first, EventMention second) {
        int k = indexOf(s, second.trigger().begin()) - 1;
        while (k > 0 && (s.token(k).is("DET") || s.token(k).is("ADJ") || s.token(k).is("NUM"))) {
            k--;
        }
        if (k < 1 || !Set.of("at", "during").contains(s.token(k).text().toLowerCase(Locale.ROOT))) {
            return false;
        }
        int verb = indexOf(s, first.trigger().begin());
        return verb >= 0 && verb < k && k - verb <= 3;
    }

    /**
     * "met Berg before the leaders' summit", "spoke after the talks": a noun named as the time of another event
     * of its sentence, so not that event.
     */
    private static boolean isOrderedAgainst(AnnotatedArticle article, EventMention m) {
        Sentence s = article.sentence(m.trigger().sentence());
        int k = indexOf(s, m.trigger().begin()) - 1;
        while (k > 0 && (Set.of("DET", "ADJ", "NUM", "NOUN", "PROPN", "PART").contains(s.token(k).tag())
                || s.token(k).text().equals("'") || s.token(k).text().equals("-"))) {
            k--;
        }
        String word = k >= 0 ? s.token(k).text().toLowerCase(Locale.ROOT) : "";
        return Set.of("before", "after", "since", "until").contains(word)
                || word.equals("of") && k > 0 && s.token(k - 1).text().equalsIgnoreCase("ahead");
    }

    private static int indexOf(Sentence s, int begin) {
        for (int i = 0; i < s.size(); i++) {
            if (s.token(i).begin() == begin) {
                return i;
            }
        }
        return -1;
    }

    /** Events that happen where their people are: talks, meetings, agreements, not calls or statements. */
    private static final Set<EventClass> HELD_IN_PERSON = Set.of(EventClass.MEETING, EventClass.NEGOTIATION,
            EventClass.AGREEMENT);

    /**
     * "Berg arrived in Lisbon on Monday. … Berg held talks with Lima": a meeting, negotiation or agreement that
     * names no place, one of whose people is the traveller of a visit the article reports as made (the nearest
     * before it, else the first after), happens where that visit went; unless their dates differ.
     */
    private static void placeAtTheirVisit(List<Draft> drafts) {
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            if (d.place.isPresent() || !HELD_IN_PERSON.contains(d.type)) {
                continue;
            }
            Draft visit = null;
            for (int j = 0; j < drafts.size(); j++) {
                Draft v = drafts.get(j);
                boolean traveller = v.type == EventClass.VISIT && v.status == Status.OCCURRED && v.place.isPresent()
                        && v.agents.stream().anyMatch(d.participants()::contains)
                        && (d.date.isEmpty() || v.date.isEmpty() || d.date.equals(v.date));
                if (traveller && (visit == null || j < i)) {
                    visit = v;
                }
            }
            if (visit != null) {
                d.place = visit.place;
            }
        }
    }

    /** Events of no particular class join only when named by words of one stem ("entered", "entering"). */
    private static boolean sameStem(Draft d, EventMention m) {
        String stem = EventLinker.stem(m.trigger().anchor());
        return d.evidence.stream().anyMatch(e -> EventLinker.stem(e.anchor()).equals(stem));
    }

    /** "X said in his speech": a statement in the same sentence by the same speakers is the same utterance. */
    private static Draft sameUtterance(List<Draft> drafts, EventMention m, Set<EntityKey> speakers) {
        for (Draft d : drafts) {
            boolean sameSentence = d.sentences.contains(m.trigger().sentence());
            if (d.type == EventClass.STATEMENT && sameSentence && d.participants().equals(speakers)
                    && (d.quote.isEmpty() || m.quote().isEmpty())) {
                return d;
            }
        }
        return null;
    }

    /** The earlier event this mention joins, or null. */
    private static Draft target(List<Draft> drafts, EventMention m, Set<EntityKey> participants,
                                Optional<EntityKey> place, boolean ordered) {
        for (int i = drafts.size() - 1; i >= 0; i--) {
            Draft d = drafts.get(i);
            if (d.type != m.type() || d.status != m.status()
                    || m.type() == EventClass.EVENT && !sameStem(d, m)
                    || ordered && d.sentences.contains(m.trigger().sentence())) {
                continue;
            }
            boolean placesAgree = place.isEmpty() || d.place.isEmpty() || place.equals(d.place);
            boolean datesAgree = m.date().isEmpty() || d.date.isEmpty() || m.date().equals(d.date);
            if (!placesAgree || !datesAgree) {
                continue;
            }
            Set<EntityKey> existing = d.participants();
            boolean refersBack = m.anaphoric() || participants.isEmpty();
            boolean sameParties = !participants.isEmpty() && !existing.isEmpty()
                    && (existing.containsAll(participants) || participants.containsAll(existing));
            boolean samePlaceNoParties = existing.isEmpty() && place.isPresent() && place.equals(d.place);
            if (refersBack || sameParties || samePlaceNoParties) {
                return d;
            }
        }
        return null;
    }
}
