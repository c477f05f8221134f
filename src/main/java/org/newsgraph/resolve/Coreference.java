package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.HashSet;
import java.util.Locale;

import org.newsgraph.extract.Gazetteer;
import org.newsgraph.extract.MentionFinder;
import org.newsgraph.extract.Quotes;
import org.newsgraph.model.AffiliationFact;
import org.newsgraph.model.Fact;
import org.newsgraph.model.TitleFact;

import org.newsgraph.model.AnnotatedArticle;
import org.newsgraph.model.EntityKey;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.EventClass;
import org.newsgraph.model.EventMention;
import org.newsgraph.model.Gender;
import org.newsgraph.model.Known;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Sentence;

/**
 * Within one article, decides which mentions name the same entity: gazetteer names by their canonical name;
 * a surname or first name joins the one full name it fits ("Lima" → "Ana Lima"); an acronym joins the one
 * organisation whose initials it spells; a personal pronoun stands for the person the sentence (or the one
 * before) is about. When two entities fit equally, the mention is left unresolved, but for a family name
 * shared with relatives introduced as such, which stands for the one named first.
 */
final class Coreference {
    /** The entity each resolved mention names, and the canonical key of each entity. */
    record Chains(Map<Mention, EntityKey> keys, Map<EntityKey, List<Mention>> mentions) {
        Optional<EntityKey> keyOf(Mention m) {
            return Optional.ofNullable(keys.get(m));
        }
    }

    private Coreference() {
    }

    static Chains resolve(AnnotatedArticle article, List<Fact> facts, Gazetteer gazetteer) {
        Map<Mention, EntityKey> keys = new HashMap<>();
        List<Mention> names = article.mentions().stream().filter(m -> !m.pronoun()).toList();
        List<Mention> longestFirst = names.stream()
                .sorted(Comparator.comparingInt((Mention m) -> -words(m).length)
                        .thenComparingInt(Mention::begin))
                .toList();
        FullNames fullNames = new FullNames();
        Map<EntityKey, Mention> introduced = new HashMap<>();
        for (Mention m : longestFirst) {
            if (m.known().isPresent()) {
                Known known = m.known().get();
                keys.put(m, new EntityKey(known.type(), known.name()));
                continue;
            }
            List<EntityKey> fits = fullNames.candidates(m);
            if (fits.isEmpty()) {
                fits = fullNames.misspelt(m);
            }
            Optional<EntityKey> family = fits.size() > 1 ? headOfFamily(article, m, fits, introduced)
                    : Optional.empty();
            if (fits.size() == 1 || family.isPresent()) {
                EntityKey key = family.orElse(fits.get(0));
                keys.put(m, key);
                introduced.merge(key, m, (a, b) -> before(a, b) ? a : b);
            } else if (fits.isEmpty()) {
                EntityKey key = new EntityKey(m.type(), MentionFinder.withoutArticle(m.name()));
                keys.put(m, key);
                introduced.merge(key, m, (a, b) -> before(a, b) ? a : b);
                fullNames.add(key, words(m));
            }
        }
        Map<String, EntityKey> acronyms = new HashMap<>();
        for (Mention m : names) {
            acronymFor(article, m, keys).ifPresent(key -> acronyms.put(m.name(), key));
        }
        for (Mention m : names) {
            if (acronyms.containsKey(m.name())) {
                keys.put(m, acronyms.get(m.name()));
            }
        }
        Map<EntityKey, Set<String>> titles = new HashMap<>();
        Map<EntityKey, Set<String>> affiliations = new HashMap<>();
        for (Fact fact : facts) {
            if (fact instanceof TitleFact t && keys.containsKey(t.person())) {
                titles.computeIfAbsent(keys.get(t.person()), k -> new HashSet<>()).add(t.title().toLowerCase(Locale.ROOT));
            } else if (fact instanceof AffiliationFact a && keys.containsKey(a.person())) {
                affiliations.computeIfAbsent(keys.get(a.person()), k -> new HashSet<>()).add(a.group().canonicalName());
            }
        }
        List<Quotes.Quote> quotes = Quotes.find(article.text());
        Speakers speakers = new Speakers(facts, keys);
        Map<EntityKey, Mention> firstPersonMention = new HashMap<>();
        for (Mention m : names) {
            EntityKey key = keys.get(m);
            if (key != null && key.type() == EntityType.PERSON) {
                firstPersonMention.merge(key, m, (a, b) -> before(a, b) ? a : b);
            }
        }
        for (Mention pronoun : article.mentions()) {
            if (!pronoun.pronoun()) {
                continue;
            }
            Optional<EntityKey> resolved = pronoun.name().contains(" ") || !isPersonalPronoun(pronoun)
                    ? titleHolder(pronoun, firstPersonMention, titles, affiliations)
                    : speakers.lastBefore(pronoun).filter(key -> genderFits(gazetteer, genderOf(pronoun), key))
                            .or(() -> antecedent(article, pronoun, keys, gazetteer, quotes));
            resolved.ifPresent(key -> keys.put(pronoun, key));
        }
        Map<EntityKey, List<Mention>> byKey = new LinkedHashMap<>();
        article.mentions().stream()
                .filter(keys::containsKey)
                .forEach(m -> byKey.computeIfAbsent(keys.get(m), k -> new ArrayList<>()).add(m));
        return new Chains(Map.copyOf(keys), byKey);
    }

