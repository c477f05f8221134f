package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.newsgraph.model.AnnotatedArticle;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Known;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Token;

/**
 * The names of one sentence: runs of capitalised words (with the small words, hyphens and initials that
 * belong inside names), each split into names by {@link RunSplitter}; personal pronouns, and titles used alone
 * for their holder ("the foreign minister said").
 */
final class NameRuns {
    private static final Pattern UNIVERSITY_OF = Pattern.compile("(The )?(University|College) of .*");
    /** Particles that are more often articles ("la Liga", "le Monde"): they begin no name on their own. */
    private static final Set<String> ARTICLE_PARTICLES = Set.of("la", "le");
    /** The heads of institutions' names, which may hold an "and" ("National Air and Space Museum"). */
    private static final Set<String> INSTITUTIONS = Set.of("Institute", "Foundation", "Society", "Council",
            "Association", "University", "College", "School", "Hospital", "Library", "Academy", "Commission",
            "Administration", "Agency", "Center", "Centre", "Museum");
    /** A company's legal form: never a name on its own ("Ltd said", where the company's name was lost). */
    static final Set<String> LEGAL_FORMS = Set.of("Inc", "Inc.", "Co", "Co.", "Corp", "Corp.", "Ltd", "Ltd.",
            "Cos", "plc", "PLC", "Plc", "LLC");
    /** What a company's name goes on with after "and": "Merrill Lynch and Co", "Smith and Sons". */
    private static final Set<String> AND_CO = Set.of("Co", "Co.", "Company", "Sons", "Partners");
    /** Small words inside known names ("General Agreement on Tariffs and Trade", "Bank for International …"). */
    private static final Set<String> INNER_WORDS = Set.of("on", "of", "for", "and", "in", "to", "de", "the", "&");
    /** Word classes that begin no name unless the gazetteer knows the word. */
    private static final Set<String> CLOSED_CLASSES = Set.of("PRON", "DET", "ADP", "CCONJ", "SCONJ", "AUX", "PART",
            "PUNCT", "SYM", "INTJ", "NUM");
    /** What may stand before a sentence's first word: a capital after it says nothing of a name. */
    private static final Set<String> SENTENCE_OPENERS = Set.of("\"", "\u201C", "'", "\u2018", "(", ":", "-", "\u2014");

    private final Gazetteer gazetteer;
    private final RunSplitter splitter;
    private final Portfolios portfolios;

    NameRuns(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.splitter = new RunSplitter(gazetteer);
        this.portfolios = new Portfolios(gazetteer);
    }

