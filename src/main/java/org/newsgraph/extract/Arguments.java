package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Token;

/**
 * Finds the mentions that fill an event's roles from their place around the trigger, without a parser:
 * the subject is the first mention of the clause before the trigger that no preposition governs, objects
 * follow the trigger, and prepositions ("with", "between", "by", "of", "in", "to") mark the rest.
 * Coordinated mentions ("Lima and Berg", "U.S., Japan and China") are taken together.
 */
final class Arguments {
    private static final Set<String> PREPOSITIONS = Set.of("of", "from", "in", "at", "with", "to", "for", "by",
            "on", "about", "between", "against", "over", "into", "under", "after", "before", "since", "during",
            "among", "toward", "towards", "near");
    private static final Set<String> CLAUSE_BOUNDARY = Set.of(";", ":", "that", "which", "whether", "because",
            "although", "though", "while", "when", "but", "if", "whereas", "\"", "\u201C", "\u201D");

    private static final Set<String> VERB_GROUP_TAGS = Set.of("AUX", "PART", "ADV");
    /** Nouns of intent whose infinitive's subject is their holder: "plans to visit", "a bid to meet". */
    private static final Set<String> INTENT_NOUNS = Set.of("plan", "bid", "intention", "decision", "attempt",
            "effort", "promise", "pledge", "offer", "threat", "hope", "desire", "wish", "readiness", "willingness");
    private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("his", "her", "their", "its");
    static final Set<String> TIME_SUBORDINATORS = Set.of("before", "after", "while", "when", "upon",
            "since");

    private final Sentence sentence;
    private final List<Mention> mentions;
    private final Gazetteer gazetteer;

    Arguments(Sentence sentence, List<Mention> mentions, Gazetteer gazetteer) {
        this.sentence = sentence;
        this.mentions = mentions;
        this.gazetteer = gazetteer;
    }

    /** Where the clause holding token k starts. */
    int clauseStart(int k) {
        for (int i = k - 1; i >= 0; i--) {
            String word = sentence.token(i).text().toLowerCase(java.util.Locale.ROOT);
            if (CLAUSE_BOUNDARY.contains(word) || sentence.token(i).is("SCONJ")) {
                return i + 1;
            }
        }
        return 0;
    }

    /** Where the clause holding token k ends. */
    int clauseEnd(int k) {
        for (int i = k + 1; i < sentence.size(); i++) {
            String word = sentence.token(i).text().toLowerCase(java.util.Locale.ROOT);
            if (CLAUSE_BOUNDARY.contains(word) || word.equals(".") || sentence.token(i).is("SCONJ")) {
                return i;
            }
        }
        return sentence.size();
    }

    /**
     * The subject before a verb at k: the nearest mention of its clause to the left that no preposition governs
     * and that is not a possessor, with nothing but adverbs, auxiliaries and appositions between; with the
     * mentions coordinated with it ("Both Lima and Berg insisted").
     */
    List<Mention> subject(int k) {
        if (k >= 2 && Words.text(sentence, k - 1).equalsIgnoreCase("to") && isVerbBeforeInfinitive(k - 2)) {
            return subject(k - 2); // "Lima plans to visit Oslo", "Berg expected to meet Alves": the planner goes
        }
        if (k >= 3 && Words.text(sentence, k - 1).equalsIgnoreCase("to") && sentence.token(k - 2).is("NOUN")
                && INTENT_NOUNS.contains(sentence.token(k - 2).lemma())) {
            // "he scrapped plans to visit", "her bid to meet Berg": who has the plan goes
            Optional<Mention> holder = possessor(k - 1);
            if (holder.isPresent()) {
                return List.of(holder.get());
            }
            int v = k - 3;
            while (v > 0 && (sentence.token(v).is("DET") || sentence.token(v).is("ADJ"))) {
                v--;
            }
            if (sentence.token(v).is("VERB")) {
                return subject(v);
            }
        }
        List<Mention> subject = nearestSubject(k);
        if (subject.isEmpty()) {
            subject = beforeApposition(k).or(() -> beforeRelativeWho(k))
                    .map(m -> coordinated(firstCoordinate(m))).orElse(List.of());
        }
        return subject.isEmpty() ? participleSubject(k) : subject;
    }

