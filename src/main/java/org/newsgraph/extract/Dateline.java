package org.newsgraph.extract;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.newsgraph.model.AnnotatedArticle;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Sentence;

/**
 * The place line a wire story opens with: "SANTAREM, Portugal (AP)_", "LIMA, Peru (AP) _", "KALMAR, SMALAND
 * PROVINCE, Nov. 15 (Xinhua) --", "MUNICH, March 12 (Reuters) -". Its place, in capitals, is where the story
 * was filed (a place, never an organisation), and what "here" means in the story; the part after the comma,
 * when it is not the date, is the region or country the place lies in.
 *
 * @param sentence    the sentence that opens with the dateline
 * @param placeStop   the place's tokens are {@code [0, placeStop)}
 * @param regionStart the region's tokens are {@code [regionStart, regionStop)}; both -1 when there is none
 */
public record Dateline(int sentence, int placeStop, int regionStart, int regionStop) {
    private static final Pattern CAPITALS = Pattern.compile("[A-Z][A-Z.'\\-]*");
    private static final Pattern MONTH = Pattern.compile("(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?");
    /** How many tokens a dateline may hold before its agency's name in brackets. */
    private static final int LENGTH = 16;

    /** The dateline of an article: in one of its first two sentences, each starting a line. */
    public static Optional<Dateline> of(AnnotatedArticle article) {
        for (int i = 0; i < Math.min(2, article.sentences().size()); i++) {
            Sentence s = article.sentence(i);
            int begin = s.begin();
            boolean lineStart = begin == 0 || article.text().charAt(begin - 1) == '\n';
            if (lineStart) {
                Optional<Dateline> found = in(s);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** The mention of the dateline's place among the article's mentions, when the article has a dateline. */
    public static Optional<Mention> placeOf(AnnotatedArticle article) {
        return of(article).flatMap(d -> article.mentionsIn(d.sentence()).stream()
                .filter(m -> m.start() == 0 && m.stop() == d.placeStop() && m.type().isPlace()).findFirst());
    }

    /**
     * What "here" means in an article: its dateline's place; without a dateline, the last place its headline
     * names as written, not through a demonym ("Minister begins Ruritania visit" → Ruritania).
     */
    public static Optional<Mention> hereOf(AnnotatedArticle article) {
        Optional<Mention> dateline = placeOf(article);
        if (dateline.isPresent() || article.sentences().isEmpty() || !isHeadline(article, article.sentence(0))) {
            return dateline;
        }
        Sentence headline = article.sentence(0);
        return article.mentionsIn(0).stream()
                .filter(m -> m.type().isPlace() && headline.text(m.start(), m.stop()).equals(m.name()))
                .reduce((first, second) -> second);
    }

    /** A first line that ends without a full stop, on a line of its own: a headline. */
    private static boolean isHeadline(AnnotatedArticle article, Sentence s) {
        String text = article.text();
        int end = s.end();
        return !text.substring(s.begin(), end).strip().endsWith(".")
                && (end >= text.length() || text.charAt(end) == '\n' || text.charAt(end) == '\r');
    }

    static Optional<Dateline> in(Sentence s) {
        int k = 0;
        while (k < s.size() && isCapitalWord(s, k)) {
            k++;
        }
        if (k == 0 || !Words.text(s, k).equals(",")) {
            return Optional.empty();
        }
        int placeStop = k;
        int regionStart = -1;
        int regionStop = -1;
        while (k < s.size() && k < LENGTH) {
            String word = s.token(k).text();
            if (word.equals(",")) {
                k++;
            } else if (word.equals("(")) {
                return agencyCloses(s, k) ? Optional.of(new Dateline(s.index(), placeStop, regionStart, regionStop))
                        : Optional.empty();
            } else if (MONTH.matcher(word).matches() || word.chars().allMatch(Character::isDigit)) {
                k++;
            } else if (regionStart < 0 && s.token(k).isCapitalized()) {
                regionStart = k;
                while (k < s.size() && s.token(k).isCapitalized() && !s.token(k).is("PUNCT")) {
                    k++;
                }
                regionStop = k;
            } else {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** "(AP)", "(Xinhua)", "(Reuters)": one to three capitalised words in brackets. */
    private static boolean agencyCloses(Sentence s, int open) {
        for (int k = open + 1; k < s.size() && k <= open + 4; k++) {
            if (s.token(k).text().equals(")")) {
                return k > open + 1;
            }
            if (!s.token(k).isCapitalized()) {
                return false;
            }
        }
        return false;
    }

    private static boolean isCapitalWord(Sentence s, int k) {
        String word = s.token(k).text();
        return CAPITALS.matcher(word).matches() && word.chars().filter(Character::isUpperCase).count() >= 2;
    }

    /** "SANTAREM" → "Santarem", "RIO DE JANEIRO" → "Rio de Janeiro", "SMALAND PROVINCE" → "Smaland Province". */
    static String titleCase(String capitals) {
        StringBuilder out = new StringBuilder();
        for (String word : capitals.split(" ")) {
            String lower = word.toLowerCase(Locale.ROOT);
            boolean particle = out.length() > 0 && Words.isNameParticle(lower);
            out.append(out.length() > 0 ? " " : "")
                    .append(particle || lower.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1));
        }
        return out.toString();
    }
}