    /**
     * The names of one sentence. {@code nameWords} are words of names found elsewhere in the article: a
     * sentence's first word is a name when it is one of them, whatever its tag.
     */
    List<NameCandidate> in(AnnotatedArticle article, Sentence sentence, Set<String> nameWords) {
        List<NameCandidate> found = new ArrayList<>();
        int n = sentence.size();
        int i = 0;
        while (i < n) {
            Token token = sentence.token(i);
            if (Words.isPersonalPronoun(token)) {
                found.add(NameCandidate.pronoun(sentence, i, i + 1, token.text()));
                i++;
                continue;
            }
            if (token.text().equalsIgnoreCase("the")) {
                int end = titleUsedAlone(sentence, i + 1);
                if (end > i + 1) {
                    found.add(NameCandidate.pronoun(sentence, i + 1, end, words(sentence, i + 1, end)));
                }
            }
            int portfolioEnd = i > 0 ? portfolios.end(sentence, i - 1) : i;
            if (portfolioEnd > i) {
                i = portfolioEnd; // "Undersecretary for Water Policy": a title's portfolio, no name
                continue;
            }
            boolean particle = i + 1 < n && Words.isNameParticle(token) && !ARTICLE_PARTICLES.contains(token.text())
                    && nameLike(sentence, i + 1, nameWords) && (i == 0 || !sentence.token(i - 1).isCapitalized())
                    || NameParts.isUnitNumber(sentence, i);
            if (!particle && !nameLike(sentence, i, nameWords) || NameParts.isSignOff(article, token)) {
                int known = token.isCapitalized() ? splitter.knownPrefix(sentence, i, n + 1) : i;
                if (known > i + 1) { // "the Securities and Exchange Commission": a known name, though plural
                    found.addAll(splitter.split(article, sentence, i, known));
                    i = known;
                } else {
                    i++;
                }
                continue;
            }
            int j = i + 1;
            while (j < n) {
                if (portfolios.end(sentence, j) > j) {
                    break; // "Undersecretary of State for Regional Affairs": the name, if any, ends before "for"
                } else if (nameLike(sentence, j, nameWords) || NameParts.continuesName(sentence, j)) {
                    j++;
                } else if (joinsWord(sentence, j) && nameLike(sentence, j + 1, nameWords)) {
                    j += 2;
                } else if (possessiveOfCompany(sentence, j)) {
                    j += 2;
                } else if (Words.text(sentence, j).equals("and") && j + 1 < n && nameLike(sentence, j + 1, nameWords)
                        && possessiveOfCompany(sentence, j + 2)) {
                    j += 2;
                } else if (Words.text(sentence, j).equals("and") && j + 1 < n
                        && AND_CO.contains(Words.text(sentence, j + 1))) {
                    j += 2;
                } else if (Words.text(sentence, j).equals("and") && andJoinsInstitution(sentence, i, j) > 0) {
                    j = andJoinsInstitution(sentence, i, j);
                } else if (universityAt(sentence, i, j)) {
                    j += 2;
                } else if (NameParts.isInitialDot(sentence, j) || NameParts.isHyphenatedPart(sentence, j)
                        || j - 1 > i && NameParts.isLowerGivenNamePart(sentence, j)) {
                    j++;
                } else if (j - 1 > i && NameParts.isDetachedHyphenPart(sentence, j)) {
                    j += 2;
                } else if (Words.isNameConnector(sentence.token(j)) && endsConnectorRun(sentence, i, j)) {
                    break;
                } else if (Words.isNameConnector(sentence.token(j)) && j + 1 < n
                        && nameLike(sentence, j + 1, nameWords)) {
                    j += 2;
                } else if (Words.isNameConnector(sentence.token(j)) && j + 2 < n
                        && sentence.token(j + 1).text().equals("the") && nameLike(sentence, j + 2, nameWords)) {
                    j += 3;
                } else {
                    break;
                }
            }
            if (j < n && INNER_WORDS.contains(sentence.token(j).text())) {
                j = Math.max(j, splitter.knownPrefix(sentence, i, n + 1)); // "General Agreement on Tariffs and Trade"
            }
            int start = i > 0 && sentence.token(i - 1).text().equalsIgnoreCase("the")
                    && gazetteer.lookup("The " + words(sentence, i, j)).isPresent() ? i - 1 : i;
            if (i >= 2 && possessiveOfCompany(sentence, i - 1) && sentence.token(i - 2).isCapitalized()) {
                start = i - 2; // "Tully's Inc" at the start of a sentence, where "Tully" alone was no name
            } else if (i == 1 && sentence.token(0).isCapitalized() && !CLOSED_CLASSES.contains(sentence.token(0).tag())
                    && LEGAL_FORMS.contains(sentence.token(j - 1).text())) {
                start = 0; // "Tarn Motor Co Ltd said": a company's first word, though it begins the sentence
            }
            List<NameCandidate> run = splitter.split(article, sentence, start, j);
            run.removeIf(c -> LEGAL_FORMS.containsAll(List.of(c.name().split(" ")))
                    || c.stop() - c.start() == 1 && c.known().isEmpty() && Words.isBroadAdjective(c.name()));
            if (!run.isEmpty() && startsWithArticle(sentence, run.get(0), start)) {
                run.set(0, withArticle(article, sentence, run.get(0)));
            }
            found.addAll(run);
            i = j;
        }
        return mergeCountryPossessives(article, sentence, found);
    }

    /**
     * "met Tomas Reed and Ilse Harrow": a given name inside a sentence and before a capitalised word, that the
     * tagger took for a word of a closed class (a determiner, a pronoun).
     */
    private boolean isGivenNameMistagged(Sentence sentence, int i) {
        return i > 0 && !SENTENCE_OPENERS.contains(sentence.token(i - 1).text()) && i + 1 < sentence.size()
                && sentence.token(i + 1).isCapitalized() && gazetteer.isGivenName(sentence.token(i).text());
    }

