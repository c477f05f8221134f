package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.newsgraph.model.AnnotatedArticle;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Sentence;

/**
 * Finds the names of people, organisations and places, and the personal pronouns that may stand for people.
 * Names are runs of capitalised tokens ({@link NameRuns}, split by {@link RunSplitter}); a name is typed by the
 * gazetteer, by its head word ("Fund", "Ministry", "Province"), by a known given name, or by its context
 * ({@link NameTyping}); what the gazetteer knows is read as the article means it ({@link NameDisambiguation}),
 * and one name keeps one type throughout the article. A name nothing types is left out: a missing entity costs
 * less than a wrong one.
 */
public final class MentionFinder {
    /** What may end a company's name after its short form: a legal form, and the "and" of "and Co". */
    private static final Set<String> CORPORATE_SUFFIXES = union(NameRuns.LEGAL_FORMS,
            Set.of("AG", "SA", "NV", "and", "&"));

    private final NameRuns runs;
    private final NameTyping typing;
    private final NameDisambiguation disambiguation;
    private final DatelineNames datelineNames;

    public MentionFinder(Gazetteer gazetteer) {
        this.runs = new NameRuns(gazetteer);
        this.typing = new NameTyping(gazetteer);
        this.disambiguation = new NameDisambiguation(gazetteer, typing);
        this.datelineNames = new DatelineNames(gazetteer);
    }

    public AnnotatedArticle find(AnnotatedArticle article) {
        Optional<Dateline> dateline = Dateline.of(article);
        List<NameCandidate> candidates = candidates(article, dateline);
        List<EntityType> types = types(article, candidates);
        List<Mention> mentions = withShortFormsOfPeople(candidates, types);
        return article.withMentions(disambiguation.surnamesArePeople(article, mentions, dateline));
    }

    /**
     * The names of every sentence, read twice: the words of names found in the first reading make a sentence's
     * first word a name in the second, and a known name that is a person's surname there is that person.
     */
    private List<NameCandidate> candidates(AnnotatedArticle article, Optional<Dateline> dateline) {
        Set<String> nameWords = new HashSet<>();
        Set<String> surnames = new HashSet<>();
        for (Sentence sentence : article.sentences()) {
            for (NameCandidate c : runs.in(article, sentence, Set.of())) {
                String[] words = c.name().split(" ");
                // a name of two words or more is a name, typed or not yet ("Fung Kit-wah" before "Fung said")
                if ((c.type() != null || words.length >= 2) && !c.pronoun()) {
                    nameWords.addAll(List.of(words));
                    if (c.type() == EntityType.PERSON && words.length >= 2) {
                        surnames.add(words[words.length - 1]);
                    }
                }
            }
        }
        List<NameCandidate> candidates = new ArrayList<>();
        for (Sentence sentence : article.sentences()) {
            List<NameCandidate> found = disambiguation.surnamesOf(article, runs.in(article, sentence, nameWords),
                    surnames);
            if (dateline.isPresent() && dateline.get().sentence() == sentence.index()) {
                found = datelineNames.withDateline(article, sentence, dateline.get(), found);
            }
            candidates.addAll(found);
        }
        candidates = disambiguation.asTeams(article, disambiguation.disambiguate(candidates));
        return disambiguation.citiesThatAreNot(article, candidates);
    }