    private static final Set<String> KIN = Set.of("wife", "husband", "son", "daughter", "brother", "sister",
            "father", "mother", "widow", "nephew", "niece", "cousin", "spouse", "child", "grandson", "granddaughter");

    /**
     * "President Olav Dahl … his wife Ana Dahl … Dahl said": a bare family name that people of the article
     * share stands for the one named first when the others are introduced as that one's relatives (a kinship
     * noun right before their name), as news names relatives in full afterwards. Two people of one name
     * introduced as equals ("Ana Berg met Olav Berg") leave it unresolved.
     */
    private static Optional<EntityKey> headOfFamily(AnnotatedArticle article, Mention m, List<EntityKey> fits,
                                                    Map<EntityKey, Mention> introduced) {
        String[] name = words(m);
        if (m.type() != EntityType.PERSON || name.length != 1 || !fits.stream().allMatch(introduced::containsKey)
                || !fits.stream().allMatch(key -> key.name().endsWith(" " + name[0]))) {
            return Optional.empty();
        }
        EntityKey head = fits.stream().min(Comparator.comparingInt(k -> introduced.get(k).begin())).get();
        boolean relatives = fits.stream().filter(key -> !key.equals(head))
                .allMatch(key -> introducedAsKin(article, introduced.get(key)));
        return relatives && before(introduced.get(head), m) ? Optional.of(head) : Optional.empty();
    }

    private static boolean introducedAsKin(AnnotatedArticle article, Mention first) {
        return first.start() > 0
                && KIN.contains(article.sentence(first.sentence()).token(first.start() - 1).lemma());
    }

    /** "the Kennedy Space Center (KSC)": a one-word name in brackets right after a name is that name's acronym. */
    private static Optional<EntityKey> acronymFor(AnnotatedArticle article, Mention m, Map<Mention, EntityKey> keys) {
        var sentence = article.sentence(m.sentence());
        boolean bracketed = m.stop() - m.start() == 1 && m.start() >= 2
                && sentence.token(m.start() - 1).text().equals("(")
                && m.stop() < sentence.size() && sentence.token(m.stop()).text().equals(")")
                && m.name().chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
        if (!bracketed) {
            return Optional.empty();
        }
        return article.mentionsIn(m.sentence()).stream()
                .filter(o -> !o.pronoun() && o.stop() == m.start() - 1 && keys.containsKey(o))
                .filter(o -> initialsOf(o.name()).startsWith(m.name().substring(0, 1)))
                .map(keys::get)
                .findFirst();
    }

