package org.newsgraph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsgraph.model.AnnotatedArticle;
import org.newsgraph.model.EventClass;
import org.newsgraph.model.EventMention;
import org.newsgraph.model.Fact;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Status;
import org.newsgraph.model.TimeValue;
import org.newsgraph.model.Token;
import org.newsgraph.model.Trigger;

/**
 * Events named by verbs ("met", "invaded") and nouns ("talks", "annexation") of the event lexicon. Arguments
 * are read by the trigger's frame: for verbs from the subject, the object and prepositions; for nouns from the
 * possessor ("Russia's annexation"), a name before the noun ("the Oslo meeting") and prepositions ("of
 * Crimea", "with Putin", "led by A and B"). Place, date, duration and factuality come from the same clause.
 */
public final class EventExtractor implements Extractor {
    private static final Set<String> ANAPHORIC_DETERMINERS = Set.of("the", "this", "these", "that", "those",
            "their", "its", "such");
    private static final Set<String> DURATION_UNITS = Set.of("minute", "hour", "day", "week", "month", "year");
    private static final int WINDOW = 8;
    /**
     * "a four-day visit", "the 90-minute meeting", "30-minute-long talks", "a two-day working visit": an amount
     * and a unit joined into one modifier, at most one word before the trigger.
     */
    private static final Pattern MEASURED = Pattern.compile("(?i)\\b([a-z]+|\\d+)\\s?-\\s?(minute|hour|day|week|month|year)"
            + "s?(?:\\s?-\\s?long)?\\s+(?:[a-z]+\\s+)?$");
    private static final Set<String> TOPIC_PREPOSITIONS = Set.of("on", "about", "over", "regarding", "concerning");
    /** Classes whose targets can only be people: a country does not die or get arrested. */
    private static final Set<org.newsgraph.model.EventClass> PERSON_TARGETS = Set.of(
            org.newsgraph.model.EventClass.DEATH, org.newsgraph.model.EventClass.INJURY,
            org.newsgraph.model.EventClass.ARREST, org.newsgraph.model.EventClass.RESIGNATION,
            org.newsgraph.model.EventClass.APPOINTMENT);
    /** What one is charged with doing as a task; "charged with killing" stays an accusation. */
    private static final Set<String> TASKS = Set.of("verify", "oversee", "run", "investigate", "monitor", "draft",
            "implement", "lead", "manage", "coordinate", "supervise", "ensure", "protect", "prepare", "organize",
            "organise", "review", "negotiate", "develop", "maintain", "enforce", "examine", "evaluate", "assess",
            "study", "find", "head", "direct", "administer", "rebuild", "reform", "restore", "handle", "conduct");
    /** Verbs of motion that name a visit only with their destination: "headed for Lisbon", "left for Paris". */
    private static final Set<String> MOTION_NEEDS_DESTINATION = Set.of("head", "leave", "fly");
    private static final Set<String> LIGHT_VERBS = Set.of("hold", "host", "attend", "convene", "chair", "join",
            "have", "make", "conduct", "launch", "stage", "lead", "begin", "start", "resume", "sign", "reach",
            "announce", "impose", "put", "file", "pay", "carry", "receive", "ink", "strike", "refuse", "decline", "reject", "cancel",
            "postpone");

    private final EventLexicon lexicon;
    private final Gazetteer gazetteer;

    private final String name;

    /** The families of events, each read by its own extractor over its part of the lexicon. */
    public static List<EventExtractor> families(EventLexicon lexicon, Gazetteer gazetteer) {
        return List.of(
                new EventExtractor("contact-events", lexicon.only(Set.of(EventClass.MEETING, EventClass.PHONE_CALL,
                        EventClass.VISIT, EventClass.NEGOTIATION)), gazetteer),
                new EventExtractor("cooperation-events", lexicon.only(Set.of(EventClass.AGREEMENT,
                        EventClass.PROPOSAL, EventClass.ANNOUNCEMENT, EventClass.ACQUISITION, EventClass.AWARD)),
                        gazetteer),
                new EventExtractor("conflict-events", lexicon.only(Set.of(EventClass.INVASION, EventClass.ANNEXATION,
                        EventClass.ATTACK, EventClass.SANCTION, EventClass.EXPULSION, EventClass.ARREST,
                        EventClass.PROTEST)), gazetteer),
                new EventExtractor("life-events", lexicon.only(Set.of(EventClass.DEATH, EventClass.INJURY,
                        EventClass.DISASTER, EventClass.APPOINTMENT, EventClass.RESIGNATION, EventClass.ELECTION,
                        EventClass.TRIAL)), gazetteer),
                new EventExtractor("other-events", lexicon.only(Set.of(EventClass.EVENT)), gazetteer));
    }

