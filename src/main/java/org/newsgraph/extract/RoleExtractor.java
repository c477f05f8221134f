package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.newsgraph.model.AffiliationFact;
import org.newsgraph.model.AnnotatedArticle;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Fact;
import org.newsgraph.model.Known;
import org.newsgraph.model.LocatedInFact;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.TitleFact;
import org.newsgraph.model.Token;

/**
 * Titles and affiliations of people, and places named inside others:
 * <ul>
 *   <li>premodifier: "Brazilian Foreign Minister Ana Lima", "U.S. Secretary of State …";</li>
 *   <li>apposition after the name: "Maria Okafor, the head of Nigeria's Sovereign Investment Authority,";</li>
 *   <li>apposition before the name: "the country's national security advisor, Olav Berg";</li>
 *   <li>role phrase: "Joe Biden's tenure as president";</li>
 *   <li>"Lyon, France": the first place lies in the second.</li>
 * </ul>
 */
public final class RoleExtractor implements Extractor {
    private static final Set<String> DROPPED_MODIFIERS = Set.of("former", "then", "current", "outgoing", "incoming",
            "the", "a", "an", "newly", "elected", "longtime", "veteran", "acting", "interim");
    private static final Set<String> TITLE_SUFFIXES = Set.of("elect", "designate");
    private static final Set<String> ROLE_NOUNS = Set.of("tenure", "term", "time", "role", "stint", "year", "day",
            "presidency", "career", "job", "position");

    private final Gazetteer gazetteer;
    private final Portfolios portfolios;