    private static String initialsOf(String name) {
        return initials(name.split(" "));
    }

    private static boolean isPersonalPronoun(Mention m) {
        return Set.of("he", "him", "his", "she", "her", "hers").contains(m.name().toLowerCase(Locale.ROOT));
    }

    /**
     * The person a title used alone stands for ("the foreign minister"): the one person named before it whose
     * title holds the same words, and whose affiliation is the country its adjective names ("the Russian
     * foreign minister"); nobody when several fit.
     */
    private static Optional<EntityKey> titleHolder(Mention title, Map<EntityKey, Mention> firstMention,
                                                   Map<EntityKey, Set<String>> titles,
                                                   Map<EntityKey, Set<String>> affiliations) {
        List<String> words = new ArrayList<>(List.of(title.name().toLowerCase(Locale.ROOT).split(" ")));
        Optional<Known> country = Gazetteer.english().country(title.name().split(" ")[0]);
        if (country.isPresent()) {
            words.remove(0);
        }
        Set<EntityKey> fits = new HashSet<>();
        for (Map.Entry<EntityKey, Set<String>> entry : titles.entrySet()) {
            EntityKey key = entry.getKey();
            Mention first = firstMention.get(key);
            if (first == null || !before(first, title)) {
                continue;
            }
            boolean titleFits = entry.getValue().stream().anyMatch(t -> List.of(t.split(" ")).containsAll(words));
            boolean countryFits = country.map(c -> affiliations.getOrDefault(key, Set.of()).contains(c.name()))
                    .orElse(true);
            if (titleFits && countryFits) {
                fits.add(key);
            }
        }
        return fits.size() == 1 ? Optional.of(fits.iterator().next()) : Optional.empty();
    }

    /** Whether mention a stands before mention b. */
    private static boolean before(Mention a, Mention b) {
        return a.sentence() < b.sentence() || a.sentence() == b.sentence() && a.start() < b.start();
    }

    /**
     * The names given in full so far, indexed by their first word, last word and initials, so that finding the
     * ones a shorter name fits costs a few looks however many names the article holds.
     */
    private static final class FullNames {
        private static final int SPELLED = 200;
        private final List<EntityKey> people = new ArrayList<>(); // the persons of forms, in the order named
        private final Map<String, List<EntityKey>> byWord = new HashMap<>();
        private final Map<EntityKey, List<String[]>> forms = new LinkedHashMap<>();

        void add(EntityKey key, String[] words) {
            if (!forms.containsKey(key) && key.type() == EntityType.PERSON) {
                people.add(key);
            }
            forms.computeIfAbsent(key, k -> new ArrayList<>()).add(words);
            for (String word : new HashSet<>(List.of(words[0], words[words.length - 1], initials(words)))) {
                List<EntityKey> filed = byWord.computeIfAbsent(word, w -> new ArrayList<>());
                if (!filed.contains(key)) {
                    filed.add(key);
                }
            }
        }

        /**
         * The person already named in full whose name this one misspells ("Ms Osendorff" after "Marta
         * Ossendorf", "Jonas Lunt" after "Jonas Lund"): one word, of five letters or more, within one edit of that
         * person's (two for a word of eight or more), every other word the same; none when several fit. Only
         * the last {@link #SPELLED} people named are looked at, so the cost per name stays bounded.
         */
        List<EntityKey> misspelt(Mention m) {
            if (m.type() != EntityType.PERSON) {
                return List.of();
            }
            String[] words = words(m);
            List<EntityKey> fits = new ArrayList<>();
            for (EntityKey key : people.subList(Math.max(0, people.size() - SPELLED), people.size())) {
                if (forms.get(key).stream().anyMatch(full -> Spelling.misspells(words, full))) {
                    fits.add(key);
                }
            }
            return fits.size() == 1 ? fits : List.of();
        }