    public EventExtractor(String name, EventLexicon lexicon, Gazetteer gazetteer) {
        this.name = name;
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Set<Layer> requires() {
        return GRAMMAR_AND_MENTIONS;
    }

    @Override
    public List<Fact> extract(AnnotatedArticle article) {
        Optional<LocalDate> articleDate = article.article().date();
        Optional<Mention> here = Dateline.hereOf(article);
        List<Fact> facts = new ArrayList<>();
        Map<EventClass, EventMention> lastOfClass = new EnumMap<>(EventClass.class);
        Map<EventClass, EventMention> lastPlannedOfClass = new EnumMap<>(EventClass.class);
        for (Sentence sentence : article.sentences()) {
            Arguments arguments = new Arguments(sentence, article.mentionsIn(sentence.index()), gazetteer);
            EventMention previous = null;
            EventMention visit = null;
            for (int i = 0; i < sentence.size(); i++) {
                Token token = sentence.token(i);
                if (!token.isCapitalized() || i == 0) {
                    Optional<EventMention> found = read(sentence, arguments, i, articleDate, here);
                    if (found.isPresent()) {
                        EventClass type = found.get().type();
                        EventMention earlier = isStillToHappen(sentence, arguments, i)
                                ? lastPlannedOfClass.getOrDefault(type, lastOfClass.get(type)) : lastOfClass.get(type);
                        previous = referBack(sentence, arguments, i, inheritFrom(sentence, i, found.get(), previous,
                                visit), earlier);
                        lastOfClass.put(previous.type(), previous);
                        if (previous.status() == Status.PLANNED) {
                            lastPlannedOfClass.put(previous.type(), previous);
                        }
                        facts.add(previous);
                        visit = previous.type() == EventClass.VISIT ? previous : visit;
                    }
                }
            }
        }
        return facts;
    }

    /** "a news conference", "a press briefing": the occasion of a statement, no meeting of its own. */
    private static final Set<String> MEDIA_EVENT_MODIFIERS = Set.of("news", "press", "media");

    private Optional<EventMention> read(Sentence s, Arguments args, int i, Optional<LocalDate> articleDate,
                                        Optional<Mention> here) {
        Optional<Reading> reading = reading(s, args, i);
        if (reading.isEmpty()) {
            return Optional.empty();
        }
        EventLexicon.Entry entry = reading.get().entry();
        boolean asVerb = reading.get().asVerb();
        Token token = s.token(i);
        Roles roles = new Roles();
        if (asVerb) {
            verbRoles(s, args, i, entry, roles);
        } else {
            nounRoles(s, args, i, entry, roles);
        }
        List<Mention> agents = roles.agents;
        List<Mention> targets = roles.targets;
        Set<Mention> others = roles.others;
        Optional<Mention> place = roles.place;
        if (PERSON_TARGETS.contains(entry.type())) {
            targets.removeIf(m -> m.type() != org.newsgraph.model.EntityType.PERSON);
            others.removeIf(m -> m.type() != org.newsgraph.model.EntityType.PERSON);
        }
        others.removeAll(agents);
        others.removeAll(targets);
        agents.removeIf(m -> isByline(s, m));
        targets.removeIf(m -> isByline(s, m));
        others.removeIf(m -> isByline(s, m));
        if (place.isEmpty()) {
            place = args.place(i, asVerb ? verbPlaceWindow(s, args, i) : nounPlaceWindow(s, i));
        }
        if (place.isEmpty() && saysHere(s, args, i)) {
            place = here;
        }
        Optional<Mention> chosenPlace = place;
        agents.removeIf(m -> chosenPlace.isPresent() && m.equals(chosenPlace.get()));
        targets.removeIf(m -> chosenPlace.isPresent() && m.equals(chosenPlace.get())
                && entry.frame() != EventLexicon.Frame.ACT);
        others.removeIf(m -> chosenPlace.isPresent() && m.equals(chosenPlace.get()));
        Status status = Factuality.of(s, i, asVerb);
        boolean anaphoric = !asVerb && isAnaphoric(s, i);
        if (agents.isEmpty() && targets.isEmpty() && others.isEmpty() && !anaphoric && place.isEmpty()) {
            return Optional.empty();
        }
        Trigger trigger = new Trigger(s.index(), token.begin(), token.end(), token.text());
        Optional<TimeValue> date = EventDates.of(s, args, i, asVerb, articleDate, status);
        if (status == Status.OCCURRED && date.isPresent() && articleDate.filter(date.get()::startsAfter).isPresent()) {
            status = Status.PLANNED; // "the Jan. 25 elections", "talks on Nov. 25": after the story, still to come
        }
        return Optional.of(new EventMention(entry.type(), trigger, agents, targets, List.copyOf(others), place,
                date, duration(s, args, i, asVerb), Optional.empty(), topic(s, args, i), status,
                entry.confidence(), anaphoric,
                entry.type().localName().toLowerCase(Locale.ROOT) + (asVerb ? "-verb" : "-noun")));
    }

    /** The lexicon entry a token triggers and whether it is read as a verb or as a noun; empty when none. */
    private record Reading(EventLexicon.Entry entry, boolean asVerb) {
    }

    /** The mentions an event's roles take, filled by the frame's rules. */
    private static final class Roles {
        final List<Mention> agents = new ArrayList<>();
        final List<Mention> targets = new ArrayList<>();
        final Set<Mention> others = new LinkedHashSet<>();
        Optional<Mention> place = Optional.empty();
    }

    private Optional<Reading> reading(Sentence s, Arguments args, int i) {
        Token token = s.token(i);
        boolean verbTag = token.is("VERB");
        boolean gerundClause = token.text().endsWith("ing")
                && Arguments.TIME_SUBORDINATORS.contains(Words.text(s, i - 1).toLowerCase(Locale.ROOT));
        Optional<EventLexicon.Entry> verb = lexicon.verb(token.lemma())
                .or(() -> gerundClause ? gerundVerb(token.text()) : Optional.empty());
        Optional<EventLexicon.Entry> noun = lexicon.noun(token.lemma())
                .filter(n -> !MEDIA_EVENT_MODIFIERS.contains(Words.text(s, i - 1).toLowerCase(Locale.ROOT)));
        if (verb.isEmpty() && noun.isEmpty()) {
            return Optional.empty();
        }
        boolean asVerb;
        EventLexicon.Entry entry;
        boolean afterDeterminer = i > 0 && s.token(i - 1).is("DET");
        String before = i > 0 ? s.token(i - 1).tag() : "";
        boolean eventNoun = lexicon.isEventNoun(token.lemma());
        boolean nounPhrase = eventNoun && (Set.of("DET", "ADJ", "NUM").contains(before)
                || i > 0 && Words.isPossessive(s.token(i - 1))
                || Set.of("NOUN", "PROPN").contains(before)
                && (i + 1 >= s.size() || s.token(i + 1).is("ADP") || s.token(i + 1).is("PUNCT")));
        if (verb.isPresent() && (verbTag && !nounPhrase || !eventNoun && !afterDeterminer || gerundClause)) {
            entry = verb.get();
            asVerb = true;
        } else if (noun.isPresent()) {
            entry = noun.get();
            asVerb = false;
        } else {
            return Optional.empty();
        }
        return acceptable(s, args, i, entry, asVerb) ? Optional.of(new Reading(entry, asVerb)) : Optional.empty();
    }

    /** The roles of a verb trigger, by its frame: subject, object and the prepositions after it. */
    private void verbRoles(Sentence s, Arguments args, int i, EventLexicon.Entry entry, Roles roles) {
        boolean passive = isPassive(s, i);
        List<Mention> subject = args.subject(i);
        List<Mention> object = args.directObject(i);
        List<Mention> by = args.after(i, "by", WINDOW);
        switch (entry.frame()) {
            case MEET -> {
                roles.others.addAll(subject.isEmpty() ? args.collectiveSubject(i) : subject);
                roles.others.addAll(object);
                roles.others.addAll(args.after(i, "with", WINDOW));
                args.demonymPartyAfterWith(i, WINDOW).ifPresent(roles.others::add);
                roles.others.addAll(args.after(i, "to", 3));
                roles.others.addAll(by);
            }
            case ACT, TRANSFER -> {
                roles.agents.addAll(passive ? by : subject);
                roles.targets.addAll(passive ? subject : object);
                if (roles.targets.isEmpty()) {
                    roles.targets.addAll(args.after(i, "on", WINDOW));
                    roles.targets.addAll(args.after(i, "against", WINDOW));
                }
            }
            case MOVE -> {
                if (isVisitingModifier(s, i)) {
                    roles.agents.addAll(object.stream().filter(m -> !m.type().isPlace()).toList());
                } else {
                    roles.agents.addAll(subject);
                    roles.place = object.stream().filter(m -> m.type().isPlace()).findFirst()
                            .or(() -> destination(s, args, i));
                }
            }
            case UNDERGO -> roles.targets.addAll(subject);
        }
    }

    /** The roles of a noun trigger, by its frame: possessor, premodifier, light verb's subject, prepositions. */
    private void nounRoles(Sentence s, Arguments args, int i, EventLexicon.Entry entry, Roles roles) {
        Optional<Mention> possessor = args.possessor(i);
        Optional<Mention> premodifier = possessor.isPresent() ? Optional.empty() : args.premodifier(i);
        Optional<Mention> premodifierPlace = premodifier.filter(m -> m.type().isPlace()
                && entry.frame() != EventLexicon.Frame.ACT && entry.frame() != EventLexicon.Frame.UNDERGO);
        Optional<Mention> premodifierActor = premodifier.filter(m -> premodifierPlace.isEmpty());
        List<Mention> of = args.after(i, "of", 2);
        List<Mention> by = args.after(i, "by", 5);
        List<Mention> lightSubject = lightVerbSubject(s, args, i);
        if (entry.frame() != EventLexicon.Frame.UNDERGO) {
            roles.others.addAll(args.hyphenatedParties(i)); // "the Brazil-Chile trade agreement"
        }
        switch (entry.frame()) {
            case MEET -> {
                roles.others.addAll(lightSubject);
                if (entry.type() == EventClass.PHONE_CALL) {
                    roles.others.addAll(args.after(i, "from", 3)); // "received a telephone call from X"
                }
                possessor.ifPresent(roles.others::add);
                premodifierActor.ifPresent(roles.others::add);
                roles.others.addAll(args.after(i, "with", WINDOW));
                args.demonymPartyAfterWith(i, WINDOW).ifPresent(roles.others::add);
                roles.others.addAll(args.after(i, "between", 3));
                roles.others.addAll(args.listedInAside(i));
                roles.others.addAll(args.sponsor(i));
                roles.others.addAll(by);
                roles.others.addAll(of);
            }
            case ACT, TRANSFER -> {
                possessor.or(() -> premodifierActor).ifPresent(roles.agents::add);
                if (roles.agents.isEmpty()) {
                    roles.agents.addAll(by);
                }
                if (roles.agents.isEmpty()) {
                    roles.agents.addAll(lightSubject);
                }
                roles.targets.addAll(of);
                if (roles.targets.isEmpty()) {
                    roles.targets.addAll(args.after(i, "on", 3));
                    roles.targets.addAll(args.after(i, "against", 3));
                }
            }
            case MOVE -> {
                possessor.or(() -> premodifierActor).ifPresent(roles.agents::add);
                roles.agents.addAll(by);
                if (roles.agents.isEmpty()) {
                    roles.agents.addAll(lightSubject.stream().filter(m -> !m.type().isPlace()).toList());
                }
                roles.place = args.after(i, "to", 3).stream().filter(m -> m.type().isPlace()).findFirst()
                        .or(() -> stayingIn(s, args, i));
            }
            case UNDERGO -> {
                // "Peruvian elections": a demonym places what happens to a country's people, no target
                possessor.or(() -> premodifierActor.filter(m -> s.text(m.start(), m.stop()).equals(m.name())))
                        .ifPresent(roles.targets::add);
                roles.targets.addAll(of);
            }
        }
        roles.place = roles.place.or(() -> premodifierPlace);
    }

    /**
     * "arrived in Lisbon on Tuesday for trade talks, including a meeting with Reyes": an event
     * named as part of the one before it in the sentence ("including", "such as") has that event's status and
     * place and shares its participants; the purpose of a visit ("arrived … for talks") takes place where the
     * visit goes, and a visit named as the purpose of an arrival is the traveller's.
     */
    private static EventMention inheritFrom(Sentence s, int i, EventMention found, EventMention previous,
                                            EventMention visit) {
        if (previous == null) {
            return found;
        }
        for (int k = i - 1; k >= 0 && i - k <= 6; k--) {
            String word = s.token(k).text().toLowerCase(Locale.ROOT);
            if (word.equals("including") || word.equals("as") && Words.text(s, k - 1).equalsIgnoreCase("such")) {
                return found.status() != Status.OCCURRED && previous.status() == Status.OCCURRED ? found
                        : found.within(previous, found.type() == previous.type()
                        || previous.type() == EventClass.NEGOTIATION);
            }
            if (word.equals("for") && visit != null && Words.isOneClause(s, visit.trigger().end(), k)) {
                // "arrived in Lisbon for a visit to Portugal": the arrival's traveller makes the visit
                return found.type() == EventClass.VISIT ? found.withPartiesOf(visit).datedAs(visit)
                        : found.within(visit, false).withStatus(found.status());
            }
            if (!Set.of("DET", "ADJ", "NUM", "NOUN").contains(s.token(k).tag()) && !word.equals("-")) {
                break;
            }
        }
        return found;
    }

    /**
     * "Berg will meet Lima on Friday. … Berg hopes for calm while the meeting is going on": a noun that refers back
     * ("the meeting") in a clause that says nothing of its own about whether it happened (no past tense, no word
     * of plan or doubt) is the earlier event of its class, with that event's status.
     */
    private static EventMention referBack(Sentence s, Arguments args, int i, EventMention found,
                                          EventMention earlier) {
        if (earlier == null || !found.anaphoric() || found.extractor().endsWith("-verb")) {
            return found;
        }
        found = found.datedAs(earlier);
        if (found.status() != Status.OCCURRED || earlier.status() == Status.OCCURRED) {
            return found;
        }
        for (int k = args.clauseStart(i); k < args.clauseEnd(i) && !s.token(k).text().equals(","); k++) {
            boolean presentPassive = Set.of("is", "are", "be", "being").contains(Words.text(s, k - 1).toLowerCase(Locale.ROOT));
            if ((s.token(k).is("VERB") || s.token(k).is("AUX")) && Words.isPastForm(s.token(k)) && !presentPassive) {
                return found;
            }
        }
        return found.withStatus(earlier.status());
    }

    /**
     * "while the meeting is held", "while these talks take place": a noun followed by a verb of taking place in
     * the present, which speaks of the event as still to come, so of the one planned.
     */
    private static boolean isStillToHappen(Sentence s, Arguments args, int i) {
        for (int k = i + 1; k < args.clauseEnd(i) && k <= i + 4; k++) {
            String word = s.token(k).text().toLowerCase(Locale.ROOT);
            String next = Words.text(s, k + 1).toLowerCase(Locale.ROOT);
            if (Set.of("take", "takes").contains(word) && next.equals("place")
                    || Set.of("is", "are").contains(word) && Set.of("held", "convened", "underway").contains(next)) {
                return true;
            }
        }
        return false;
    }

    /** "when meeting", "after visiting": the verb of a gerund the tagger read as a noun. */
    private Optional<EventLexicon.Entry> gerundVerb(String word) {
        String base = word.toLowerCase(Locale.ROOT).substring(0, word.length() - 3);
        return lexicon.verb(base).or(() -> lexicon.verb(base + "e"))
                .or(() -> base.length() > 2 && base.charAt(base.length() - 1) == base.charAt(base.length() - 2)
                        ? lexicon.verb(base.substring(0, base.length() - 1)) : Optional.empty());
    }

    /** "Berg meets Lima by Ana Sousa": the writer named at the end of a headline takes no part in its event. */
    private static boolean isByline(Sentence s, Mention m) {
        int end = m.stop();
        while (end < s.size() && s.token(end).is("PUNCT") && !s.token(end).text().equals(".")) {
            end++;
        }
        return end == s.size() && Words.text(s, m.start() - 1).equalsIgnoreCase("by")
                && m.type() == org.newsgraph.model.EntityType.PERSON;
    }

    /** "arrived here", "talks here": the event is placed where the story was filed. */
    private static boolean saysHere(Sentence s, Arguments args, int i) {
        int end = Math.min(args.clauseEnd(i), i + 4);
        for (int k = i + 1; k < end; k++) {
            if (s.token(k).text().equalsIgnoreCase("here")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Lima held talks with Berg", "Otieno hosted a summit", "Okafor made a proposal": when a noun
     * trigger is the object of a light verb, the verb's subject takes part.
     */
    private static List<Mention> lightVerbSubject(Sentence s, Arguments args, int i) {
        int k = i - 1;
        while (k > 0 && (Set.of("DET", "ADJ", "NUM", "NOUN", "PROPN", "PRON").contains(s.token(k).tag())
                || Quotes.isMark(s.token(k).text()) || s.token(k).text().equals("-")
                || Words.isModifyingParticiple(s, k)) && i - k <= 9 && !LIGHT_VERBS.contains(s.token(k).lemma())) {
            k--;
        }
        if (k >= 0 && LIGHT_VERBS.contains(s.token(k).lemma()) && !s.token(k).is("NOUN")) {
            return args.subject(k);
        }
        if (k >= 1 && Words.text(s, k).equalsIgnoreCase("in") && s.token(k - 1).lemma().equals("be")) {
            return args.subject(k - 1); // "Peru and Chile are in agreement"
        }
        if (k >= 1 && Set.of("for", "to").contains(Words.text(s, k).toLowerCase(Locale.ROOT))) {
            return purposeSubject(s, args, k);
        }
        if (k >= 1 && Set.of("during", "on").contains(Words.text(s, k).toLowerCase(Locale.ROOT))
                && Set.of("visit", "trip", "tour").contains(s.token(i).lemma())) {
            return purposeSubject(s, args, k); // "Berg said during a visit to Lisbon", "X, on a visit to Y,"
        }
        if (k >= 1 && Set.of("in", "during", "at").contains(Words.text(s, k).toLowerCase(Locale.ROOT))
                && Set.of("talk", "meeting", "conversation", "negotiation").contains(s.token(i).lemma())) {
            return purposeSubject(s, args, k); // "Berg discussed the crisis in talks with Lima"
        }
        return List.of();
    }

    /** How far before its preposition the verb of a purpose may stand: past an object of a few words. */
    private static final int PURPOSE_REACH = 12;

    /**
     * "Berg headed for Lisbon for talks with Alves", "Lima agreed to talks with Alves": the subject of the
     * verb whose purpose or goal the noun trigger is takes part in it.
     */
    private static List<Mention> purposeSubject(Sentence s, Arguments args, int preposition) {
        for (int k = preposition - 1; k >= 0 && preposition - k <= PURPOSE_REACH; k--) {
            Token t = s.token(k);
            if (t.is("VERB") || t.lemma().equals("be") && Words.text(s, k + 1).equalsIgnoreCase("in")) {
                // "Berg headed for Lisbon for talks", "Berg is in Lisbon for a state visit"
                return args.subject(k).stream().filter(m -> !m.type().isPlace()).toList();
            }
            if (t.is("PUNCT") || t.is("SCONJ")) {
                break;
            }
        }
        return List.of();
    }

    /** "Berg is in Lisbon for a state visit": where the visitor is, for a visit named as the stay's purpose. */
    private static Optional<Mention> stayingIn(Sentence s, Arguments args, int i) {
        int k = i - 1;
        while (k > 0 && Set.of("DET", "ADJ", "NOUN", "NUM").contains(s.token(k).tag()) || k > 0 && Words.text(s, k).equals("-")) {
            k--;
        }
        if (k < 3 || !Words.text(s, k).equalsIgnoreCase("for")) {
            return Optional.empty();
        }
        for (int b = k - 1; b >= Math.max(0, k - 6); b--) {
            if (s.token(b).lemma().equals("be") && Words.text(s, b + 1).equalsIgnoreCase("in")) {
                return args.after(b, "in", 2).stream().filter(m -> m.type().isPlace()).findFirst();
            }
        }
        return Optional.empty();
    }

    /**
     * Where a verb of motion goes: "to Paris", "for Lisbon" ("headed for", "left for"), "in Oslo"
     * ("arrived in"), "for the resort of Tarvos"; a place and nothing else.
     */
    private static Optional<Mention> destination(Sentence s, Arguments args, int i) {
        String lemma = s.token(i).lemma();
        List<String> prepositions = lemma.equals("arrive") ? List.of("in", "at")
                : MOTION_NEEDS_DESTINATION.contains(lemma) ? List.of("for", "to") : List.of("to");
        for (String preposition : prepositions) {
            Optional<Mention> place = args.after(i, preposition, 3).stream().filter(m -> m.type().isPlace())
                    .findFirst();
            if (place.isPresent()) {
                return place;
            }
        }
        for (int k = i + 2; k < Math.min(s.size() - 1, i + 7); k++) {
            if (s.token(k).text().equals("of") && Words.isPlaceNoun(s.token(k - 1).lemma())) {
                return args.after(k - 1, "of", 2).stream().filter(m -> m.type().isPlace()).findFirst();
            }
        }
        return Optional.empty();
    }

    /** "visiting Ruritanian Vice Premier Olav Berg", "the visiting ministers": the visitor follows. */
    private static boolean isVisitingModifier(Sentence s, int i) {
        if (!s.token(i).text().equalsIgnoreCase("visiting")) {
            return false;
        }
        String before = i > 0 ? s.token(i - 1).tag() : "";
        return i == 0 || Set.of("DET", "ADP", "CCONJ", "PUNCT", "VERB").contains(before)
                || Words.isPossessive(s.token(i - 1));
    }

    /** Triggers that need a particular context to name an event. */
    private static boolean acceptable(Sentence s, Arguments args, int i, EventLexicon.Entry entry, boolean verb) {
        String lemma = s.token(i).lemma();
        if (lemma.equals("call")) {
            String before = Words.lemma(s, i - 1);
            return before.equals("phone") || before.equals("telephone") || Words.text(s, i + 1).equals("with");
        }
        if (lemma.equals("speak")) {
            return !args.after(i, "with", 4).isEmpty() || !args.after(i, "to", 2).isEmpty();
        }
        if (lemma.equals("fire") && Words.text(s, i - 1).equalsIgnoreCase("under")) {
            return false;
        }
        if (MOTION_NEEDS_DESTINATION.contains(lemma)) {
            return verb && destination(s, args, i).isPresent();
        }
        if (lemma.equals("tour") && !verb) {
            return args.possessor(i).isPresent() || Words.text(s, i + 1).equalsIgnoreCase("of");
        }
        if (lemma.equals("arrive")) {
            return verb;
        }
        if (lemma.equals("arrival")) {
            return args.possessor(i).isPresent() || Words.text(s, i + 1).equalsIgnoreCase("in");
        }
        if (lemma.equals("host")) {
            return args.directObject(i).stream().anyMatch(m -> m.type() == org.newsgraph.model.EntityType.PERSON
                    || m.type() == org.newsgraph.model.EntityType.COUNTRY);
        }
        if (lemma.equals("deal") && !verb) { // "a trade deal", not "a great deal of"
            return !Words.text(s, i + 1).equalsIgnoreCase("of") && !Words.text(s, i - 1).equalsIgnoreCase("great");
        }
        if (lemma.equals("talk") && !verb) {
            return s.token(i).text().toLowerCase(Locale.ROOT).endsWith("talks");
        }
        if (lemma.equals("charge") && verb) {
            return !isChargedWithATask(s, i);
        }
        return true;
    }

    /** "charged the inspectors with verifying …", "charged with overseeing": a task given, not an accusation. */
    private static boolean isChargedWithATask(Sentence s, int i) {
        for (int k = i + 1; k < s.size() && k - i <= 6; k++) {
            if (s.token(k).text().equalsIgnoreCase("with")) {
                return Words.text(s, k + 1).toLowerCase(Locale.ROOT).endsWith("ing")
                        && TASKS.contains(Words.lemma(s, k + 1));
            }
        }
        return false;
    }

    /**
     * How far after a verb trigger its place may stand: to the end of its clause, past its objects and their
     * phrases ("met on the sidelines of a world summit in Lisbon"), but not into another verb's phrase.
     */
    private static int verbPlaceWindow(Sentence s, Arguments args, int i) {
        int end = Math.min(args.clauseEnd(i), i + 2 * WINDOW);
        for (int k = i + 1; k < end; k++) {
            if (s.token(k).is("VERB") && !s.token(k).text().endsWith("ing") && !Words.isModifyingParticiple(s, k)
                    || s.token(k).text().equals(",") && k - i > WINDOW) {
                return Math.max(WINDOW, k - i);
            }
        }
        return Math.max(WINDOW, end - i);
    }

    /**
     * How far after a noun trigger its place may stand: through the phrases of place that follow it ("a fire at
     * a supermarket in Madrid", "talks in Riyadh"), up to the first comma or clause word.
     */
    private static int nounPlaceWindow(Sentence s, int i) {
        int k = i + 1;
        while (k < s.size() && k - i < WINDOW && !s.token(k).is("PUNCT") && !s.token(k).is("SCONJ")
                && !s.token(k).is("PRON") && !s.token(k).is("AUX")) {
            k++;
        }
        return Math.max(2, k - i);
    }

    private static boolean isPassive(Sentence s, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
            Token t = s.token(k);
            if (t.lemma().equals("be") || t.lemma().equals("get")) {
                return s.token(i).text().endsWith("ed") || s.token(i).text().endsWith("en");
            }
            if (!t.is("ADV") && !t.is("AUX") && !t.is("PART")) {
                return false;
            }
        }
        return false;
    }

    private static boolean isAnaphoric(Sentence s, int i) {
        int k = i - 1;
        while (k >= 0 && (Set.of("ADJ", "NOUN", "PROPN", "VERB", "PUNCT", "ADV", "NUM").contains(s.token(k).tag())
                && !s.token(k).text().equals(",") || Words.isPossessive(s.token(k))
                || s.token(k).text().endsWith("-"))) { // "the 90-minute meeting", split as "90-" "minute"
            k--;
        }
        return k >= 0 && ANAPHORIC_DETERMINERS.contains(s.token(k).text().toLowerCase(Locale.ROOT));
    }

    /**
     * What the event is about: the noun phrase after "on", "about", "over" or "regarding" right after the
     * trigger ("talks on steel tariffs", "a proposal about energy projects"), as written.
     */
    private static Optional<String> topic(Sentence s, Arguments args, int i) {
        int k = i + 1;
        while (k < s.size() && k - i <= 3 && !TOPIC_PREPOSITIONS.contains(s.token(k).text().toLowerCase(Locale.ROOT))) {
            if (s.token(k).is("VERB") || s.token(k).is("PUNCT")) {
                return Optional.empty();
            }
            k++;
        }
        if (k >= s.size() || !TOPIC_PREPOSITIONS.contains(s.token(k).text().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        int start = k + 1;
        int end = start;
        while (end < s.size() && (Set.of("DET", "ADJ", "NOUN", "PROPN", "NUM").contains(s.token(end).tag())
                || s.token(end).text().equals("and") && end + 1 < s.size() && s.token(end + 1).is("NOUN"))) {
            end++;
        }
        while (end > start && !s.token(end - 1).is("NOUN") && !s.token(end - 1).is("PROPN")) {
            end--;
        }
        if (end <= start || end > args.clauseEnd(i)) {
            return Optional.empty();
        }
        while (start < end && s.token(start).is("DET")) {
            start++;
        }
        if (start < end && TimeExpressions.startsAt(s, start)) {
            return Optional.empty(); // "agreed on Monday": a date, not what was agreed
        }
        return start < end ? Optional.of(s.text(start, end)) : Optional.empty();
    }

    /**
     * "for four hours" → PT4H; "for two days" → P2D; before a noun trigger, "a four-day visit" → P4D, "the
     * 90-minute meeting" → PT90M, "30-minute-long talks" → PT30M.
     */
    private static Optional<String> duration(Sentence s, Arguments args, int i, boolean verb) {
        Matcher m = MEASURED.matcher(i == 0 ? "" : s.text(Math.max(0, i - 8), i) + " ");
        if (m.find()) {
            Optional<Integer> amount = Numbers.parse(m.group(1));
            if (amount.isPresent()) {
                return Optional.of(xsdDuration(amount.get(), m.group(2)));
            }
        }
        int end = args.clauseEnd(i);
        for (int k = i + 1; k + 2 < end + 1 && k + 2 < s.size(); k++) {
            if (!s.token(k).text().equalsIgnoreCase("for")) {
                continue;
            }
            Optional<Integer> amount = Numbers.parse(s.token(k + 1).text());
            String unit = s.token(k + 2).lemma();
            if (amount.isPresent() && DURATION_UNITS.contains(unit)) {
                return Optional.of(xsdDuration(amount.get(), unit));
            }
        }
        return Optional.empty();
    }

    private static String xsdDuration(int amount, String unit) {
        return switch (unit) {
            case "minute" -> "PT" + amount + "M";
            case "hour" -> "PT" + amount + "H";
            case "day" -> "P" + amount + "D";
            case "week" -> "P" + amount * 7 + "D";
            case "month" -> "P" + amount + "M";
            default -> "P" + amount + "Y";
        };
    }
}