    /**
     * The type of each candidate, or null to leave it out. A name typed by its own words (gazetteer, head
     * word: "Pennzoil Co") types every mention of it and of its short form ("Pennzoil said") in the article;
     * else a mention's context; else another mention's; else the default.
     */
    private List<EntityType> types(AnnotatedArticle article, List<NameCandidate> candidates) {
        Set<String> personWords = new HashSet<>();
        for (NameCandidate c : candidates) {
            if (c.type() == EntityType.PERSON && !c.pronoun()) {
                personWords.addAll(List.of(c.name().split(" ")));
            }
        }
        Map<String, EntityType> byWords = new HashMap<>();
        Map<String, EntityType> typed = new HashMap<>();
        List<EntityType> types = new ArrayList<>(candidates.size());
        for (int k = 0; k < candidates.size(); k++) {
            NameCandidate c = candidates.get(k);
            EntityType type = c.type() != null ? c.type() : parentheticalAlias(article, candidates, k)
                    .orElseGet(() -> typing.byContext(article, c, personWords));
            types.add(type);
            if (type != null && !c.pronoun()) {
                Map<String, EntityType> into = c.type() != null ? byWords : typed;
                into.putIfAbsent(withoutArticle(c.name()), type);
                if (type == EntityType.ORGANIZATION) {
                    into.putIfAbsent(withoutCorporateSuffix(c.name()), type);
                }
            }
        }
        // a name whose context makes it an organisation once ("Merrill Lynch economist Jane Doe") is one
        // wherever it merely speaks ("Merrill Lynch said")
        Set<String> organizationsByContext = new HashSet<>();
        for (int k = 0; k < candidates.size(); k++) {
            if (candidates.get(k).type() == null && types.get(k) == EntityType.ORGANIZATION) {
                organizationsByContext.add(withoutArticle(candidates.get(k).name()));
            }
        }
        List<EntityType> finalTypes = new ArrayList<>(candidates.size());
        for (int k = 0; k < candidates.size(); k++) {
            NameCandidate c = candidates.get(k);
            String name = withoutArticle(c.name());
            EntityType contextType = types.get(k) == EntityType.PERSON && organizationsByContext.contains(name)
                    ? EntityType.ORGANIZATION : types.get(k);
            EntityType type = c.type() != null ? c.type()
                    : byWords.getOrDefault(name, contextType != null ? contextType : typed.get(name));
            if (type == null) {
                type = typing.byDefault(article, c);
            }
            boolean namedPersonWord = c.stop() - c.start() == 1 && personWords.contains(c.name())
                    && !NameParts.isGroupNoun(c.name());
            if (type == EntityType.PERSON && !c.pronoun() && c.known().isEmpty()
                    && !typing.couldNamePerson(article, c) && !namedPersonWord) {
                type = null;
            }
            finalTypes.add(type);
        }
        return finalTypes;
    }

    /**
     * "near the Masjid Al-Tarvos (Grand Mosque)": the type of the name written right after this one in
     * parentheses, when its own words type it; the two name one thing.
     */
    private static Optional<EntityType> parentheticalAlias(AnnotatedArticle article, List<NameCandidate> candidates,
                                                           int k) {
        NameCandidate c = candidates.get(k);
        if (k + 1 >= candidates.size() || c.pronoun()) {
            return Optional.empty();
        }
        NameCandidate next = candidates.get(k + 1);
        Sentence sentence = article.sentence(c.sentence());
        boolean whole = !Set.of("and", "&", "of").contains(Words.text(sentence, c.start() - 1)); // "… Farmers and Fishers (UTFF)"
        boolean enclosed = whole && next.sentence() == c.sentence() && next.start() == c.stop() + 1
                && Words.text(sentence, c.stop()).equals("(") && Words.text(sentence, next.stop()).equals(")");
        return enclosed && !next.pronoun() ? Optional.ofNullable(next.type()) : Optional.empty();
    }

    /**
     * The mentions of the typed candidates. "Olav Berg arrived … Berg met Lima", "Wen Qiang … Wen said": the
     * surname of a full name read as a person's, or its first word (the family name of Chinese and Korean
     * names), is that person wherever nothing else typed it.
     */
    private static List<Mention> withShortFormsOfPeople(List<NameCandidate> candidates, List<EntityType> types) {
        Set<String> shortFormsOfPeople = new HashSet<>();
        for (int k = 0; k < candidates.size(); k++) {
            String[] words = candidates.get(k).name().split(" ");
            if (types.get(k) == EntityType.PERSON && !candidates.get(k).pronoun() && words.length >= 2) {
                shortFormsOfPeople.add(words[words.length - 1]);
                if (words.length <= 3 && words[0].length() > 1 && !words[0].endsWith(".")) {
                    shortFormsOfPeople.add(words[0]);
                }
            }
        }
        List<Mention> mentions = new ArrayList<>();
        for (int k = 0; k < candidates.size(); k++) {
            NameCandidate c = candidates.get(k);
            EntityType type = types.get(k) == null && !c.pronoun() && shortFormsOfPeople.contains(c.name())
                    ? EntityType.PERSON : types.get(k);
            if (type != null) {
                mentions.add(c.toMention(type));
            }
        }
        return mentions;
    }

    /** "Merrill Lynch and Co Inc" → "Merrill Lynch": how the article names the company for short. */
    private static String withoutCorporateSuffix(String name) {
        String[] words = name.split(" ");
        int end = words.length;
        while (end > 1 && CORPORATE_SUFFIXES.contains(words[end - 1])) {
            end--;
        }
        return String.join(" ", Arrays.copyOf(words, end));
    }

    /**
     * A name as it is filed: "The Straits Times" as "Straits Times", so that "the Straits Times" finds it; the
     * label keeps "The". One rule for typing here and for keys in coreference.
     */
    public static String withoutArticle(String name) {
        return name.startsWith("The ") ? name.substring(4) : name;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.addAll(b);
        return Set.copyOf(out);
    }
}
