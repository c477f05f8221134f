package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.newsgraph.model.AnnotatedArticle;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Known;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Sentence;

/**
 * Picks what a name the gazetteer knows stands for in this article: the entry in a country the article names
 * ("Georgia"), a country's team in a sports report, a person or company rather than a small town ("Hamilton
 * said"), a person whose surname is a place ("Valeska Paris … Paris claims").
 */
final class NameDisambiguation {
    private final Gazetteer gazetteer;
    private final NameTyping typing;

    NameDisambiguation(Gazetteer gazetteer, NameTyping typing) {
        this.gazetteer = gazetteer;
        this.typing = typing;
    }

    /**
     * Picks, for a name the gazetteer knows twice ("Georgia"), the entry that lies in a country the article
     * names (the US state in an article about Atlanta); else the default entry.
     */
    List<NameCandidate> disambiguate(List<NameCandidate> candidates) {
        Set<String> countries = new HashSet<>();
        for (NameCandidate c : candidates) {
            c.known().ifPresent(k -> {
                if (k.type() == EntityType.COUNTRY && gazetteer.alternatives(c.name()).size() < 2) {
                    countries.add(k.name());
                }
                if (gazetteer.alternatives(c.name()).size() < 2) {
                    k.container().ifPresent(countries::add);
                }
            });
        }
        List<NameCandidate> out = new ArrayList<>(candidates.size());
        for (NameCandidate c : candidates) {
            List<Known> options = c.known().isPresent() ? gazetteer.alternatives(c.name()) : List.of();
            Optional<Known> inContext = options.stream()
                    .filter(k -> k.container().map(countries::contains).orElse(false))
                    .findFirst();
            out.add(inContext.filter(k -> !k.equals(c.known().get())).map(c::as).orElse(c));
        }
        return out;
    }

    /** In a sports report, the countries named in a sentence with a result are teams throughout the article. */
    List<NameCandidate> asTeams(AnnotatedArticle article, List<NameCandidate> candidates) {
        Set<Integer> results = MatchResults.sentences(article);
        if (results.isEmpty()) {
            return candidates;
        }
        Set<Known> teams = new HashSet<>();
        for (NameCandidate c : candidates) {
            if (results.contains(c.sentence()) && c.type() == EntityType.COUNTRY) {
                teams.add(c.known().orElseThrow());
            }
        }
        return candidates.stream()
                .map(c -> c.known().filter(teams::contains).isPresent() ? c.asTeam() : c)
                .toList();
    }

    /**
     * "Hamilton said", "analysts at Hamilton": a city the gazetteer has only from GeoNames, whose words are
     * often surnames or companies too, is the person or organisation its context makes it.
     */
    List<NameCandidate> citiesThatAreNot(AnnotatedArticle article, List<NameCandidate> candidates) {
        List<NameCandidate> out = new ArrayList<>(candidates.size());
        for (NameCandidate c : candidates) {
            if (c.known().isPresent() && !c.pronoun() && gazetteer.isFromGeoNames(c.name())) {
                EntityType byContext = typing.byContext(article, c, Set.of());
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
     * "Valeska Paris … Paris claims": a known place that is the surname of a person in this article stands for
     * that person, unless a preposition of place comes before it.
     */
    List<Mention> surnamesArePeople(AnnotatedArticle article, List<Mention> mentions, Optional<Dateline> dateline) {
        Set<String> surnames = new HashSet<>();
        for (Mention m : mentions) {
            String[] words = m.name().split(" ");
            if (m.type() == EntityType.PERSON && !m.pronoun() && words.length >= 2) {
                surnames.add(words[words.length - 1]);
            }
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            boolean inDateline = dateline.isPresent() && dateline.get().sentence() == m.sentence()
                    && m.start() < dateline.get().placeStop();
            boolean surname = !inDateline && m.known().isPresent() && m.type().isPlace() && surnames.contains(m.name())
                    && !afterPrepositionOfPlace(article.sentence(m.sentence()), m.start());
            out.add(surname ? new Mention(m.sentence(), m.start(), m.stop(), m.begin(), m.end(), m.name(),
                    EntityType.PERSON, Optional.empty(), false) : m);
        }
        return out;
    }

    /**
     * The mentions of a sentence, where a known name that is the surname of a person in this article ("Senator
     * Tomas Lima … Lima said") is read as that person, unless a preposition of place comes before it ("arrived
     * in Lima").
     */
    List<NameCandidate> surnamesOf(AnnotatedArticle article, List<NameCandidate> found, Set<String> surnames) {
        List<NameCandidate> out = new ArrayList<>(found.size());
        for (NameCandidate c : found) {
            boolean surname = c.known().isPresent() && surnames.contains(c.name())
                    && !afterPrepositionOfPlace(article.sentence(c.sentence()), c.start());
            out.add(surname ? c.asPerson() : c);
        }
        return out;
    }

    /** "in Lima", "to Lima", "of Lima": a preposition before the name says it is the place. */
    private static boolean afterPrepositionOfPlace(Sentence sentence, int start) {
        String before = Words.lemma(sentence, start - 1);
        return Words.isPlacePreposition(before) || Set.of("to", "from", "of", "at").contains(before);
    }
}
