package org.newsgraph.extract;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

import org.newsgraph.model.AnnotatedArticle;
import org.newsgraph.model.Sentence;

/**
 * Finds the sentences of a sports report that give a result: a score ("3 – 0", "1-2") with a verb of playing
 * ("defeated", "lost to", "drew"), in an article about a game. A country named in such a sentence is its team
 * ("Sweden defeated South Korea 1 – 0"), an organisation rather than the place.
 */
final class MatchResults {
    private static final Set<String> RESULT_VERBS = Set.of("defeat", "beat", "lose", "draw", "win", "tie", "edge",
            "thrash", "rout", "trail", "lead", "hold", "play", "face", "overcome", "eliminate", "knock", "upset");
    private static final Set<String> GAME_NOUNS = Set.of("match", "game", "goal", "cup", "league", "tournament",
            "championship", "final", "semifinal", "semi-final", "quarterfinal", "quarter-final", "fixture", "team",
            "coach", "striker", "goalkeeper", "inning", "set", "round", "group", "point", "penalty", "squad");
    private static final Set<String> DASHES = Set.of("-", "\u2013", "\u2014");
    private static final Pattern SCORE = Pattern.compile("\\d{1,3}[-\u2013]\\d{1,3}");
    private static final Pattern GOALS = Pattern.compile("\\d{1,3}");

    private MatchResults() {
    }

    /** The indices of the sentences that report a result; empty unless the article is about a game. */
    static Set<Integer> sentences(AnnotatedArticle article) {
        Set<Integer> out = new HashSet<>();
        boolean aboutAGame = false;
        for (Sentence sentence : article.sentences()) {
            boolean score = false;
            boolean verb = false;
            for (int i = 0; i < sentence.size(); i++) {
                String lemma = sentence.token(i).lemma();
                aboutAGame |= GAME_NOUNS.contains(lemma);
                verb |= RESULT_VERBS.contains(lemma) && sentence.token(i).is("VERB");
                score |= isScore(sentence, i);
            }
            if (score && verb) {
                out.add(sentence.index());
            }
        }
        return aboutAGame ? out : Set.of();
    }

    /** "1 – 0" as three tokens, or "2-1" as one. */
    private static boolean isScore(Sentence sentence, int i) {
        String text = sentence.token(i).text();
        if (text.isEmpty() || !Character.isDigit(text.charAt(0))) {
            return false;
        }
        if (SCORE.matcher(text).matches()) {
            return true;
        }
        return i + 2 < sentence.size() && GOALS.matcher(text).matches()
                && DASHES.contains(sentence.token(i + 1).text())
                && GOALS.matcher(sentence.token(i + 2).text()).matches();
    }
}