        /** The entities already named in full that this name fits. */
        List<EntityKey> candidates(Mention m) {
            String[] words = words(m);
            Set<EntityKey> looked = new java.util.LinkedHashSet<>();
            for (String word : List.of(words[0], words[words.length - 1], words[0].replace(".", ""))) {
                looked.addAll(byWord.getOrDefault(word, List.of()));
            }
            List<EntityKey> fits = new ArrayList<>();
            for (EntityKey key : looked) {
                if (compatible(m.type(), key.type())
                        && forms.get(key).stream().anyMatch(full -> fits(words, full, key.type()))) {
                    fits.add(key);
                }
            }
            return fits;
        }
    }

    private static boolean compatible(EntityType mention, EntityType entity) {
        return mention == entity || mention.isPlace() && entity.isPlace();
    }

    /** Whether a name fits a fuller one: same words, its last or first word, first and last, or its initials. */
    private static boolean fits(String[] name, String[] full, EntityType type) {
        if (String.join(" ", name).equals(String.join(" ", full))) {
            return true;
        }
        if (name.length >= full.length) {
            return false;
        }
        if (type == EntityType.PERSON) {
            if (name.length == 1) {
                return name[0].equals(full[full.length - 1]) || name[0].equals(full[0]);
            }
            boolean suffix = java.util.Arrays.equals(name, 0, name.length, full, full.length - name.length,
                    full.length) && Character.isLowerCase(name[0].charAt(0));
            return suffix || name[0].equals(full[0]) && name[name.length - 1].equals(full[full.length - 1]);
        }
        if (type == EntityType.ORGANIZATION && name.length == 1) {
            return name[0].equals(initials(full)) || name[0].replace(".", "").equals(initials(full));
        }
        return false;
    }