    /** Where the verb group of the verb at k starts: its auxiliaries, particles and adverbs before it. */
    private int verbGroupStart(int k) {
        int group = k;
        while (group > 0 && VERB_GROUP_TAGS.contains(sentence.token(group - 1).tag())) {
            group--;
        }
        return group;
    }

    /**
     * "Alves, who has just made a visit to Lisbon", "Lima, the trade minister, who met Berg": the person a
     * relative "who" after a comma stands for, named right before the comma or before an apposition of
     * common words set off by commas.
     */
    private Optional<Mention> beforeRelativeWho(int k) {
        int group = verbGroupStart(k);
        if (group < 2 || !Words.text(sentence, group - 1).equalsIgnoreCase("who")
                || !Words.text(sentence, group - 2).equals(",")) {
            return Optional.empty();
        }
        int comma = group - 2;
        Optional<Mention> named = personEndingAt(comma);
        for (int c = comma - 1; named.isEmpty() && c > 0 && comma - c <= 8; c--) {
            if (sentence.token(c).text().equals(",")) {
                named = personEndingAt(c);
                break;
            }
        }
        return named;
    }

    private Optional<Mention> personEndingAt(int stop) {
        return mentions.stream().filter(m -> m.stop() == stop && !m.pronoun() && m.type() == EntityType.PERSON)
                .findFirst();
    }

    /**
     * The verb an infinitive hangs on: a verb, or a present-tense verb the tagger read as a plural noun right
     * after a name ("Alves plans to visit").
     */
    private boolean isVerbBeforeInfinitive(int v) {
        org.newsgraph.model.Token t = sentence.token(v);
        return t.is("VERB") || t.is("NOUN") && t.text().endsWith("s") && !t.text().equals(t.lemma())
                && mentions.stream().anyMatch(m -> m.stop() == v && !m.pronoun());
    }

    /**
     * "Before leaving for Tarvos, Berg received a call", "Lima said when meeting with Alves": a participle after
     * a word of time has the subject of the clause it hangs on, before it or after its comma.
     */
    private List<Mention> participleSubject(int k) {
        if (!sentence.token(k).text().endsWith("ing")
                || !TIME_SUBORDINATORS.contains(Words.text(sentence, k - 1).toLowerCase(java.util.Locale.ROOT))) {
            return List.of();
        }
        for (int v = k - 2; v >= 0; v--) {
            if (sentence.token(v).is("VERB")) {
                return nearestSubject(v);
            }
        }
        for (int c = k + 1; c < sentence.size(); c++) {
            if (sentence.token(c).text().equals(",")) {
                for (int v = c + 1; v < sentence.size(); v++) {
                    if (sentence.token(v).is("VERB")) {
                        return nearestSubject(v);
                    }
                }
                return List.of();
            }
        }
        return List.of();
    }