    /** Whether token i may be part of a name. */
    private boolean nameLike(Sentence sentence, int i, Set<String> nameWords) {
        Token token = sentence.token(i);
        String text = token.text();
        if (!token.isCapitalized() || Words.isCalendar(token) || CLOSED_CLASSES.contains(token.tag())
                && !gazetteer.lookup(text).isPresent() && !isGivenNameMistagged(sentence, i)) {
            return false;
        }
        if (text.equals("I") || !Character.isLetter(text.codePointAt(0)) || Words.isNeverAName(text)) {
            return false;
        }
        if (i >= 2 && Words.isGluedHyphen(sentence, i - 1) && !nameLike(sentence, i - 2, nameWords)) {
            return false; // "Tarn-Hallam said", "non-Hallam": the second half of a word that is no name
        }
        boolean plural = !token.is("PROPN") && text.endsWith("s")
                && !token.lemma().equals(text.toLowerCase(Locale.ROOT))
                && !(i + 1 < sentence.size() && sentence.token(i + 1).isCapitalized());
        if (plural && gazetteer.lookup(text).isEmpty()) {
            return false;
        }
        boolean initial = i == 0 || SENTENCE_OPENERS.contains(sentence.token(i - 1).text())
                && !(i >= 2 && joinsWord(sentence, i - 1));
        boolean pluralNoun = text.endsWith("s") && !token.lemma().equals(text.toLowerCase(Locale.ROOT));
        if (initial && pluralNoun && gazetteer.lookup(text).isEmpty()) {
            return false;
        }
        boolean adverbForm = text.endsWith("ly") || !token.lemma().equals(text.toLowerCase(Locale.ROOT))
                || Words.isDiscourseAdverb(text);
        if (initial && token.is("ADV") && adverbForm && gazetteer.lookup(text).isEmpty()
                && !gazetteer.isGivenName(text)) {
            return false; // "Earlier USAir said", "Meanwhile Lima said" (but "Esther Lindqvist", tagged an adverb)
        }
        boolean participle = (text.endsWith("ing") || text.endsWith("ed")) && !token.is("PROPN");
        if (initial && participle && !nameWords.contains(text) && gazetteer.lookup(text).isEmpty()
                && !gazetteer.isGivenName(text)) {
            return false; // "Following Berg's visit", "Informed sources said"
        }
        if (initial) {
            return token.is("PROPN") || nameWords.contains(text) || gazetteer.lookup(text).isPresent()
                    || gazetteer.isGivenName(text)
                    || gazetteer.isHonorific(text) || Words.isOrganizationAcronym(text)
                    || i + 1 < sentence.size() && sentence.token(i + 1).isCapitalized()
                    && sentence.token(i + 1).is("PROPN");
        }
        return true;
    }

    /**
     * A hyphen written without spaces inside a name: "Al-Maeena", "Shin-Wook", "Canada-Mexico Business
     * Council", "Tarn-Hallam"; not between two names the gazetteer knows, one a country ("the Peru-Chile
     * agreement").
     */
    private boolean joinsWord(Sentence sentence, int j) {
        boolean partOfLongerName = j + 2 < sentence.size() && sentence.token(j + 2).isCapitalized()
                && !sentence.token(j + 2).is("PUNCT"); // "Canada-Mexico Business Council", not "Peru-Chile talks"
        return Words.isGluedHyphen(sentence, j)
                && (partOfLongerName || !isCountryPair(sentence.token(j - 1).text(), sentence.token(j + 1).text()));
    }

    /** "Peru-Chile", "U.S.-Mexico": two names the gazetteer knows, one of them a country. */
    private boolean isCountryPair(String left, String right) {
        Optional<Known> first = gazetteer.lookup(left);
        Optional<Known> second = gazetteer.lookup(right);
        return first.isPresent() && second.isPresent()
                && (first.get().type() == EntityType.COUNTRY || second.get().type() == EntityType.COUNTRY);
    }

    /**
     * "Tully's Inc", "Hallam and Voss's Corp": a possessive followed by a corporate suffix belongs to the
     * company's name (the suffix alone is no name).
     */
    private static boolean possessiveOfCompany(Sentence sentence, int j) {
        return j + 1 < sentence.size() && Words.isPossessive(sentence.token(j))
                && LEGAL_FORMS.contains(sentence.token(j + 1).text());
    }

    /**
     * Whether a name stops before the connector at j: a person's name does not run on into "of" ("Olav Berg of
     * the Ossen Band", and after a title, "Foreign Minister Olav Berg of Norway"), nor any name into "of the" and a
     * country ("University of Kalvak of the UK").
     */
    private boolean endsConnectorRun(Sentence sentence, int start, int j) {
        if (sentence.token(j).text().equals("&")) {
            return false;
        }
        int name = start; // past the titles before it: "Foreign Minister Olav Berg of Norway"
        while (name < j && gazetteer.isTitleWord(sentence.token(name).text())) {
            name++;
        }
        int first = name;
        boolean personSoFar = j - start >= 2 && (!splitter.marked(sentence, start, j)
                || gazetteer.isGivenName(sentence.token(start).text()) && !RunSplitter.hasHead(sentence, start, j))
                || first > start && j - first >= 2 && !RunSplitter.hasHead(sentence, first, j);
        if (personSoFar) {
            return true;
        }
        int next = Words.text(sentence, j + 1).equals("the") ? j + 2 : j + 1;
        return next > j + 1 && knownPrefixAt(sentence, next)
                .filter(k -> k.type() == EntityType.COUNTRY || k.type() == EntityType.CITY).isPresent();
    }