    public RoleExtractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.portfolios = new Portfolios(gazetteer);
    }

    @Override
    public String name() {
        return "role-pattern";
    }

    @Override
    public Set<Layer> requires() {
        return GRAMMAR_AND_MENTIONS;
    }

    @Override
    public List<Fact> extract(AnnotatedArticle article) {
        List<Fact> facts = new ArrayList<>();
        for (Sentence sentence : article.sentences()) {
            List<Mention> mentions = article.mentionsIn(sentence.index());
            for (Mention m : mentions) {
                if (m.type() == EntityType.PERSON && !m.pronoun()) {
                    premodifier(sentence, mentions, m, facts);
                    appositionAfter(sentence, mentions, m, facts);
                    appositionBefore(sentence, mentions, m, facts);
                    rolePhrase(sentence, m, facts);
                    counterpart(sentence, mentions, m, facts);
                    ofCountry(sentence, mentions, m, facts);
                }
            }
            locatedIn(sentence, mentions, facts);
        }
        return facts;
    }

    private void premodifier(Sentence s, List<Mention> mentions, Mention person, List<Fact> facts) {
        if (person.stop() - person.start() == 2 && Words.isRoyalTitle(s.token(person.start()).text())) {
            facts.add(new TitleFact(person, s.token(person.start()).text(), "title-royal"));
            affiliationBefore(s, mentions, person.start(), person, "affiliation-premodifier", facts);
            return;
        }
        int end = postedTo(s, mentions, person.start());
        while (end > 0 && gazetteer.isHonorific(s.token(end - 1).text())) {
            end--; // "supreme leader Ayatollah Reza Karimi": the honorific is no part of the title
        }
        int first = portfolios.start(s, end); // "Minister for Education Ana Lima"
        while (first > 0 && (titlePart(s, first - 1) || isTitleHyphen(s, first - 1))) {
            first--;
        }
        while (first < end && s.token(first).text().equals("of")) {
            first++;
        }
        int start = first;
        Optional<String> title = titleText(s, start, end);
        if (title.isEmpty()) {
            return;
        }
        facts.add(new TitleFact(person, title.get(), "title-premodifier"));
        int before = facts.size();
        affiliationBefore(s, mentions, start, person, "affiliation-premodifier", facts);
        if (facts.size() == before && Words.text(s, start - 1).equals("and")) {
            // "Chinese President A and Premier B": the nationality before the first title is the second's too
            facts.stream().filter(AffiliationFact.class::isInstance).map(AffiliationFact.class::cast)
                    .filter(a -> a.person().stop() == start - 1 && a.extractor().equals("affiliation-premodifier"))
                    .findFirst().map(a -> new AffiliationFact(person, a.group(), "affiliation-premodifier"))
                    .ifPresent(facts::add);
        }
    }

    /**
     * Where the title before a name ends: before the name, or before the post's "to" and place ("Ambassador to
     * the United States Ana Lima").
     */
    private int postedTo(Sentence s, List<Mention> mentions, int name) {
        Optional<Mention> place = mentions.stream().filter(m -> m.stop() == name && m.type().isPlace()).findFirst();
        if (place.isEmpty()) {
            return name;
        }
        int to = place.get().start() - 1;
        if (Words.text(s, to).equalsIgnoreCase("the")) {
            to--;
        }
        return to > 0 && Words.text(s, to).equals("to") && gazetteer.isTitleHead(s.token(to - 1).text()) ? to : name;
    }

    private void appositionAfter(Sentence s, List<Mention> mentions, Mention person, List<Fact> facts) {
        int k = person.stop();
        if (!Words.text(s, k).equals(",")) {
            return;
        }
        k++;
        if (Words.text(s, k).equals("who") && Words.lemma(s, k + 1).equals("be")) {
            k += 2; // "Olav Berg, who is Ruritanian Minister for Trade,"
        }
        if (Set.of("the", "a", "an").contains(Words.text(s, k).toLowerCase())) {
            k++;
        }
        Optional<Mention> group = Optional.empty();
        Optional<Mention> before = mentionAt(mentions, k);
        if (before.isPresent() && before.get().type().canEmploy()) {
            group = before;
            k = before.get().stop();
            if (Words.isPossessive(s.token(Math.min(k, s.size() - 1)))) {
                k++;
            }
        } else if (k + 1 < s.size() && gazetteer.country(s.text(k, k + 2)).isPresent()) {
            group = Optional.of(demonym(s, k, k + 2));
            k += 2;
        } else if (k < s.size() && gazetteer.country(s.token(k).text()).isPresent()) {
            group = Optional.of(demonym(s, k, k + 1));
            k++;
        }
        int start = k;
        int end = titleEnd(s, start);
        Optional<String> title = titleText(s, start, end);
        if (title.isEmpty() || namesNext(s, mentions, end)) {
            return;
        }
        facts.add(new TitleFact(person, title.get(), "title-apposition"));
        if (group.isEmpty() && Words.isPostPreposition(Words.text(s, end))) {
            int at = Words.text(s, end + 1).equalsIgnoreCase("the") ? end + 2 : end + 1; // "head of the General Staff"
            group = mentionAt(mentions, at).filter(m -> m.type().canEmploy());
        }
        group.ifPresent(g -> facts.add(new AffiliationFact(person, g, "affiliation-apposition")));
    }

    /**
     * Whether the title ending at k goes on to name the next person ("…, Treasury Secretary James Baker, White
     * House Chief of Staff Howard Baker"): a person's name follows, with only "of" and capitalised words of the
     * title between. Then the title is that person's, not an apposition to the one before.
     */
    private static boolean namesNext(Sentence s, List<Mention> mentions, int k) {
        for (int p = k; p < Math.min(s.size(), k + 6); p++) {
            int at = p;
            if (mentions.stream().anyMatch(m -> m.start() == at && m.type() == EntityType.PERSON && !m.pronoun())) {
                return true;
            }
            if (!s.token(p).isCapitalized() && !Set.of("of", "to", "the").contains(s.token(p).text())) {
                return false;
            }
        }
        return false;
    }

    private void appositionBefore(Sentence s, List<Mention> mentions, Mention person, List<Fact> facts) {
        int comma = person.start() - 1;
        if (comma < 1 || !Words.text(s, comma).equals(",")) {
            return;
        }
        int start = portfolios.start(s, comma);
        while (start > 0 && titlePart(s, start - 1)) {
            start--;
        }
        Optional<String> title = titleText(s, start, comma);
        if (title.isEmpty() || titleEnd(s, start) != comma || describesTheOneBefore(s, mentions, start)) {
            return;
        }
        facts.add(new TitleFact(person, title.get(), "title-apposition"));
        affiliationBefore(s, mentions, start, person, "affiliation-apposition", facts);
    }

    /**
     * "between Olav Berg, who is Undersecretary for Trade, Tomas Reyes, …" and "Olav Berg, the Undersecretary
     * for Trade, Tomas Reyes, …": a title in apposition after one person is not also the one named after it.
     */
    private static boolean describesTheOneBefore(Sentence s, List<Mention> mentions, int titleStart) {
        for (int p = titleStart - 1; p >= Math.max(0, titleStart - 4); p--) {
            int comma = p;
            boolean be = Words.lemma(s, p).equals("be") && !Words.isPossessive(s.token(p)); // not "Trump's"
            if (be || Words.text(s, p).equals(",") && mentions.stream()
                    .anyMatch(m -> m.stop() == comma && m.type() == EntityType.PERSON && !m.pronoun())) {
                return true;
            }
            if (s.token(p).is("PUNCT")) {
                return false;
            }
        }
        return false;
    }

    /** "his Peruvian counterpart, Ana Lima", "his Chilean counterpart Tomas Reyes": the demonym's country. */
    private void counterpart(Sentence s, List<Mention> mentions, Mention person, List<Fact> facts) {
        int k = person.start() - 1;
        if (Words.text(s, k).equals(",")) {
            k--;
        }
        if (k < 1 || !Set.of("counterpart", "counterparts").contains(Words.text(s, k).toLowerCase())) {
            return;
        }
        gazetteer.demonymEndingAt(s, k - 1).ifPresent(g -> facts.add(new AffiliationFact(person, g, "affiliation-counterpart")));
    }

    /** "Jean Diallo of Senegal": a person and the country after "of". */
    private void ofCountry(Sentence s, List<Mention> mentions, Mention person, List<Fact> facts) {
        int k = person.stop();
        if (!Words.text(s, k).equals("of")) {
            return;
        }
        mentionAt(mentions, k + 1).filter(m -> m.type() == EntityType.COUNTRY)
                .filter(m -> !Words.isPossessive(s.token(Math.min(m.stop(), s.size() - 1))))
                .ifPresent(g -> facts.add(new AffiliationFact(person, g, "affiliation-of-country")));
    }

    private void rolePhrase(Sentence s, Mention person, List<Fact> facts) {
        int k = person.stop();
        if (k < s.size() && Words.isPossessive(s.token(k))) {
            k++;
            if (!ROLE_NOUNS.contains(Words.lemma(s, k))) {
                return;
            }
            k++;
        }
        if (!Words.text(s, k).equals("as")) {
            return;
        }
        int end = titleEnd(s, k + 1);
        titleText(s, k + 1, end).ifPresent(t -> facts.add(new TitleFact(person, t, "title-role-phrase")));
    }

    private void affiliationBefore(Sentence s, List<Mention> mentions, int titleStart, Mention person,
                                   String extractor, List<Fact> facts) {
        int k = titleStart - 1;
        for (int skipped = 0; skipped < 2 && k > 0 && isQualifier(s, mentions, k); skipped++) {
            k--; // "Chile's hardline Prime Minister", "Peru's Islamist Prime Minister"
        }
        if (k >= 0 && Words.isPossessive(s.token(k))) {
            k--;
        }
        if (k < 0) {
            return;
        }
        int last = k;
        Optional<Mention> group = mentions.stream()
                .filter(m -> m.stop() - 1 == last && m.type().canEmploy())
                .findFirst();
        if (group.isEmpty()) {
            group = gazetteer.demonymEndingAt(s, k);
        }
        group.ifPresent(g -> facts.add(new AffiliationFact(person, g, extractor)));
    }

    /** A word that qualifies a title without naming whom its holder serves: "hardline", "Islamist", "veteran". */
    private boolean isQualifier(Sentence s, List<Mention> mentions, int k) {
        Token t = s.token(k);
        int at = k;
        boolean modifier = t.is("ADJ") || !t.isCapitalized() && k > 0 && Words.isPossessive(s.token(k - 1))
                && t.text().chars().allMatch(Character::isLetter); // "Peru's hardline", whatever its tag
        return modifier && gazetteer.country(t.text()).isEmpty() && !gazetteer.isTitleWord(t.text())
                && mentions.stream().noneMatch(m -> m.start() <= at && at < m.stop())
                && !(k > 0 && gazetteer.country(s.token(k - 1).text() + " " + t.text()).isPresent());
    }

    private void locatedIn(Sentence s, List<Mention> mentions, List<Fact> facts) {
        for (int i = 0; i + 1 < mentions.size(); i++) {
            Mention place = mentions.get(i);
            Mention container = mentions.get(i + 1);
            boolean placeKind = place.type() == EntityType.CITY || place.type() == EntityType.PLACE
                    || place.type() == EntityType.REGION;
            boolean containerKind = container.type() == EntityType.COUNTRY || container.type() == EntityType.REGION;
            if (placeKind && containerKind && container.start() == place.stop() + 1
                    && Words.text(s, place.stop()).equals(",")
                    && place.known().flatMap(Known::container).map(c -> c.equals(container.canonicalName()))
                    .orElse(true)) {
                facts.add(new LocatedInFact(place, container, "located-in-apposition"));
            }
        }
        for (Mention container : mentions) {
            if (!container.pronoun() && rank(container.type()) > 0 && Words.text(s, container.stop()).equals("'s")) {
                possessedPlaces(s, mentions, container.stop() + 1, container, facts);
            }
        }
        for (int k = 0; k + 1 < s.size(); k++) {
            if (Words.isPlaceNoun(Words.lemma(s, k + 1))
                    && (!s.token(k).is("PROPN") || Words.text(s, k - 1).equalsIgnoreCase("the"))) {
                int at = k;
                gazetteer.demonymEndingAt(s, k).ifPresent(d -> possessedPlaces(s, mentions, at + 1, d, facts));
            }
        }
    }

    /**
     * The places a country, region or city holds, named right after it ("Oslo's Kalvak Airport",
     * "Moldova's breakaway regions of Tarvos and Kalvak", "the Georgian region of Ossen"), from token k: a few
     * modifiers, then the place as the head of its phrase, or a noun of place, "of" and a list of places.
     */
    private void possessedPlaces(Sentence s, List<Mention> mentions, int k, Mention container, List<Fact> facts) {
        int at = k;
        while (at < s.size() && at < k + 3 && !s.token(at).isCapitalized()
                && (s.token(at).is("ADJ") || s.token(at).is("VERB") || s.token(at).text().equals("-"))) {
            at++; // "breakaway", "rebel-held", "northern"
        }
        if (at + 1 < s.size() && Words.isPlaceNoun(s.token(at).lemma()) && !s.token(at).isCapitalized()
                && s.token(at + 1).text().equals("of")) {
            mentionAt(mentions, at + 2).map(new Arguments(s, mentions, gazetteer)::coordinated).orElse(List.of())
                    .forEach(place -> within(container, place, facts));
            return;
        }
        Optional<Mention> place = mentionAt(mentions, at);
        if (place.isPresent() && !(place.get().stop() < s.size() && (s.token(place.get().stop()).is("NOUN")
                || s.token(place.get().stop()).is("PROPN")))) {
            within(container, place.get(), facts);
        }
    }

    private static void within(Mention container, Mention place, List<Fact> facts) {
        if (rank(place.type()) < rank(container.type()) && rank(place.type()) >= 0
                && place.known().flatMap(Known::container).map(c -> c.equals(container.canonicalName())).orElse(true)) {
            facts.add(new LocatedInFact(place, container, "located-in-possessive"));
        }
    }

    /** How large a kind of place is, for what may lie in what: a country holds regions, a region cities. */
    private static int rank(EntityType type) {
        return switch (type) {
            case COUNTRY -> 3;
            case REGION -> 2;
            case CITY -> 1;
            case PLACE -> 0;
            default -> -1;
        };
    }

    /** A mention of the country an adjective names, placed on the adjective's tokens [start, stop). */
    private Mention demonym(Sentence s, int start, int stop) {
        Known country = gazetteer.country(s.text(start, stop)).orElseThrow();
        return new Mention(s.index(), start, stop, s.token(start).begin(), s.token(stop - 1).end(), country.name(),
                country.type(), Optional.of(country), false);
    }

    /** "Secretary-General", "Minister-designate" tokenised with the hyphen apart: the hyphen joins the title. */
    private boolean isTitleHyphen(Sentence s, int k) {
        return k > 0 && s.token(k).text().equals("-") && s.token(k).begin() == s.token(k - 1).end()
                && k + 1 < s.size() && s.token(k + 1).begin() == s.token(k).end()
                && gazetteer.isTitleWord(s.token(k - 1).text());
    }

    private boolean titlePart(Sentence s, int k) {
        String word = s.token(k).text();
        return gazetteer.isTitleWord(word) || word.equals("of") || isDepartmentWord(s, k)
                || isTitleSuffix(s, k);
    }

    /** "Finance Minister-designate", "Prime Minister-elect": a title's suffix after its hyphen. */
    private boolean isTitleSuffix(Sentence s, int k) {
        return k >= 2 && TITLE_SUFFIXES.contains(s.token(k).text().toLowerCase(java.util.Locale.ROOT))
                && isTitleHyphen(s, k - 1) && gazetteer.isTitleHead(s.token(k - 2).text());
    }

    private boolean isDepartmentWord(Sentence s, int k) {
        for (int from = Math.max(0, k - 4); from <= k; from++) {
            if (Words.text(s, from - 1).equals("of")) {
                for (int to = k + 1; to <= Math.min(s.size(), from + 5); to++) {
                    if (gazetteer.isDepartment(s.text(from, to))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Where a title phrase starting at k ends: title words, then perhaps "of" and a department. */
    private int titleEnd(Sentence s, int k) {
        int end = k;
        while (end < s.size() && (gazetteer.isTitleWord(s.token(end).text())
                || DROPPED_MODIFIERS.contains(s.token(end).text().toLowerCase()) && end == k)) {
            end++;
        }
        if (end < s.size() && s.token(end).text().equals("of")) {
            for (int m = Math.min(s.size(), end + 5); m > end + 1; m--) {
                if (gazetteer.isDepartment(s.text(end + 1, m))) {
                    end = m;
                    break;
                }
            }
        }
        return portfolios.end(s, end);
    }

    /** The title as written over tokens [start, end), without "former" and the like; empty unless it has a head. */
    private Optional<String> titleText(Sentence s, int start, int end) {
        while (start < end && DROPPED_MODIFIERS.contains(s.token(start).text().toLowerCase())) {
            start++;
        }
        if (start >= end) {
            return Optional.empty();
        }
        int forAt = portfolios.start(s, end);
        int heads = forAt > start ? forAt : end; // "Undersecretary for Education": the title before its portfolio
        boolean hasHead = false;
        for (int k = start; k < heads; k++) {
            hasHead |= gazetteer.isTitleHead(s.token(k).text());
        }
        String last = s.token(heads - 1).text();
        boolean endsWell = gazetteer.isTitleHead(last) || isDepartmentWord(s, heads - 1) || isTitleSuffix(s, heads - 1);
        return hasHead && endsWell ? Optional.of(s.text(start, end)) : Optional.empty();
    }

    private static Optional<Mention> mentionAt(List<Mention> mentions, int start) {
        return mentions.stream().filter(m -> m.start() == start && !m.pronoun())
                .max(java.util.Comparator.comparingInt(Mention::stop));
    }
}