    /**
     * "Bettie Page, the 1950s pinup who …, died", "Reid, 33, who starred in …, has entered": the name that opens
     * its clause and is set off by a comma from an apposition or relative clause, which ends in a comma right
     * before the verb group at k.
     */
    private Optional<Mention> beforeApposition(int k) {
        int group = verbGroupStart(k);
        if (group == k && sentence.token(k).text().endsWith("ing")) {
            return Optional.empty();
        }
        int comma = group - 1;
        while (comma >= 0 && Set.of("\"", "''", "\u201D", "'").contains(sentence.token(comma).text())) {
            comma--;
        }
        if (comma < 0 || !sentence.token(comma).text().equals(",")) {
            return Optional.empty();
        }
        for (Mention m : mentions) {
            if (m.stop() >= comma || m.pronoun() && m.stop() > 0) {
                continue;
            }
            int opening = clauseStart(m.start());
            boolean opensClause = m.start() - opening <= 3 && !hasComma(opening, m.start());
            boolean setOff = sentence.token(m.stop()).text().equals(",");
            if (opensClause && setOff && !governed(m) && !isPossessor(m) && noBoundaryBetween(m.stop(), comma)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    private boolean hasComma(int from, int to) {
        for (int i = from; i < to; i++) {
            if (sentence.token(i).text().equals(",")) {
                return true;
            }
        }
        return false;
    }

    /** No semicolon, colon or dash between: the apposition is one stretch. */
    private boolean noBoundaryBetween(int from, int to) {
        for (int i = from; i < to; i++) {
            if (Set.of(";", ":", "\u2014").contains(sentence.token(i).text())) {
                return false;
            }
        }
        return true;
    }

    private List<Mention> nearestSubject(int k) {
        Optional<List<Mention>> shared = subjectOfCoordinatedVerb(k);
        if (shared.isPresent()) {
            return shared.get();
        }
        int from = clauseStart(k);
        Mention chosen = null;
        for (Mention m : mentions) {
            if (m.start() >= from && m.stop() <= k && !governed(m) && !isPossessor(m)
                    && (chosen == null || m.stop() > chosen.stop())) {
                chosen = m;
            }
        }
        if (chosen == null || chosen.stop() < k && Set.of("NOUN", "PROPN").contains(sentence.token(chosen.stop()).tag())
                && !Words.isPossessive(sentence.token(chosen.stop()))) {
            return coordinatedBeforePhrase(k, from);
        }
        for (int i = chosen.stop(); i < k; i++) {
            if (sentence.token(i).is("VERB") && !isParticipleInApposition(i)) {
                return coordinatedBeforePhrase(k, from);
            }
        }
        int head = k - 1;
        while (head >= chosen.stop() && Set.of("ADV", "AUX", "PART").contains(sentence.token(head).tag())) {
            head--;
        }
        if (head >= chosen.stop() && sentence.token(head).is("NOUN") && !isTitleOfApposition(chosen, head)) {
            return coordinatedBeforePhrase(k, from); // "…, Ana Lima, official state radio said": the radio speaks
        }
        return coordinated(firstCoordinate(chosen));
    }

    /**
     * "Berg attended the summit in Lisbon and paid a visit to Oslo": a verb right after "and" or "but", with
     * no subject of its own, shares the subject of the verb before it in the sentence. Empty when k is no such
     * verb, or the verb before has no subject either.
     */
    private Optional<List<Mention>> subjectOfCoordinatedVerb(int k) {
        int group = verbGroupStart(k);
        if (group < 2 || !Set.of("and", "but").contains(Words.text(sentence, group - 1))) {
            return Optional.empty();
        }
        for (int v = group - 2; v >= clauseStart(group - 2); v--) {
            if (sentence.token(v).is("VERB") && !Words.isModifyingParticiple(sentence, v)) {
                List<Mention> subject = subject(v);
                return subject.isEmpty() ? Optional.empty() : Optional.of(subject);
            }
        }
        return Optional.empty();
    }

    /**
     * "Berg and two visiting Chilean envoys agreed": a subject whose last part is a common noun phrase
     * (with a demonym at most) coordinated with a mention before it; that mention and its coordinates take part.
     */
    private List<Mention> coordinatedBeforePhrase(int verb, int from) {
        int k = verb;
        while (k > from && Set.of("ADV", "AUX", "PART").contains(sentence.token(k - 1).tag())) {
            k--;
        }
        if (k == from || !sentence.token(k - 1).is("NOUN")) {
            return List.of();
        }
        while (k > from && (Set.of("DET", "ADJ", "NUM", "NOUN").contains(sentence.token(k - 1).tag())
                || sentence.token(k - 1).text().endsWith("ing") || isDemonym(k - 1)
                || sentence.token(k - 1).is("PROPN") && mentionAt(k - 1).isEmpty())) {
            k--;
        }
        if (k - 1 <= from || !Words.text(sentence, k - 1).equals("and")) {
            return List.of();
        }
        int stop = k - 1;
        return mentions.stream().filter(o -> o.stop() == stop && !o.pronoun() && o.start() >= from).findFirst()
                .filter(o -> !governed(o) && !isPossessor(o))
                .map(o -> coordinated(firstCoordinate(o))).orElse(List.of());
    }

    private Optional<Mention> mentionAt(int k) {
        return mentions.stream().filter(m -> m.start() <= k && k < m.stop()).findFirst();
    }

    /** A one-word mention that is not a person: "Chilean" in "Chilean diplomats". */
    private boolean isDemonym(int k) {
        return mentions.stream().anyMatch(m -> m.start() == k && m.stop() == k + 1 && m.type() != EntityType.PERSON);
    }

    /** "Ana Lima, the foreign minister said" is rare; "Lima, a senior aide said" no better: a title word heads it. */
    private boolean isTitleOfApposition(Mention chosen, int head) {
        return gazetteer.isTitleWord(sentence.token(head).text()) && Words.text(sentence, chosen.stop()).equals(",");
    }

    /** The first of the mentions coordinated with m that stand before it: "A and B" → A. */
    private Mention firstCoordinate(Mention m) {
        Mention first = m;
        while (true) {
            int begin = first.start();
            while (begin > 0 && (gazetteer.isTitleWord(sentence.token(begin - 1).text())
                    || Words.text(sentence, begin - 1).equalsIgnoreCase("the")
                    || gazetteer.country(sentence.token(begin - 1).text()).isPresent()
                    && sentence.token(begin - 1).is("ADJ"))) {
                begin--; // "Olav Berg and Premier Ana Lima", "A and Norwegian Foreign Minister B", "Peru and the Netherlands"
            }
            if (begin < 2 || !Set.of("and", "or", "nor").contains(Words.text(sentence, begin - 1))) {
                break;
            }
            int stop = begin - 1;
            Optional<Mention> before = mentions.stream().filter(o -> o.stop() == stop).findFirst();
            if (before.isEmpty()) {
                break;
            }
            first = before.get();
        }
        return first;
    }

    /** The mention right after token k (articles, adjectives and "visiting" skipped), with its coordinates. */
    List<Mention> directObject(int k) {
        int i = k + 1;
        while (i < sentence.size() && (Set.of("DET", "ADJ", "NUM").contains(sentence.token(i).tag())
                || sentence.token(i).text().equalsIgnoreCase("visiting")) && mentionStartingAt(i).isEmpty()) {
            i++;
        }
        return mentionStartingAt(i).map(this::coordinated).orElse(List.of());
    }

    /** The mentions governed by a preposition after token k, in its clause: "with X and Y". */
    List<Mention> after(int k, String preposition, int window) {
        int end = Math.min(clauseEnd(k), k + 1 + window);
        for (int i = k + 1; i < end; i++) {
            if (sentence.token(i).text().equalsIgnoreCase(preposition)) {
                int j = i + 1;
                while (j < sentence.size() && (Set.of("DET", "ADJ", "NUM").contains(sentence.token(j).tag())
                        || isPlaceNounBeforeName(j) || isCompoundModifier(j)) && mentionStartingAt(j).isEmpty()) {
                    j++;
                }
                return mentionStartingAt(j).map(this::coordinated).orElse(List.of());
            }
        }
        return List.of();
    }

    /**
     * "the rebel-held city", "a Nordic-led force", "the scheduled talks": a part of a hyphenated modifier (the
     * hyphen written without spaces, and the words it joins), or a participle that modifies the noun after it.
     */
    private boolean isCompoundModifier(int j) {
        Token t = sentence.token(j);
        boolean hyphen = t.text().equals("-") && j > 0 && j + 1 < sentence.size()
                && sentence.token(j - 1).end() == t.begin() && t.end() == sentence.token(j + 1).begin();
        boolean beforeHyphen = j + 1 < sentence.size() && sentence.token(j + 1).text().equals("-")
                && t.end() == sentence.token(j + 1).begin() && !t.isCapitalized();
        boolean afterHyphen = j > 0 && sentence.token(j - 1).text().equals("-")
                && sentence.token(j - 1).end() == t.begin() && !t.isCapitalized();
        return hyphen || beforeHyphen || afterHyphen || Words.isModifyingParticiple(sentence, j);
    }

    /** "in the Portuguese capital Lisbon", "in the port city of Tarvos": a noun of place before the place's name. */
    private boolean isPlaceNounBeforeName(int j) {
        if (Words.isPlaceNoun(sentence.token(j).lemma())) {
            return j + 1 < sentence.size() && (sentence.token(j + 1).isCapitalized()
                    || sentence.token(j + 1).text().equals("of") || Words.isCityNoun(sentence.token(j + 1).lemma()));
        }
        return sentence.token(j).text().equals("of") && j > 0 && Words.isPlaceNoun(sentence.token(j - 1).lemma());
    }

    /** "his first Tarvos visit": a word of a place's name that modifies the noun after it. */
    private boolean isPlaceModifier(int i) {
        return mentions.stream().anyMatch(m -> m.start() <= i && i < m.stop() && m.type().isPlace());
    }

    /**
     * "X's visit", "Berg's scheduled one-day visit", "his third Tarvos trip": the mention before the possessive ending before token k
     * (modifiers skipped).
     */
    Optional<Mention> possessor(int k) {
        int i = k - 1;
        while (i > 0 && (Set.of("ADJ", "VERB", "NOUN", "NUM").contains(sentence.token(i).tag())
                || sentence.token(i).text().equals("-") || isPlaceModifier(i))
                && !Words.isPossessive(sentence.token(i)) && k - i < 7) {
            i--;
        }
        if (i >= 0 && (Words.isPossessive(sentence.token(i)))) {
            int stop = i;
            return mentions.stream().filter(m -> m.stop() == stop).findFirst();
        }
        if (i >= 0 && sentence.token(i).tag().equals("PRON") && Words.isPersonalPronoun(sentence.token(i))) {
            int at = i;
            return mentions.stream().filter(m -> m.start() == at).findFirst();
        }
        if (i >= 0 && sentence.token(i).text().equals("its")) {
            return nearestBodyBefore(i);
        }
        return Optional.empty();
    }

    /**
     * "sanctions imposed on X after its invasion of Y": what "its" stands for, the nearest country or
     * organisation named before it in the sentence.
     */
    private Optional<Mention> nearestBodyBefore(int k) {
        Mention nearest = null;
        for (Mention m : mentions) {
            boolean body = m.type() == EntityType.COUNTRY || m.type() == EntityType.ORGANIZATION;
            if (body && !m.pronoun() && m.stop() <= k && (nearest == null || m.stop() > nearest.stop())) {
                nearest = m;
            }
        }
        return Optional.ofNullable(nearest);
    }

    /**
     * A name right before a noun trigger: "the Oslo talks", "U.S. sanctions"; or the country a demonym before it
     * names: "Peruvian sanctions", "fresh Chilean raids".
     */
    Optional<Mention> premodifier(int k) {
        int i = k - 1;
        while (i > 0 && sentence.token(i).is("ADJ") && gazetteer.country(sentence.token(i).text()).isEmpty()) {
            i--;
        }
        int stop = i + 1;
        Optional<Mention> named = mentions.stream().filter(m -> m.stop() == stop && !m.pronoun()).findFirst();
        if (named.isPresent() || i < 0 || i >= k) {
            return named;
        }
        int at = i;
        return gazetteer.demonymEndingAt(sentence, i).filter(m -> sentence.token(at).isCapitalized());
    }

    /**
     * "a Brazil-Chile free trade agreement", "U.S.-China talks": two names joined by a hyphen at the head of the
     * noun phrase that ends at the trigger k, its parties.
     */
    List<Mention> hyphenatedParties(int k) {
        int i = k - 1;
        while (i > 0 && (sentence.token(i).is("NOUN") || sentence.token(i).is("ADJ")) && mentionAt(i).isEmpty()) {
            i--;
        }
        int rightStop = i + 1;
        Optional<Mention> right = mentions.stream().filter(m -> m.stop() == rightStop && !m.pronoun()).findFirst();
        if (right.isEmpty() || !Words.text(sentence, right.get().start() - 1).equals("-")) {
            return List.of();
        }
        int leftStop = right.get().start() - 1;
        return mentions.stream().filter(m -> m.stop() == leftStop && !m.pronoun()).findFirst()
                .filter(left -> left.type() != EntityType.PERSON && right.get().type() != EntityType.PERSON)
                .map(left -> List.of(left, right.get())).orElse(List.of());
    }

    /**
     * Where the event at token k happens: a fronted locative ("In Oslo, …") covers the sentence; otherwise a
     * place after "in" or "at" within {@code window} tokens of the trigger.
     */
    Optional<Mention> place(int k, int window) {
        String first = Words.text(sentence, 0).toLowerCase(java.util.Locale.ROOT);
        if (first.equals("in") || first.equals("at")) {
            Optional<Mention> fronted = startingExactly(1).filter(m -> m.type().isPlace());
            if (fronted.isPresent() && Words.text(sentence, fronted.get().stop()).equals(",")) {
                return fronted;
            }
        }
        for (String preposition : List.of("in", "at")) {
            for (Mention m : after(k, preposition, window)) {
                if (m.type().isPlace()) {
                    return Optional.of(m);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The mention that heads the phrase starting at token i: skips title words before a name, and takes
     * "U.S. Secretary of State Ana Lima" as the person rather than the country that premodifies him.
     */
    Optional<Mention> mentionStartingAt(int i) {
        int j = i;
        while (j < sentence.size() && j - i < 6 && startingExactly(j).map(m -> !m.type().equals(EntityType.PERSON)
                && personFollows(m.stop())).orElse(titleLike(j))) {
            Optional<Mention> here = startingExactly(j);
            j = here.isPresent() ? here.get().stop() : j + 1;
        }
        Optional<Mention> head = startingExactly(j).or(() -> startingExactly(i));
        if (head.isPresent() && isPossessor(head.get())) {
            Optional<Mention> possessedPlace = startingExactly(head.get().stop() + 1)
                    .filter(m -> head.get().type().isPlace() && m.type().isPlace());
            return possessedPlace.isPresent() ? possessedPlace // "in Vietnam's Hanoi", "at Oslo's Gardermoen Airport"
                    : appositionAfterPossessed(head.get().stop() + 1);
        }
        if (head.isPresent() && head.get().pronoun() && POSSESSIVE_PRONOUNS.contains(head.get().name().toLowerCase(
                java.util.Locale.ROOT))) {
            return appositionAfterPossessed(head.get().stop()); // "with his Peruvian counterpart, Ana Lima"
        }
        return head;
    }

    /** "the minister's chief adviser, Olav Berg": the person the possessed phrase is in apposition to. */
    private Optional<Mention> appositionAfterPossessed(int j) {
        int k = j;
        while (k < sentence.size() && k - j < 6 && !sentence.token(k).is("PUNCT")
                && Set.of("ADJ", "NOUN", "PROPN").contains(sentence.token(k).tag())) {
            Optional<Mention> named = startingExactly(k).filter(m -> m.type() == EntityType.PERSON && !m.pronoun());
            if (named.isPresent() && k > j) {
                return named; // "his Chilean counterpart Tomas Reyes"
            }
            k++;
        }
        if (Words.text(sentence, k).equals(",")) {
            return startingExactly(k + 1).filter(m -> m.type() == EntityType.PERSON);
        }
        return Optional.empty();
    }

    private boolean personFollows(int j) {
        for (int k = j; k < sentence.size() && k - j < 6; k++) {
            Optional<Mention> m = startingExactly(k);
            if (m.isPresent()) {
                return m.get().type() == EntityType.PERSON;
            }
            if (!titleLike(k)) {
                return false;
            }
        }
        return false;
    }

    private boolean titleLike(int k) {
        String word = sentence.token(k).text();
        return word.equals("of") || word.equals("the") && Words.text(sentence, k - 1).equals("of") // "Chief of the General Staff"
                || sentence.token(k).isCapitalized() && !sentence.token(k).is("PUNCT")
                || sentence.token(k).is("ADJ") || gazetteer.isTitleWord(word) || isHyphenInsideTitle(k);
    }

    /** "Secretary-General", split by the tokenizer into "Secretary", "-", "General": the hyphen, glued to both. */
    private boolean isHyphenInsideTitle(int k) {
        return Words.isGluedHyphen(sentence, k) && sentence.token(k + 1).isCapitalized();
    }

    /** The longest mention starting at token i. */
    private Optional<Mention> startingExactly(int i) {
        return mentions.stream().filter(m -> m.start() == i).max(java.util.Comparator.comparingInt(Mention::stop));
    }

    /**
     * "the negotiations -- which include A, B and the C --", "the talks, which involve A and B": the parties an
     * aside right after the noun at k lists, up to where the aside closes.
     */
    List<Mention> listedInAside(int k) {
        if (!Set.of(",", "--", "\u2014", "(").contains(Words.text(sentence, k + 1))
                || !Set.of("which", "that").contains(Words.text(sentence, k + 2).toLowerCase(java.util.Locale.ROOT))
                || !INCLUDING_LEMMAS.contains(Words.lemma(sentence, k + 3))) {
            return List.of();
        }
        List<Mention> out = new ArrayList<>();
        for (int j = k + 4; j < sentence.size() && j < k + 30; ) {
            Token t = sentence.token(j);
            if (Set.of("--", "\u2014", ")", ";", ".").contains(t.text()) || t.is("VERB") || t.is("AUX")) {
                break;
            }
            Optional<Mention> member = startingExactly(j).filter(m -> !m.pronoun());
            member.ifPresent(out::add);
            j = member.map(Mention::stop).orElse(j + 1);
        }
        return out;
    }

    /**
     * "talks with Danish leaders", "met with Chilean officials": the country whose people (a plural) the phrase
     * after "with" names, as a mention on the demonym.
     */
    Optional<Mention> demonymPartyAfterWith(int k, int window) {
        int end = Math.min(clauseEnd(k), k + 1 + window);
        for (int i = k + 1; i < end; i++) {
            if (!sentence.token(i).text().equalsIgnoreCase("with")) {
                continue;
            }
            int j = Words.text(sentence, i + 1).equalsIgnoreCase("the") ? i + 2 : i + 1;
            int adjective = j + 1 < sentence.size() && gazetteer.country(sentence.text(j, j + 2)).isPresent() ? j + 1 : j;
            int people = adjective + 1;
            Token noun = people < sentence.size() ? sentence.token(people) : null;
            if (noun != null && PEOPLE_NOUNS.contains(noun.lemma()) && !noun.text().equals(noun.lemma())
                    && mentionStartingAt(people).isEmpty()) { // plural: "the Norwegian leader" is one person
                return gazetteer.demonymEndingAt(sentence, adjective);
            }
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static final Set<String> PEOPLE_NOUNS = Set.of("leader", "official", "minister", "diplomat",
            "negotiator", "delegation", "counterpart", "envoy", "authority", "representative", "lawmaker");
    private static final Set<String> COLLECTIVE_NOUNS = Set.of("leader", "official", "minister", "diplomat",
            "negotiator", "delegation", "delegate", "envoy", "representative", "lawmaker", "ambassador", "member",
            "chief", "head");

    /**
     * "NATO envoys met", "OPEC oil ministers will meet", "Greek and Turkish officials met": a subject of
     * people in the plural that an organisation or a country's adjective premodifies; that body takes part. For
     * gatherings only: "U.S. officials said" is no statement of the United States.
     */
    List<Mention> collectiveSubject(int k) {
        int head = verbGroupStart(k) - 1;
        Token noun = head >= 1 ? sentence.token(head) : null;
        if (noun == null || !noun.is("NOUN") || !COLLECTIVE_NOUNS.contains(noun.lemma())
                || noun.text().equals(noun.lemma())) {
            return List.of();
        }
        int j = head - 1;
        while (j > 0 && head - j <= 3 && !sentence.token(j).isCapitalized()
                && (sentence.token(j).is("ADJ") || sentence.token(j).is("NOUN"))) {
            j--; // "oil", "foreign"
        }
        return bodyEndingAt(j).map(this::coordinatedBackwards).orElse(List.of());
    }

    /** "Greek and Turkish officials": the body and those joined to it by "and" before it. */
    private List<Mention> coordinatedBackwards(Mention last) {
        List<Mention> out = new ArrayList<>(List.of(last));
        int k = last.start() - 1;
        if (k >= 1 && Words.text(sentence, k).equals("and")) {
            bodyEndingAt(k - 1).ifPresent(m -> out.add(0, m));
        }
        return out;
    }

    /** The organisation or country named by the words ending at token k, or by a country's adjective there. */
    private Optional<Mention> bodyEndingAt(int k) {
        return mentions.stream().filter(m -> m.stop() == k + 1 && !m.pronoun() && m.type() != EntityType.PERSON)
                .findFirst().or(() -> gazetteer.demonymEndingAt(sentence, k));
    }

    /** "will take place under UN auspices", "talks under the auspices of the African Union": the sponsor. */
    List<Mention> sponsor(int k) {
        int end = Math.min(clauseEnd(k), k + 12);
        for (int j = k + 1; j < end; j++) {
            if (!sentence.token(j).text().equalsIgnoreCase("under")) {
                continue;
            }
            int at = Words.text(sentence, j + 1).equalsIgnoreCase("the") ? j + 2 : j + 1;
            Optional<Mention> before = startingExactly(at).filter(m -> isAuspices(m.stop()));
            if (before.isPresent()) {
                return List.of(before.get());
            }
            if (isAuspices(at) && Words.text(sentence, at + 1).equals("of")) {
                return mentionStartingAt(at + 2).map(this::coordinated).orElse(List.of());
            }
        }
        return List.of();
    }

    private boolean isAuspices(int k) {
        return Words.text(sentence, k).toLowerCase(java.util.Locale.ROOT).startsWith("auspice");
    }

    private static final Set<String> INCLUDING_LEMMAS = Set.of("include", "involve", "comprise", "gather");

    /** The mention and those coordinated with it: "A and B", "A, B and C", "both A and B". */
    List<Mention> coordinated(Mention first) {
        List<Mention> out = new ArrayList<>(List.of(first));
        Mention last = first;
        while (true) {
            int k = last.stop();
            String word = Words.text(sentence, k);
            if (!(word.equals("and") || word.equals(",") || word.equals("or") || word.equals("nor"))) {
                break;
            }
            int next = k + 1;
            boolean closing = Words.text(sentence, next).equals("and"); // "A, B, and C"
            if (closing) {
                next++;
            }
            if (Words.text(sentence, next).equalsIgnoreCase("the") && mentionStartingAt(next).isEmpty()) {
                next++; // "Peru and the Netherlands"
            }
            Optional<Mention> following = mentionStartingAt(next);
            if (word.equals(",") && following.isEmpty()) {
                following = afterApposition(k).filter(m -> m.type() == first.type());
                if (following.isPresent()) {
                    out.add(following.get());
                    last = following.get();
                    continue;
                }
            }
            if (word.equals(",") && !closing && following.isPresent()
                    && !Set.of("and", "or", ",").contains(Words.text(sentence, following.get().stop()))) {
                break;
            }
            if (following.isEmpty() || following.get().type().isPlace() != first.type().isPlace()
                    && first.type() == EntityType.PERSON) {
                break;
            }
            if (following.get().start() > next && following.get().type() != EntityType.PERSON
                    && first.type() == EntityType.PERSON) {
                break; // "X, Chief of the General Staff, said": the body of X's title, no second member
            }
            out.add(following.get());
            last = following.get();
        }
        return out;
    }

    /**
     * "between A, who is the envoy, B, the deputy minister, and C": the next member of a list, past an apposition
     * or relative clause that describes the one before, which ends at the comma that opened it. Only a member
     * that continues the list (a comma or "and" after it) or closes it (", and" before it) counts.
     */
    private Optional<Mention> afterApposition(int comma) {
        int k = comma + 1;
        String opening = Words.text(sentence, k).toLowerCase(java.util.Locale.ROOT);
        boolean relative = opening.equals("who");
        if (!relative && !sentence.token(Math.min(k, sentence.size() - 1)).is("DET")) {
            return Optional.empty();
        }
        for (int end = k + 1; end < sentence.size() && end - k <= 16; end++) {
            Token t = sentence.token(end);
            if (!relative && (t.is("VERB") || t.is("AUX"))) {
                return Optional.empty(); // "A, the envoy, said": a clause, not a description
            }
            if (t.text().equals(",")) {
                boolean closing = Words.text(sentence, end + 1).equals("and");
                Optional<Mention> next = mentionStartingAt(end + (closing ? 2 : 1));
                boolean continues = next.isPresent()
                        && Set.of(",", "and").contains(Words.text(sentence, next.get().stop()));
                return next.filter(m -> closing || continues);
            }
            if (Set.of(";", ":", "(", "\"").contains(t.text())) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private boolean governed(Mention m) {
        int i = m.start() - 1;
        while (i >= 0 && Set.of("DET", "ADJ").contains(sentence.token(i).tag())) {
            i--;
        }
        return i >= 0 && PREPOSITIONS.contains(sentence.token(i).text().toLowerCase(java.util.Locale.ROOT))
                || inCoordinationAfterPreposition(m);
    }

    private boolean inCoordinationAfterPreposition(Mention m) {
        int i = m.start() - 1;
        if (i < 0 || !Set.of("and", "or", "nor").contains(sentence.token(i).text())) {
            return false;
        }
        for (Mention other : mentions) {
            if (other.stop() == i && governed(other)) {
                return true;
            }
        }
        return false;
    }

    private boolean isPossessor(Mention m) {
        return m.stop() < sentence.size() && Words.isPossessive(sentence.token(m.stop()));
    }

    /** "Maria Okafor, the head of …, proposed": a participle inside commas is not the clause's verb. */
    private boolean isParticipleInApposition(int i) {
        return !sentence.token(i).text().endsWith("ed") && sentence.token(i).text().endsWith("ing")
                || i > 0 && sentence.token(i - 1).text().equals(",") && sentence.token(i).lemma().equals("lead");
    }
}