    private static String initials(String[] words) {
        StringBuilder out = new StringBuilder();
        for (String w : words) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                out.append(w.charAt(0));
            }
        }
        return out.toString();
    }

    /**
     * The person a pronoun stands for: the first person named earlier in its sentence, else the first person
     * named in the sentence before (usually its subject), else the last person named two sentences back. People
     * named inside a quotation are not what a pronoun outside it stands for ("“I thanked Mr. Berg,” he said"
     * is not Berg speaking).
     */
    private static Optional<EntityKey> antecedent(AnnotatedArticle article, Mention pronoun,
                                                  Map<Mention, EntityKey> keys, Gazetteer gazetteer,
                                                  List<Quotes.Quote> quotes) {
        Optional<Gender> gender = genderOf(pronoun);
        Optional<Quotes.Quote> pronounQuote = Quotes.holding(quotes, pronoun.begin(), pronoun.end());
        java.util.function.Predicate<Mention> speakable = m ->
                Quotes.holding(quotes, m.begin(), m.end()).equals(pronounQuote);
        java.util.function.Predicate<EntityKey> fits = key -> genderFits(gazetteer, gender, key);
        Optional<EntityKey> inSentence = firstPerson(article, pronoun.sentence(), pronoun.start(), keys, fits,
                speakable);
        if (inSentence.isPresent()) {
            return inSentence;
        }
        for (int back = 1; back <= 2 && pronoun.sentence() - back >= 0; back++) {
            Optional<EntityKey> before = firstPerson(article, pronoun.sentence() - back, Integer.MAX_VALUE, keys,
                    fits, speakable);
            if (before.isPresent()) {
                return before;
            }
        }
        return Optional.empty();
    }

    /**
     * "Alves announced … . The meeting will take place on a ship, he added": a pronoun that speaks stands
     * for the last person named as a speaker in the three sentences before, when the pronoun's gender fits.
     * The speakers are filed by sentence, so the look costs the same however long the article.
     */
    private static final class Speakers {
        private static final int NEAR = 3;
        private final Set<Mention> speaking = new HashSet<>();
        private final Map<Integer, List<Mention>> bySentence = new HashMap<>();
        private final Map<Mention, EntityKey> keys;

        Speakers(List<Fact> facts, Map<Mention, EntityKey> keys) {
            this.keys = keys;
            for (Fact f : facts) {
                if (f instanceof EventMention e
                        && (e.type() == EventClass.STATEMENT || e.type() == EventClass.ANNOUNCEMENT)) {
                    for (Mention agent : e.agents()) {
                        speaking.add(agent);
                        if (!agent.pronoun() && agent.type() == EntityType.PERSON) {
                            bySentence.computeIfAbsent(agent.sentence(), k -> new ArrayList<>()).add(agent);
                        }
                    }
                }
            }
        }

        /** The person last named as a speaker before a pronoun that speaks, within three sentences. */
        Optional<EntityKey> lastBefore(Mention pronoun) {
            if (!speaking.contains(pronoun)) {
                return Optional.empty();
            }
            Mention last = null;
            for (int s = Math.max(0, pronoun.sentence() - NEAR); s <= pronoun.sentence(); s++) {
                for (Mention agent : bySentence.getOrDefault(s, List.of())) {
                    boolean earlier = agent.sentence() < pronoun.sentence() || agent.stop() <= pronoun.start();
                    if (earlier && keys.containsKey(agent) && (last == null || agent.begin() > last.begin())) {
                        last = agent;
                    }
                }
            }
            return last == null ? Optional.empty() : Optional.of(keys.get(last));
        }
    }

    /** Whether a person's given name does not contradict a pronoun's gender. */
    private static boolean genderFits(Gazetteer gazetteer, Optional<Gender> gender, EntityKey key) {
        return gender.isEmpty()
                || gazetteer.genderOf(key.name().split(" ")[0]).map(gender.get()::equals).orElse(true);
    }

    /** "she" and "her" a woman, "he", "him" and "his" a man. */
    private static Optional<Gender> genderOf(Mention pronoun) {
        return switch (pronoun.name().toLowerCase(java.util.Locale.ROOT)) {
            case "she", "her", "hers" -> Optional.of(Gender.FEMALE);
            case "he", "him", "his" -> Optional.of(Gender.MALE);
            default -> Optional.empty();
        };
    }

    /**
     * The first person of a sentence, before a token, whose given name does not contradict the pronoun: the
     * first one no preposition governs, else the first ("After talks with Ana Lima, Berg left. He said …": he
     * is Berg, the subject, not Lima).
     */
    private static Optional<EntityKey> firstPerson(AnnotatedArticle article, int sentence, int beforeToken,
                                                   Map<Mention, EntityKey> keys,
                                                   java.util.function.Predicate<EntityKey> fits,
                                                   java.util.function.Predicate<Mention> speakable) {
        List<Mention> people = article.mentionsIn(sentence).stream()
                .filter(m -> m.start() < beforeToken && m.type() == EntityType.PERSON && keys.containsKey(m))
                .filter(speakable)
                .filter(m -> keys.get(m).type() == EntityType.PERSON && fits.test(keys.get(m)))
                .toList();
        Sentence s = article.sentence(sentence);
        return people.stream().filter(m -> !isGoverned(s, m)).findFirst().or(() -> people.stream().findFirst())
                .map(keys::get);
    }

    /** Whether a preposition governs a name, past its title and article ("with President Ana Lima"). */
    private static boolean isGoverned(Sentence s, Mention m) {
        int k = m.start() - 1;
        while (k >= 0 && m.start() - k <= 4 && (s.token(k).is("DET") || s.token(k).is("ADJ")
                || s.token(k).isCapitalized() && (s.token(k).is("PROPN") || s.token(k).is("NOUN")))) {
            k--;
        }
        return k >= 0 && s.token(k).is("ADP");
    }

    static String[] words(Mention m) {
        return MentionFinder.withoutArticle(m.name()).split(" ");
    }
}