    /**
     * "National Air and Space Museum", "U.S. Space and Rocket Center": "and" inside an institution's name, when
     * what comes before it (one or two words, not a known name) has no head of its own and what follows (up to
     * three capitalised words) ends in an institution's or a place's head. Returns where the name ends, or 0.
     */
    private int andJoinsInstitution(Sentence sentence, int start, int and) {
        if (and - start > 2 || RunSplitter.hasHead(sentence, start, and)
                || gazetteer.lookup(words(sentence, start, and)).isPresent()) {
            return 0;
        }
        for (int end = and + 2; end <= Math.min(sentence.size(), and + 4); end++) {
            Token last = sentence.token(end - 1);
            if (!last.isCapitalized()) {
                return 0;
            }
            if (Words.isPlaceHead(last.text()) || INSTITUTIONS.contains(last.text())) {
                return end;
            }
        }
        return 0;
    }

    /** "University of North Carolina at Chapel Hill": a university's name goes on after "at" with a place. */
    private static boolean universityAt(Sentence sentence, int start, int j) {
        return sentence.token(j).text().equals("at") && j + 1 < sentence.size()
                && sentence.token(j + 1).isCapitalized() && sentence.token(j + 1).is("PROPN")
                && UNIVERSITY_OF.matcher(sentence.text(start, j)).matches();
    }

    private Optional<Known> knownPrefixAt(Sentence sentence, int k) {
        for (int m = Math.min(sentence.size(), k + gazetteer.longestName()); m > k; m--) {
            Optional<Known> known = gazetteer.lookup(words(sentence, k, m));
            if (known.isPresent()) {
                return known;
            }
        }
        return Optional.empty();
    }

    /**
     * "the secretary of state", "the Russian foreign minister", "the president": after "the", a title that no
     * name follows stands for the person who holds it. Returns where it ends, or {@code k} when there is none.
     */
    private int titleUsedAlone(Sentence sentence, int k) {
        int j = k;
        if (j < sentence.size() && gazetteer.country(sentence.token(j).text()).isPresent()) {
            j++;
        }
        int headEnd = -1;
        while (j < sentence.size() && gazetteer.isTitleWord(sentence.token(j).text())) {
            j++;
            if (gazetteer.isTitleHead(sentence.token(j - 1).text())) {
                headEnd = j;
            }
        }
        if (headEnd < 0 || headEnd != j) {
            return k;
        }
        if (Words.text(sentence, j).equals("of")) {
            for (int m = Math.min(sentence.size(), j + 4); m > j + 1; m--) {
                if (gazetteer.isDepartment(words(sentence, j + 1, m))) {
                    j = m;
                    break;
                }
            }
        }
        j = portfolios.end(sentence, j);
        boolean nameFollows = j < sentence.size() && sentence.token(j).isCapitalized()
                && !sentence.token(j).is("PUNCT");
        return nameFollows ? k : j;
    }

    /**
     * "told The Huffington Post", "bands such as The Velvet Underground": a capitalised "The" inside a sentence
     * belongs to the name after it, unless that name is a person's; at the start of a sentence, only to a
     * newspaper's name ("The Straits Times noted").
     */
    private static boolean startsWithArticle(Sentence sentence, NameCandidate c, int runStart) {
        int the = c.start() - 1;
        if (c.start() != runStart || the < 0 || !sentence.token(the).text().equals("The")
                || c.type() == EntityType.PERSON || c.known().isPresent()) {
            return false;
        }
        boolean inside = the >= 1 && !SENTENCE_OPENERS.contains(sentence.token(the - 1).text());
        return inside || c.stop() - c.start() >= 2 && Words.isNewspaperHead(sentence.token(c.stop() - 1).text());
    }

    /** The name with its "The"; if nothing else types it, it is an organisation's (a paper, a band, a group). */
    private NameCandidate withArticle(AnnotatedArticle article, Sentence sentence, NameCandidate c) {
        return NameCandidate.of(article, sentence, c.start() - 1, c.stop(), c.type(), c.known());
    }

    /** "Russia's Direct Investment Fund": the organisation is named with the country's adjective. */
    private List<NameCandidate> mergeCountryPossessives(AnnotatedArticle article, Sentence sentence,
                                                    List<NameCandidate> found) {
        List<NameCandidate> out = new ArrayList<>(found);
        for (int c = 1; c < found.size(); c++) {
            NameCandidate org = found.get(c);
            NameCandidate country = found.get(c - 1);
            if (org.type() != EntityType.ORGANIZATION || org.known().isPresent()
                    || country.type() != EntityType.COUNTRY || country.stop() + 1 != org.start()
                    || !Words.isPossessive(sentence.token(country.stop()))) {
                continue;
            }
            Optional<String> adjective = gazetteer.adjectiveOf(country.known().orElseThrow());
            if (adjective.isPresent()) {
                int index = out.indexOf(org);
                out.set(index, new NameCandidate(org.sentence(), country.start(), org.stop(), country.begin(), org.end(),
                        adjective.get() + " " + org.name(), EntityType.ORGANIZATION, Optional.empty(), false));
            }
        }
        return out;
    }

    private static String words(Sentence sentence, int start, int stop) {
        return sentence.text(start, stop);
    }
}
