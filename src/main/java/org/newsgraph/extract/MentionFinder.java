package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.newsgraph.model.AnnotatedArticle;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Known;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Token;

/**
 * Finds the names of people, organisations and places, and the personal pronouns that may stand for people.
 * Names are runs of capitalised tokens; titles and honorifics before a name are cut off (they mark a person);
 * a name is typed by the gazetteer, by its head word ("Fund", "Ministry", "Province"), by a known given name,
 * or by its context in the article. A name nothing types is left out: a missing entity costs less than a wrong one.
 */
public final class MentionFinder {
    private static final Pattern UNIVERSITY_OF = Pattern.compile("(The )?(University|College) of .*");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** "Brazilian", "Congolese", "Kurdish": a word shaped like a people's adjective, no organisation's name. */
    private static final Pattern DEMONYM_SHAPE = Pattern.compile("\\p{Lu}\\p{Ll}+(ian|ean|ese|ish|an)");
    private static final Pattern CAMEL_ACRONYM = Pattern.compile("\\p{Lu}{2,}\\p{Ll}+");
    /** "Jong- un" as a wire tokenised it: the hyphen joins the parts of one name. */
    private static final Pattern SPLIT_HYPHEN = Pattern.compile("(\\p{L})- (\\p{Ll})");
    /** The first parts of compounds of nations: "Sino-Brazilian", "Indo-Pakistani", "Franco-German". */
    private static final Set<String> COMBINING_FORMS = Set.of("Sino", "Arab", "Afro", "Indo", "Euro", "Anglo",
            "Franco", "Russo", "Greco", "Austro", "Judeo", "Italo", "Serbo", "Turco", "US", "U.S.", "UN", "U.N.");
    /** Particles that are more often articles ("la Liga", "le Monde"): they begin no name on their own. */
    private static final Set<String> ARTICLE_PARTICLES = Set.of("la", "le");
    private static final Set<String> INSTITUTIONS = Set.of("Institute", "Foundation", "Society", "Council",
            "Association", "University", "College", "School", "Hospital", "Library", "Academy", "Commission",
            "Administration", "Agency", "Center", "Centre", "Museum");
    /** A company's legal form: never a name on its own ("Ltd said", where the company's name was lost). */
    private static final Set<String> LEGAL_FORMS = Set.of("Inc", "Inc.", "Co", "Co.", "Corp", "Corp.", "Ltd", "Ltd.",
            "Cos", "plc", "PLC", "Plc", "LLC");
    /** What may end a company's name after its short form: a legal form, and the "and" of "and Co". */
    private static final Set<String> CORPORATE_SUFFIXES = union(LEGAL_FORMS, Set.of("AG", "SA", "NV", "and", "&"));
    /** What a company's name goes on with after "and": "Merrill Lynch and Co", "Smith and Sons". */
    private static final Set<String> AND_CO = Set.of("Co", "Co.", "Company", "Sons", "Partners");
    /** Small words inside known names ("General Agreement on Tariffs and Trade", "Bank for International …"). */
    private static final Set<String> INNER_WORDS = Set.of("on", "of", "for", "and", "in", "to", "de", "the", "&");
    private static final Set<String> CLOSED_CLASSES = Set.of("PRON", "DET", "ADP", "CCONJ", "SCONJ", "AUX", "PART",
            "PUNCT", "SYM", "INTJ", "NUM");
    private static final Set<String> SENTENCE_OPENERS = Set.of("\"", "\u201C", "'", "\u2018", "(", ":", "-", "\u2014");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "near", "outside", "across", "throughout");
    private static final Set<String> INTERACTION_LEMMAS = Set.of("conversation", "call", "talk", "meeting", "meet",
            "speak", "talks", "dialogue", "negotiation", "discussion", "phone", "telephone", "summit", "interview");
    private static final Set<String> REPORTING_LEMMAS = Set.of("say", "tell", "add", "state", "announce", "write",
            "note", "explain", "insist", "remark", "reiterate", "warn", "claim", "argue", "acknowledge");

    private final Gazetteer gazetteer;

    public MentionFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * Picks, for a name the gazetteer knows twice ("Georgia"), the entry that lies in a country the article
     * names (the US state in an article about Atlanta); else the default entry.
     */
    private List<Candidate> disambiguate(List<Candidate> candidates) {
        Set<String> countries = new HashSet<>();
        for (Candidate c : candidates) {
            c.known().ifPresent(k -> {
                if (k.type() == EntityType.COUNTRY && gazetteer.alternatives(c.name()).size() < 2) {
                    countries.add(k.name());
                }
                if (gazetteer.alternatives(c.name()).size() < 2) {
                    k.container().ifPresent(countries::add);
                }
            });
        }
        List<Candidate> out = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            List<Known> options = c.known().isPresent() ? gazetteer.alternatives(c.name()) : List.of();
            Optional<Known> inContext = options.stream()
                    .filter(k -> k.container().map(countries::contains).orElse(false))
                    .findFirst();
            out.add(inContext.filter(k -> !k.equals(c.known().get())).map(c::as).orElse(c));
        }
        return out;
    }

    /** In a sports report, the countries named in a sentence with a result are teams throughout the article. */
    private static List<Candidate> asTeams(AnnotatedArticle article, List<Candidate> candidates) {
        Set<Integer> results = MatchResults.sentences(article);
        if (results.isEmpty()) {
            return candidates;
        }
        Set<Known> teams = new HashSet<>();
        for (Candidate c : candidates) {
            if (results.contains(c.sentence()) && c.type() == EntityType.COUNTRY) {
                teams.add(c.known().orElseThrow());
            }
        }
        return candidates.stream()
                .map(c -> c.known().filter(teams::contains).isPresent() ? c.asTeam() : c)
                .toList();
    }

    /** A name found in a sentence, perhaps not yet typed. */
    private record Candidate(int sentence, int start, int stop, int begin, int end, String name, EntityType type,
                             Optional<Known> known, boolean pronoun) {
        Candidate as(Known other) {
            return new Candidate(sentence, start, stop, begin, end, name, other.type(), Optional.of(other), false);
        }

        /** A country that plays: its team, named as the country is ("Korea" → "South Korea"). */
        Candidate asTeam() {
            return new Candidate(sentence, start, stop, begin, end, known.orElseThrow().name(),
                    EntityType.ORGANIZATION, Optional.empty(), false);
        }

        /** A known place or organisation name that this article uses as a person's surname ("Lima"). */
        Candidate asPerson() {
            return as(EntityType.PERSON);
        }

        /** The name read as this type, not as the gazetteer's entry. */
        Candidate as(EntityType other) {
            return new Candidate(sentence, start, stop, begin, end, name, other, Optional.empty(), false);
        }

        Mention toMention(EntityType finalType) {
            return new Mention(sentence, start, stop, begin, end, name, finalType, known, pronoun);
        }
    }

    public AnnotatedArticle find(AnnotatedArticle article) {
        Set<String> nameWords = new HashSet<>();
        Set<String> surnames = new HashSet<>();
        for (Sentence sentence : article.sentences()) {
            for (Candidate c : findIn(article, sentence, Set.of())) {
                if (c.type() != null && !c.pronoun()) {
                    String[] words = c.name().split(" ");
                    nameWords.addAll(List.of(words));
                    if (c.type() == EntityType.PERSON && words.length >= 2) {
                        surnames.add(words[words.length - 1]);
                    }
                }
            }
        }
        List<Candidate> candidates = new ArrayList<>();
        Optional<Dateline> dateline = Dateline.of(article);
        for (Sentence sentence : article.sentences()) {
            List<Candidate> found = new ArrayList<>();
            for (Candidate c : findIn(article, sentence, nameWords)) {
                found.add(c.known().isPresent() && surnames.contains(c.name()) ? c.asPerson() : c);
            }
            if (dateline.isPresent() && dateline.get().sentence() == sentence.index()) {
                found = withDateline(article, sentence, dateline.get(), found);
            }
            candidates.addAll(found);
        }
        candidates = asTeams(article, disambiguate(candidates));
        candidates = citiesThatAreNot(article, candidates);
        Set<String> personWords = new HashSet<>();
        for (Candidate c : candidates) {
            if (c.type() == EntityType.PERSON && !c.pronoun()) {
                personWords.addAll(List.of(c.name().split(" ")));
            }
        }
        // A name typed by its own words (gazetteer, head word: "Pennzoil Co") types every mention of it and of
        // its short form ("Pennzoil said") in the article; else a mention's context; else another mention's.
        Map<String, EntityType> byWords = new HashMap<>();
        Map<String, EntityType> typed = new HashMap<>();
        List<EntityType> types = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            EntityType type = c.type() != null ? c.type() : typeByContext(article, c, personWords);
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
            Candidate c = candidates.get(k);
            String name = withoutArticle(c.name());
            EntityType contextType = types.get(k) == EntityType.PERSON && organizationsByContext.contains(name)
                    ? EntityType.ORGANIZATION : types.get(k);
            EntityType type = c.type() != null ? c.type()
                    : byWords.getOrDefault(name, contextType != null ? contextType : typed.get(name));
            if (type == null) {
                type = typeByDefault(article, c);
            }
            if (type == EntityType.PERSON && !c.pronoun() && c.known().isEmpty() && !couldNamePerson(article, c)
                    && !(c.stop() - c.start() == 1 && personWords.contains(c.name()) && !NameParts.isGroupNoun(c.name()))) {
                type = null;
            }
            finalTypes.add(type);
        }
        // "Olav Berg arrived … Berg met Lima", "Wen Qiang … Wen said": the surname of a full name read as a
        // person's, or its first word (the family name of Chinese and Korean names), is that person
        Set<String> shortFormsOfPeople = new HashSet<>();
        for (int k = 0; k < candidates.size(); k++) {
            String[] words = candidates.get(k).name().split(" ");
            if (finalTypes.get(k) == EntityType.PERSON && !candidates.get(k).pronoun() && words.length >= 2) {
                shortFormsOfPeople.add(words[words.length - 1]);
                if (words.length <= 3 && words[0].length() > 1 && !words[0].endsWith(".")) {
                    shortFormsOfPeople.add(words[0]);
                }
            }
        }
        List<Mention> mentions = new ArrayList<>();
        for (int k = 0; k < candidates.size(); k++) {
            Candidate c = candidates.get(k);
            EntityType type = finalTypes.get(k) == null && !c.pronoun() && shortFormsOfPeople.contains(c.name())
                    ? EntityType.PERSON : finalTypes.get(k);
            if (type != null) {
                mentions.add(c.toMention(type));
            }
        }
        return article.withMentions(surnamesArePeople(article, mentions, dateline));
    }

    /**
     * "Hamilton said", "analysts at Hamilton": a city the gazetteer has only from GeoNames, whose words are
     * often surnames or companies too, is the person or organisation its context makes it.
     */
    private List<Candidate> citiesThatAreNot(AnnotatedArticle article, List<Candidate> candidates) {
        List<Candidate> out = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            if (c.known().isPresent() && !c.pronoun() && gazetteer.isFromGeoNames(c.name())) {
                EntityType byContext = typeByContext(article, c, Set.of());
                if (byContext == EntityType.PERSON || byContext == EntityType.ORGANIZATION) {
                    out.add(c.as(byContext));
                    continue;
                }
            }
            out.add(c);
        }
        return out;
    }

    /**
     * "P" (of "S and P"), "Bankers said", "Interbank Offered Rates": a single letter, or a name ending in a
     * plural common noun and not starting with a given name ("Bill Ostrander" is a person), names no person.
     */
    private boolean couldNamePerson(AnnotatedArticle article, Candidate c) {
        Sentence sentence = article.sentence(c.sentence());
        String name = c.name();
        boolean givenName = gazetteer.isGivenName(sentence.token(c.start()).text());
        Token first = sentence.token(c.start());
        boolean inflectedOpener = c.start() == 0 && c.stop() - c.start() >= 2 && !givenName
                && !first.lemma().equals(first.text().toLowerCase(Locale.ROOT))
                && gazetteer.lookup(first.text()).isEmpty(); // "Earlier USAir said"
        boolean groupOpener = c.start() == 0 && c.stop() - c.start() == 1 && NameParts.isGroupNoun(name); // "Bankers said"
        Token last = sentence.token(c.stop() - 1);
        String lastLower = last.text().toLowerCase(Locale.ROOT);
        boolean regularPlural = lastLower.length() > 3 && lastLower.equals(last.lemma() + "s"); // "Offered Rates"
        boolean camelAcronym = c.stop() - c.start() == 1 && CAMEL_ACRONYM.matcher(name).matches(); // "USAir"
        return name.length() > 1 && !(name.length() == 2 && name.endsWith(".")) && !inflectedOpener && !groupOpener
                && !camelAcronym && (givenName || !NameParts.isPluralNoun(last) && !regularPlural);
    }

    /**
     * "SANTAREM, Portugal (AP)_": the dateline's place is a place (a city unless the gazetteer knows it otherwise),
     * named in title case, and the part after its comma the region or country it lies in; they replace whatever
     * the capitals were read as.
     */
    private List<Candidate> withDateline(AnnotatedArticle article, Sentence sentence, Dateline dateline,
                                         List<Candidate> found) {
        List<Candidate> out = new ArrayList<>();
        out.add(datelinePart(article, sentence, 0, dateline.placeStop(), EntityType.CITY));
        int stop = dateline.placeStop();
        if (dateline.regionStart() >= 0) {
            out.add(datelinePart(article, sentence, dateline.regionStart(), dateline.regionStop(), EntityType.REGION));
            stop = dateline.regionStop();
        }
        int covered = stop;
        found.stream().filter(c -> c.start() >= covered).forEach(out::add);
        return out;
    }

    private Candidate datelinePart(AnnotatedArticle article, Sentence sentence, int start, int stop,
                                   EntityType unknownType) {
        String written = WHITESPACE.matcher(article.text().substring(sentence.token(start).begin(),
                sentence.token(stop - 1).end())).replaceAll(" ");
        String name = written.equals(written.toUpperCase(Locale.ROOT)) ? Dateline.titleCase(written) : written;
        Optional<Known> known = gazetteer.lookup(name).filter(k -> k.type().isPlace());
        return new Candidate(sentence.index(), start, stop, sentence.token(start).begin(),
                sentence.token(stop - 1).end(), known.map(Known::name).orElse(name),
                known.map(Known::type).orElse(unknownType), known, false);
    }

    /**
     * "Valeska Paris … Paris claims": a known place that is the surname of a person in this article stands for
     * that person, unless a preposition of place comes before it.
     */
    private static List<Mention> surnamesArePeople(AnnotatedArticle article, List<Mention> mentions,
                                                   Optional<Dateline> dateline) {
        Set<String> surnames = new HashSet<>();
        for (Mention m : mentions) {
            String[] words = m.name().split(" ");
            if (m.type() == EntityType.PERSON && !m.pronoun() && words.length >= 2) {
                surnames.add(words[words.length - 1]);
            }
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            String before = Words.lemma(article.sentence(m.sentence()), m.start() - 1);
            boolean inDateline = dateline.isPresent() && dateline.get().sentence() == m.sentence()
                    && m.start() < dateline.get().placeStop();
            boolean surname = !inDateline && m.known().isPresent() && m.type().isPlace() && surnames.contains(m.name())
                    && !PLACE_PREPOSITIONS.contains(before) && !Set.of("to", "from", "of", "at").contains(before);
            out.add(surname ? new Mention(m.sentence(), m.start(), m.stop(), m.begin(), m.end(), m.name(),
                    EntityType.PERSON, Optional.empty(), false) : m);
        }
        return out;
    }

    /**
     * The names of one sentence. {@code nameWords} are words of names found elsewhere in the article: a
     * sentence's first word is a name when it is one of them, whatever its tag.
     */
    private List<Candidate> findIn(AnnotatedArticle article, Sentence sentence, Set<String> nameWords) {
        List<Candidate> found = new ArrayList<>();
        int n = sentence.size();
        int i = 0;
        while (i < n) {
            Token token = sentence.token(i);
            if (Words.isPersonalPronoun(token)) {
                found.add(new Candidate(sentence.index(), i, i + 1, token.begin(), token.end(), token.text(),
                        EntityType.PERSON, Optional.empty(), true));
                i++;
                continue;
            }
            if (token.text().equalsIgnoreCase("the")) {
                int end = titleUsedAlone(sentence, i + 1);
                if (end > i + 1) {
                    Token last = sentence.token(end - 1);
                    found.add(new Candidate(sentence.index(), i + 1, end, sentence.token(i + 1).begin(), last.end(),
                            words(sentence, i + 1, end), EntityType.PERSON, Optional.empty(), true));
                }
            }
            boolean particle = i + 1 < n && Words.isNameParticle(token) && !ARTICLE_PARTICLES.contains(token.text())
                    && nameLike(sentence, i + 1, nameWords) && (i == 0 || !sentence.token(i - 1).isCapitalized())
                    || NameParts.isUnitNumber(sentence, i);
            if (!particle && !nameLike(sentence, i, nameWords) || NameParts.isSignOff(article, token)) {
                int known = token.isCapitalized() ? knownPrefix(sentence, i, n + 1) : i;
                if (known > i + 1) { // "the Securities and Exchange Commission": a known name, though plural
                    found.addAll(nameRun(article, sentence, i, known));
                    i = known;
                } else {
                    i++;
                }
                continue;
            }
            int j = i + 1;
            while (j < n) {
                if (nameLike(sentence, j, nameWords) || NameParts.continuesName(sentence, j)) {
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
                j = Math.max(j, knownPrefix(sentence, i, n + 1)); // "General Agreement on Tariffs and Trade"
            }
            int start = i > 0 && sentence.token(i - 1).text().equalsIgnoreCase("the")
                    && gazetteer.lookup("The " + words(sentence, i, j)).isPresent() ? i - 1 : i;
            if (i >= 2 && possessiveOfCompany(sentence, i - 1) && sentence.token(i - 2).isCapitalized()) {
                start = i - 2; // "Tully's Inc" at the start of a sentence, where "Tully" alone was no name
            } else if (i == 1 && sentence.token(0).isCapitalized() && !CLOSED_CLASSES.contains(sentence.token(0).tag())
                    && LEGAL_FORMS.contains(sentence.token(j - 1).text())) {
                start = 0; // "Tarn Motor Co Ltd said": a company's first word, though it begins the sentence
            }
            List<Candidate> run = nameRun(article, sentence, start, j);
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
     * "told The Huffington Post", "bands such as The Velvet Underground": a capitalised "The" inside a sentence
     * belongs to the name after it, unless that name is a person's; at the start of a sentence, only to a
     * newspaper's name ("The Straits Times noted").
     */
    private static boolean startsWithArticle(Sentence sentence, Candidate c, int runStart) {
        int the = c.start() - 1;
        if (c.start() != runStart || the < 0 || !sentence.token(the).text().equals("The")
                || c.type() == EntityType.PERSON || c.known().isPresent()) {
            return false;
        }
        boolean inside = the >= 1 && !SENTENCE_OPENERS.contains(sentence.token(the - 1).text());
        return inside || c.stop() - c.start() >= 2 && Words.isNewspaperHead(sentence.token(c.stop() - 1).text());
    }

    /** The name with its "The"; if nothing else types it, it is an organisation's (a paper, a band, a group). */
    private Candidate withArticle(AnnotatedArticle article, Sentence sentence, Candidate c) {
        return candidate(article, sentence, c.start() - 1, c.stop(), c.type(), c.known());
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
        boolean nameFollows = j < sentence.size() && sentence.token(j).isCapitalized()
                && !sentence.token(j).is("PUNCT");
        return nameFollows ? k : j;
    }

    /**
     * A hyphen written without spaces inside a name: "Al-Maeena", "Shin-Wook", "Canada-Mexico Business
     * Council", "Tarn-Hallam"; not between two names the gazetteer knows, one a country ("the Peru-Chile
     * agreement").
     */
    private boolean joinsWord(Sentence sentence, int j) {
        boolean partOfLongerName = j + 2 < sentence.size() && sentence.token(j + 2).isCapitalized()
                && !sentence.token(j + 2).is("PUNCT"); // "Canada-Mexico Business Council", not "Peru-Chile talks"
        return j + 1 < sentence.size() && sentence.token(j).text().equals("-")
                && (partOfLongerName || !isCountryPair(sentence.token(j - 1).text(), sentence.token(j + 1).text()))
                && sentence.token(j).begin() == sentence.token(j - 1).end()
                && sentence.token(j + 1).begin() == sentence.token(j).end();
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

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.addAll(b);
        return Set.copyOf(out);
    }

    /**
     * Whether a name stops before the connector at j: a person's name does not run on into "of" ("Nick Rhodes
     * of Duran Duran"), nor any name into "of the" and a country ("University of Sheffield of the UK").
     */
    private boolean endsConnectorRun(Sentence sentence, int start, int j) {
        if (sentence.token(j).text().equals("&")) {
            return false;
        }
        boolean personSoFar = j - start >= 2 && (!marked(sentence, start, j)
                || gazetteer.isGivenName(sentence.token(start).text()) && !hasHead(sentence, start, j));
        if (personSoFar) {
            return true;
        }
        int next = Words.text(sentence, j + 1).equals("the") ? j + 2 : j + 1;
        return next > j + 1 && knownPrefixAt(sentence, next)
                .filter(k -> k.type() == EntityType.COUNTRY || k.type() == EntityType.CITY).isPresent();
    }

    private static boolean hasHead(Sentence sentence, int start, int stop) {
        for (int k = start; k < stop; k++) {
            String word = sentence.token(k).text();
            if (Words.isOrganizationHead(word) || Words.isPlaceHead(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "National Air and Space Museum", "U.S. Space and Rocket Center": "and" inside an institution's name, when
     * what comes before it (one or two words, not a known name) has no head of its own and what follows (up to
     * three capitalised words) ends in an institution's or a place's head. Returns where the name ends, or 0.
     */
    private int andJoinsInstitution(Sentence sentence, int start, int and) {
        if (and - start > 2 || hasHead(sentence, start, and)
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

    /** Whether token i may be part of a name. */
    private boolean nameLike(Sentence sentence, int i, Set<String> nameWords) {
        Token token = sentence.token(i);
        String text = token.text();
        if (!token.isCapitalized() || Words.isCalendar(token) || CLOSED_CLASSES.contains(token.tag())
                && !gazetteer.lookup(text).isPresent()) {
            return false;
        }
        if (text.equals("I") || !Character.isLetter(text.codePointAt(0)) || Words.isNeverAName(text)) {
            return false;
        }
        if (i >= 2 && Words.text(sentence, i - 1).equals("-") && sentence.token(i - 1).begin() == sentence.token(i - 2).end()
                && token.begin() == sentence.token(i - 1).end() && !nameLike(sentence, i - 2, nameWords)) {
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
     * Splits a run of capitalised tokens [start, stop) into the names it holds: a known name or a name with an
     * organisation or facility head word as a whole; else titles and honorifics are cut off the front (they
     * mark a person), a known name at the front stands on its own ("United States Hamdullah Mohib"), and a
     * given name starts a person's name ("University of Texas Amneh Jafari").
     */
    private List<Candidate> nameRun(AnnotatedArticle article, Sentence sentence, int start, int stop) {
        List<Candidate> out = new ArrayList<>();
        while (stop > start && Words.isNameConnector(sentence.token(stop - 1))) {
            stop--;
        }
        if (stop <= start) {
            return out;
        }
        Optional<Known> whole = gazetteer.lookup(words(sentence, start, stop));
        if (whole.isPresent()) {
            out.add(candidate(article, sentence, start, stop, whole.get().type(), whole));
            return out;
        }
        if (isCompoundOfNations(article, sentence, start, stop)) {
            return out;
        }
        int first = start;
        while (first < stop - 1 && gazetteer.isHonorific(sentence.token(first).text())) {
            first++;
        }
        for (int k = first + 1; k < stop; k++) {
            Optional<Known> tail = gazetteer.lookup(words(sentence, k, stop));
            if (tail.isPresent() && tail.get().type() == EntityType.ORGANIZATION
                    && gazetteer.country(sentence.token(first).text()).isPresent()) {
                out.add(candidate(article, sentence, first, stop, EntityType.ORGANIZATION, Optional.empty()));
                return out;
            }
        }
        Optional<EntityType> byHead = typeByHead(sentence, first, stop);
        if (byHead.isPresent()) {
            int titled = first;
            while (titled < stop - 1 && gazetteer.isTitleWord(sentence.token(titled).text())) {
                titled++;
            }
            if (titled > first && Words.text(sentence, titled).equals("of")) {
                first = Words.text(sentence, titled + 1).equals("the") ? titled + 2 : titled + 1;
                if (first >= stop) {
                    return out;
                }
            }
            Optional<Known> known = gazetteer.lookup(words(sentence, first, stop));
            if (known.isPresent()) {
                out.add(candidate(article, sentence, first, stop, known.get().type(), known));
                return out;
            }
            int title = titleAfterOrganization(sentence, first, stop);
            if (title > first) {
                out.addAll(nameRun(article, sentence, first, title));
                out.addAll(nameRun(article, sentence, title, stop));
                return out;
            }
            int person = givenNameSplit(sentence, first, stop);
            if (person == first && speakerAfterOrganization(sentence, first, stop)) {
                person = stop - 2;
            }
            if (person > first) {
                out.addAll(nameRun(article, sentence, first, person));
                out.add(candidate(article, sentence, person, stop, EntityType.PERSON, Optional.empty()));
            } else {
                out.add(candidate(article, sentence, first, stop, byHead.get(), Optional.empty()));
            }
            return out;
        }
        if (isNationalBody(sentence, first, stop)) {
            out.add(candidate(article, sentence, first, stop, EntityType.ORGANIZATION, Optional.empty()));
            return out;
        }
        boolean personCue = first > start;
        int k = start;
        while (k < stop) {
            String word = sentence.token(k).text();
            int known = knownPrefix(sentence, k, stop);
            if (gazetteer.isHonorific(word) || gazetteer.isTitleWord(word)) {
                personCue |= gazetteer.isHonorific(word) || gazetteer.isTitleHead(word);
                k = afterDepartment(sentence, k + 1, stop);
            } else if (gazetteer.country(word).isPresent() && titleFollows(sentence, k + 1, stop)) {
                k++;
            } else if (known > k && !(known == k + 1 && gazetteer.isGivenName(word))) {
                Optional<Known> entry = gazetteer.lookup(words(sentence, k, known));
                out.add(candidate(article, sentence, k, known, entry.orElseThrow().type(), entry));
                k = known;
            } else if ((Words.isNameConnector(sentence.token(k)) || word.equals("the"))
                    && !(Words.isNameParticle(sentence.token(k)) && k + 1 < stop)) {
                k++;
            } else {
                break;
            }
        }
        int titled = titleAfterQualifier(sentence, k, stop);
        if (titled > k) {
            return nameRun(article, sentence, titled, stop);
        }
        if (k >= stop) {
            return out;
        }
        if (stop - k == 1 && k > start && Words.isRoyalTitle(sentence.token(k - 1).text())
                && gazetteer.lookup(sentence.token(k).text()).isEmpty()) {
            // "King Tomislav", "Pope Francis": a monarch named by one word is named with the title
            out.add(candidate(article, sentence, k - 1, stop, EntityType.PERSON, Optional.empty()));
            return out;
        }
        Optional<EntityType> remainderByHead = typeByHead(sentence, k, stop);
        if (remainderByHead.isPresent()) {
            out.add(candidate(article, sentence, k, stop, remainderByHead.get(), Optional.empty()));
            return out;
        }
        Optional<Known> rest = gazetteer.lookup(words(sentence, k, stop));
        if (rest.isPresent()) {
            out.add(candidate(article, sentence, k, stop, rest.get().type(), rest));
            return out;
        }
        if (stop - k == 1 && gazetteer.country(sentence.token(k).text()).isPresent()) {
            return out;
        }
        int person = givenNameSplit(sentence, k, stop);
        if (person > k) {
            out.addAll(nameRun(article, sentence, k, person));
            out.add(candidate(article, sentence, person, stop, EntityType.PERSON, Optional.empty()));
            return out;
        }
        String last = sentence.token(stop - 1).text();
        EntityType type = null;
        int connector = connectorIn(sentence, k, stop);
        if (!personCue && connector > k) {
            out.addAll(nameRun(article, sentence, k, connector));
            int after = Words.text(sentence, connector + 1).equals("the") ? connector + 2 : connector + 1;
            out.addAll(nameRun(article, sentence, after, stop));
            return out;
        }
        if (personCue || gazetteer.isGivenName(sentence.token(k).text()) && stop - k >= 2) {
            type = EntityType.PERSON;
        } else if (stop - k == 1 && Words.isOrganizationAcronym(last)) {
            type = EntityType.ORGANIZATION;
        }
        out.add(candidate(article, sentence, k, stop, type, Optional.empty()));
        return out;
    }

    /** "Indo-Pakistani", "Sino-Brazilian", "Chilean-Peruvian", "U.N.-Chile": an adjective of two nations, no name. */
    private boolean isCompoundOfNations(AnnotatedArticle article, Sentence sentence, int start, int stop) {
        String text = article.text().substring(sentence.token(start).begin(), sentence.token(stop - 1).end());
        String[] parts = text.split("-");
        if (parts.length < 2 || text.contains(" ")) {
            return false;
        }
        for (String part : parts) {
            if (!(COMBINING_FORMS.contains(part) || gazetteer.country(part).isPresent())) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Islamist Prime Minister Kemal Aydin", "South African President Sipho Dube": one or two qualifying
     * words (a creed, a multi-word nationality) before a title that a name follows; where the title starts, or
     * k when there is none.
     */
    private int titleAfterQualifier(Sentence sentence, int k, int stop) {
        for (int t = k + 1; t <= k + 2 && t < stop - 1; t++) {
            if (gazetteer.isTitleHead(sentence.token(t).text()) || gazetteer.isTitleWord(sentence.token(t).text())
                    && gazetteer.isTitleHead(Words.text(sentence, t + 1))) {
                int name = t;
                while (name < stop && gazetteer.isTitleWord(sentence.token(name).text())) {
                    name++;
                }
                boolean qualifiers = true;
                for (int q = k; q < t; q++) {
                    qualifiers &= gazetteer.lookup(sentence.token(q).text()).isEmpty()
                            && !gazetteer.isGivenName(sentence.token(q).text());
                }
                return qualifiers && name < stop ? t : k;
            }
        }
        return k;
    }

    /**
     * "Environment Canada", "Statistics Canada", "Bank Indonesia", "Air France": a common noun and a country
     * name, two words, is a national body — not a person, nor the country with a stray word.
     */
    private boolean isNationalBody(Sentence sentence, int start, int stop) {
        if (stop - start != 2) {
            return false;
        }
        Token word = sentence.token(start);
        String text = word.text();
        Optional<Known> country = gazetteer.lookup(sentence.token(start + 1).text());
        return country.filter(c -> c.type() == EntityType.COUNTRY).isPresent()
                && (word.is("NOUN") || word.is("PROPN")) && gazetteer.lookup(text).isEmpty()
                && gazetteer.country(text).isEmpty() && !gazetteer.isGivenName(text) && !gazetteer.isTitleHead(text)
                && !gazetteer.isHonorific(text) && !Words.isPlaceModifier(text) && !Words.isNeverAName(text)
                && text.chars().allMatch(Character::isLetter);
    }

    /** A place for a facility head at the end ("Convention Centre"); an organisation for an organisation head. */
    private Optional<EntityType> typeByHead(Sentence sentence, int start, int stop) {
        String last = sentence.token(stop - 1).text();
        if (stop - start >= 2 && Words.isPlaceHead(last)) {
            return Optional.of(EntityType.PLACE);
        }
        if (stop - start >= 2 && Words.isMediaHead(last)) {
            return Optional.of(EntityType.ORGANIZATION);
        }
        return hasOrganizationHead(sentence, start, stop) ? Optional.of(EntityType.ORGANIZATION) : Optional.empty();
    }

    /** "Superior Court Judge Rowland Barnes": where a title after an organisation's head starts a person's name. */
    private int titleAfterOrganization(Sentence sentence, int start, int stop) {
        boolean headSeen = false;
        for (int t = start; t < stop - 1; t++) {
            String word = sentence.token(t).text();
            if (headSeen && gazetteer.isTitleHead(word) && !Words.isOrganizationHead(word)) {
                return t;
            }
            headSeen |= Words.isOrganizationHead(word);
        }
        return start;
    }

    /**
     * "CEO of the Refugee Council Enver Solomon told…": an organisation's name run on into the name of the person
     * who speaks. The last two words are that person's when they are proper nouns that neither head nor are known
     * names, and a reporting verb follows.
     */
    private boolean speakerAfterOrganization(Sentence sentence, int start, int stop) {
        if (stop - start < 4 || !(REPORTING_LEMMAS.contains(Words.lemma(sentence, stop))
                || Words.lemma(sentence, stop).equals("hear"))) {
            return false;
        }
        for (int k = stop - 2; k < stop; k++) {
            Token token = sentence.token(k);
            String word = token.text();
            if (!token.is("PROPN") || Words.isOrganizationHead(word) || Words.isPlaceHead(word)
                    || Words.isNotPersonWord(word) || Words.isAcronym(word) || gazetteer.lookup(word).isPresent()
                    || Words.isNameConnector(token) || !word.chars().allMatch(Character::isLetter)) {
                return false;
            }
        }
        return !Words.isNameConnector(sentence.token(stop - 3));
    }

    /**
     * The first connector ("of", "for") inside words [start, stop), or start when there is none; a surname's
     * particle ("de" in "Pieter de Vries") is no connector here.
     */
    private static int connectorIn(Sentence sentence, int start, int stop) {
        for (int k = start + 1; k < stop - 1; k++) {
            if (Words.isNameConnector(sentence.token(k)) && !sentence.token(k).text().equals("&")
                    && !Words.isNameParticle(sentence.token(k))) {
                return k;
            }
        }
        return start;
    }

    /** Where a person's name of two or three words starts inside a longer run, at a known given name. */
    private int givenNameSplit(Sentence sentence, int start, int stop) {
        for (int j = start + 1; j < stop - 1; j++) {
            if (gazetteer.isGivenName(sentence.token(j).text()) && stop - j <= 3
                    && !Words.isNameConnector(sentence.token(j - 1)) && marked(sentence, start, j)) {
                return j;
            }
        }
        return start;
    }

    /** Whether words [start, stop) name something other than a person: a head word, a known name, a title. */
    private boolean marked(Sentence sentence, int start, int stop) {
        for (int k = start; k < stop; k++) {
            String word = sentence.token(k).text();
            if (Words.isOrganizationHead(word) || Words.isPlaceHead(word) || gazetteer.isTitleWord(word)
                    || gazetteer.lookup(word).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** The end of the longest known name starting at k and ending before stop, or k when there is none. */
    /**
     * Where a known name that starts a longer run at k ends ("United States Hamdullah Mohib"), or k. A city the
     * gazetteer only has from GeoNames does not start a longer name: a given name that is also a town.
     */
    private int knownPrefix(Sentence sentence, int k, int stop) {
        for (int m = Math.min(stop - 1, k + gazetteer.longestName()); m > k; m--) {
            String words = words(sentence, k, m);
            if (gazetteer.lookup(words).isPresent() && !gazetteer.isFromGeoNames(words)) {
                return m;
            }
        }
        return k;
    }

    private boolean titleFollows(Sentence sentence, int k, int stop) {
        return k < stop && (gazetteer.isTitleWord(sentence.token(k).text())
                || gazetteer.isHonorific(sentence.token(k).text()));
    }

    /** After a title word at k-1: skip "of State", "of the Treasury" and further title words. */
    private int afterDepartment(Sentence sentence, int k, int stop) {
        if (k < stop && sentence.token(k).text().equals("of")) {
            for (int m = Math.min(stop - 1, k + 5); m > k + 1; m--) {
                if (gazetteer.isDepartment(sentence.text(k + 1, m))) {
                    return m;
                }
            }
        }
        return k;
    }

    private boolean hasOrganizationHead(Sentence sentence, int start, int stop) {
        for (int k = start; k < stop; k++) {
            if (Words.isOrganizationHead(sentence.token(k).text()) && (k > start || stop - start > 1)) {
                return true;
            }
        }
        return false;
    }

    /** "Russia's Direct Investment Fund": the organisation is named with the country's adjective. */
    private List<Candidate> mergeCountryPossessives(AnnotatedArticle article, Sentence sentence,
                                                    List<Candidate> found) {
        List<Candidate> out = new ArrayList<>(found);
        for (int c = 1; c < found.size(); c++) {
            Candidate org = found.get(c);
            Candidate country = found.get(c - 1);
            if (org.type() != EntityType.ORGANIZATION || org.known().isPresent()
                    || country.type() != EntityType.COUNTRY || country.stop() + 1 != org.start()
                    || !Words.isPossessive(sentence.token(country.stop()))) {
                continue;
            }
            Optional<String> adjective = gazetteer.adjectiveOf(country.known().orElseThrow());
            if (adjective.isPresent()) {
                int index = out.indexOf(org);
                out.set(index, new Candidate(org.sentence(), country.start(), org.stop(), country.begin(), org.end(),
                        adjective.get() + " " + org.name(), EntityType.ORGANIZATION, Optional.empty(), false));
            }
        }
        return out;
    }

    private Candidate candidate(AnnotatedArticle article, Sentence sentence, int start, int stop, EntityType type,
                                Optional<Known> known) {
        int begin = sentence.token(start).begin();
        int end = sentence.token(stop - 1).end();
        String name = SPLIT_HYPHEN.matcher(WHITESPACE.matcher(article.text().substring(begin, end)).replaceAll(" "))
                .replaceAll("$1-$2");
        return new Candidate(sentence.index(), start, stop, begin, end, name, type, known, false);
    }

    private static String words(Sentence sentence, int start, int stop) {
        return sentence.text(start, stop);
    }

    /** Every word a name word (no numbers, no "War", "Cup" or "Act"), each proper-noun tagged or capitalised. */
    private static boolean looksLikePersonName(Sentence sentence, Candidate c) {
        boolean quoted = isQuote(Words.text(sentence, c.start() - 1)) && isQuote(Words.text(sentence, c.stop()));
        if (quoted) {
            return false;
        }
        boolean allCapitals = true;
        boolean properNoun = false;
        for (int k = c.start(); k < c.stop(); k++) {
            String word = sentence.token(k).text();
            properNoun |= sentence.token(k).is("PROPN");
            if (!word.chars().allMatch(ch -> Character.isLetter(ch) || ch == '-' || ch == '.' || ch == '\'')
                    || Words.isNotPersonWord(word) || Words.isRomanNumeral(word)
                    || Words.isOrganizationHead(word) || Words.isPlaceHead(word) && k == c.stop() - 1) {
                return false;
            }
            allCapitals &= Words.isAcronym(word);
            boolean initials = k == c.start() && word.length() <= 2 && c.stop() - c.start() >= 2;
            if (Words.isAcronym(word) && !word.contains(".") && !initials) {
                return false;
            }
        }
        return !allCapitals && properNoun && !NameParts.isPluralNoun(sentence.token(c.stop() - 1));
    }

    private static boolean hasNotPersonWord(Sentence sentence, Candidate c) {
        for (int k = c.start(); k < c.stop(); k++) {
            if (Words.isNotPersonWord(sentence.token(k).text())) {
                return true;
            }
        }
        return false;
    }

    /** A quotation mark: a name between two is the title of a work ("American Pie"), not a person. */
    private static boolean isQuote(String word) {
        return Set.of("\"", "\u201C", "\u201D", "'", "\u2018", "\u2019").contains(word);
    }

    /** Types a name the gazetteer and its own words left open, from how the article uses it; null to drop it. */
    private EntityType typeByContext(AnnotatedArticle article, Candidate c, Set<String> personWords) {
        Sentence sentence = article.sentence(c.sentence());
        String before = Words.lemma(sentence, c.start() - 1);
        String after = Words.lemma(sentence, c.stop());
        int length = c.name().split("[ -]").length;
        boolean single = c.stop() - c.start() == 1;
        boolean givenNameFirst = gazetteer.isGivenName(sentence.token(c.start()).text());
        Optional<EntityType> classified = classifierBefore(sentence, c.start())
                .or(() -> placeNounOf(sentence, c.start()))
                .or(() -> single && DEMONYM_SHAPE.matcher(c.name()).matches() ? Optional.empty()
                        : organizationNounAfter(sentence, c.stop()))
                .or(() -> apposition(sentence, c.stop()));
        if (classified.isPresent()) {
            return classified.get();
        }
        if (single && personWords.contains(c.name())) {
            return EntityType.PERSON;
        }
        if (single && before.equals("the") && Words.isOrganizationHead(c.name())) {
            return null; // "the Bank said": the head word of an organisation named before; alone, no entity
        }
        if (!givenNameFirst && (afterPost(sentence, c.start()) || postBeforePerson(sentence, c.stop()))) {
            return EntityType.ORGANIZATION;
        }
        boolean speaks = REPORTING_LEMMAS.contains(after) || before.equals("with")
                && INTERACTION_LEMMAS.contains(Words.lemma(sentence, c.start() - 2));
        if (speaks && !hasNotPersonWord(sentence, c)) {
            return EntityType.PERSON;
        }
        if (before.equals("of") && c.start() >= 2 && personWords.contains(Words.text(sentence, c.start() - 2))
                && sentence.token(c.start() - 2).isCapitalized()) {
            return EntityType.ORGANIZATION;
        }
        if (after.equals(",") && followedByPlace(article, sentence, c.stop() + 1)
                || Words.text(sentence, c.stop()).startsWith("-based")
                || PLACE_PREPOSITIONS.contains(before) && length <= 2 && !givenNameFirst) {
            return EntityType.PLACE;
        }
        return sentence.token(c.start()).text().equals("The") ? EntityType.ORGANIZATION : null;
    }

    /**
     * "analyst with Carrow Fenwick", "economists at Delling Harte", "a spokesman for X": a post (a title's head
     * word, in lower case unless it begins the sentence) held with, at, for or of the name — where people work,
     * not a person.
     */
    /**
     * "Merrill Lynch economist Jane Doe", "Kalvak correspondent Ivan Petrov": a name before a post written in
     * lower case and a person's given name is whom the person works for.
     */
    private boolean postBeforePerson(Sentence sentence, int stop) {
        int k = stop;
        while (k < sentence.size() && k - stop < 3 && !sentence.token(k).isCapitalized()
                && (gazetteer.isTitleWord(sentence.token(k).text()) || Words.isPostNoun(sentence.token(k).lemma()))) {
            k++;
        }
        return k > stop && k < sentence.size() && gazetteer.isGivenName(sentence.token(k).text())
                && Words.isPostNoun(sentence.token(k - 1).lemma());
    }

    private boolean afterPost(Sentence sentence, int start) {
        if (start < 2 || !Words.isPostPreposition(Words.text(sentence, start - 1))) {
            return false;
        }
        Token post = sentence.token(start - 2);
        return post.is("NOUN") && (!post.isCapitalized() || start == 2) && gazetteer.isTitleHead(post.lemma());
    }

    /** "goalkeeper Mouez Hassen", "the journal Nature Climate Change": a classifying noun right before the name. */
    /**
     * "the Chilean capital of Santiago", "the rebel-held city of Tarvos", "the resort of Kalvak", "the
     * province of Aceh": a common noun of place and "of" before a name say it is a city or a region.
     */
    private static Optional<EntityType> placeNounOf(Sentence sentence, int start) {
        if (start < 2 || !Words.text(sentence, start - 1).equals("of")) {
            return Optional.empty();
        }
        String noun = Words.lemma(sentence, start - 2);
        if (sentence.token(start - 2).isCapitalized()) {
            return Optional.empty();
        }
        return Words.isCityNoun(noun) ? Optional.of(EntityType.CITY)
                : Words.isRegionNoun(noun) ? Optional.of(EntityType.REGION) : Optional.empty();
    }

    /**
     * "the Kalvak news agency", "Ruritania's Democratic party", "Tarvos satellite television": a common
     * noun of organisations right after a name (one modifier may stand between) says it is one. A noun of
     * people after a name says whom they work for, not what the name is, so only organisations count here.
     */
    private Optional<EntityType> organizationNounAfter(Sentence sentence, int stop) {
        for (int k = stop; k < sentence.size() && k <= stop + 1; k++) {
            Token t = sentence.token(k);
            if (t.isCapitalized() || !(t.is("NOUN") || t.is("ADJ"))) {
                return Optional.empty();
            }
            if (t.is("NOUN") && gazetteer.classifier(t.lemma()).filter(type -> type == EntityType.ORGANIZATION)
                    .isPresent() && !Words.text(sentence, k + 1).equals("of")) {
                return Optional.of(EntityType.ORGANIZATION);
            }
        }
        return Optional.empty();
    }

    private Optional<EntityType> classifierBefore(Sentence sentence, int start) {
        Token before = start > 0 ? sentence.token(start - 1) : null;
        if (before == null || before.isCapitalized() || !(before.is("NOUN") || before.is("ADJ"))) {
            return Optional.empty();
        }
        return gazetteer.classifier(before.lemma()).or(() -> gazetteer.classifier(before.text()));
    }

    /** "Instituto Gonzaga, a catholic school in Milan": the head noun of an apposition right after the name. */
    private Optional<EntityType> apposition(Sentence sentence, int stop) {
        if (!Words.text(sentence, stop).equals(",")
                || !Set.of("a", "an", "the").contains(Words.text(sentence, stop + 1))) {
            return Optional.empty();
        }
        int k = stop + 2;
        while (k < sentence.size() && k < stop + 6 && (sentence.token(k).is("ADJ") || sentence.token(k).is("NOUN"))
                && !sentence.token(k).isCapitalized()) {
            k++;
        }
        Token head = sentence.token(k - 1);
        return k > stop + 2 && head.is("NOUN") ? gazetteer.classifier(head.lemma()) : Optional.empty();
    }

    /**
     * The type of a name neither its words nor its context decide, nor another mention of it: a short run of
     * proper nouns is a person's name; anything else is left out.
     */
    private static EntityType typeByDefault(AnnotatedArticle article, Candidate c) {
        Sentence sentence = article.sentence(c.sentence());
        int length = c.name().split("[ -]").length;
        return c.stop() - c.start() > 1 && length <= 3 && looksLikePersonName(sentence, c) ? EntityType.PERSON : null;
    }

    /** "Merrill Lynch and Co Inc" → "Merrill Lynch": how the article names the company for short. */
    private static String withoutCorporateSuffix(String name) {
        String[] words = name.split(" ");
        int end = words.length;
        while (end > 1 && CORPORATE_SUFFIXES.contains(words[end - 1])) {
            end--;
        }
        return String.join(" ", java.util.Arrays.copyOf(words, end));
    }

    /**
     * A name as it is filed: "The Straits Times" as "Straits Times", so that "the Straits Times" finds it; the
     * label keeps "The". One rule for typing here and for keys in coreference.
     */
    public static String withoutArticle(String name) {
        return name.startsWith("The ") ? name.substring(4) : name;
    }

    /** "Arlington, Texas": a known region or country right after the comma, and nothing after it ("Panama coach"). */
    private boolean followedByPlace(AnnotatedArticle article, Sentence sentence, int k) {
        for (int stop = Math.min(sentence.size(), k + 3); stop > k; stop--) {
            Optional<Known> known = gazetteer.lookup(words(sentence, k, stop));
            if (known.isPresent() && (known.get().type() == EntityType.REGION
                    || known.get().type() == EntityType.COUNTRY)) {
                return stop >= sentence.size() || sentence.token(stop).is("PUNCT");
            }
        }
        return false;
    }
}
