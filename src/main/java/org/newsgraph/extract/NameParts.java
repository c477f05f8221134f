package org.newsgraph.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.newsgraph.model.AnnotatedArticle;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Token;

/**
 * The shapes of the tokens a name is made of, apart from what the name means: the parts of hyphenated and
 * abbreviated names ("Kim Jong-un", "Anna K. Berg-Olsen", "El-Hassan"), ordinals that start a unit's
 * name, plural nouns inside names, and what looks capitalised but names nothing (a wire's sign-off, a
 * sentence-opening group noun).
 */
final class NameParts {
    private static final Pattern ORDINAL = Pattern.compile("\\d+(st|nd|rd|th)");
    /** Short words that end English compounds, never a syllable of a given name: "pro-war", "X-ray", "one-off". */
    private static final Set<String> COMPOUND_ENDINGS = Set.of("led", "run", "up", "in", "off", "out", "old",
            "made", "wide", "free", "long", "term", "time", "like", "born", "year", "side", "type", "line", "size",
            "ever", "day", "way", "end", "war", "ray", "era", "age", "bit", "set", "top", "low", "high", "shirt",
            "based", "level", "area", "rich", "poor", "only", "back", "down", "over", "self", "new", "man");
    private static final Pattern GROUP_NOUN = Pattern.compile("\\p{Lu}\\p{Ll}+(ers|ists|ians|ants|ents|ors|als)");

    /** The longest an editors' note runs on either side of a word in it. */
    private static final int NOTE_LENGTH = 200;

    private NameParts() {
    }

    /**
     * "REUTER", "NOTE:" at the start of a line: a wire's sign-off or note, written in capitals, is no name; nor
     * is a word in capitals on an editors' note ("ATTENTION - ADDS background ///").
     */
    static boolean isSignOff(AnnotatedArticle article, Token token) {
        String text = token.text();
        if (text.length() < 2 || !text.chars().allMatch(Character::isUpperCase)) {
            return false;
        }
        String body = article.text();
        if (onEditorsNote(body, token)) {
            return true;
        }
        int before = token.begin() - 1;
        while (before >= 0 && body.charAt(before) != '\n' && Character.isWhitespace(body.charAt(before))) {
            before--;
        }
        if (before >= 0 && body.charAt(before) != '\n') {
            return false; // words before it on its line
        }
        int after = token.end();
        while (after < body.length() && body.charAt(after) != '\n' && Character.isWhitespace(body.charAt(after))) {
            after++;
        }
        return after == body.length() || body.charAt(after) == '\n' || body.charAt(after) == ':';
    }

    /**
     * Whether the token stands on a short line that is an editors' note: "ATTENTION - …", "… ///". The line is
     * looked for at most {@value #NOTE_LENGTH} characters either side, so a long line costs no more per word.
     */
    private static boolean onEditorsNote(String body, Token token) {
        int start = token.begin();
        while (start > 0 && token.begin() - start < NOTE_LENGTH && body.charAt(start - 1) != '\n') {
            start--;
        }
        int end = token.end();
        while (end < body.length() && end - token.end() < NOTE_LENGTH && body.charAt(end) != '\n') {
            end++;
        }
        if (start > 0 && body.charAt(start - 1) != '\n' || end < body.length() && body.charAt(end) != '\n') {
            return false; // a line longer than a note
        }
        String line = body.substring(start, end).strip();
        return line.startsWith("ATTENTION") || line.endsWith("///");
    }

    /** "Bankers", "Analysts", "Economists", "Officials": a plural noun of people, as a sentence opens with it. */
    static boolean isGroupNoun(String word) {
        return GROUP_NOUN.matcher(word).matches();
    }

    /** The second half of a hyphenated name that the tokenizer kept with its hyphen: "El" + "-Hassan". */
    static boolean isHyphenatedPart(Sentence sentence, int j) {
        String text = sentence.token(j).text();
        if (text.length() > 1 && text.charAt(0) == '-' && Character.isUpperCase(text.charAt(1))
                && sentence.token(j).begin() == sentence.token(j - 1).end()) {
            return true;
        }
        return false;
    }

    /**
     * "Kim Jong-un", "Leung Chun-ying", also split by a wire as "Jong- un": the short lower-case second part
     * of a hyphenated given name, which follows a family name ("Lisbon-based", "T-shirt" are no names).
     */
    static boolean isLowerGivenNamePart(Sentence sentence, int j) {
        String text = sentence.token(j).text();
        String before = sentence.token(j - 1).text();
        boolean joined = sentence.token(j).begin() - sentence.token(j - 1).end() <= 1;
        return before.endsWith("-") && before.length() > 2 && joined && isGivenNameSyllable(sentence.token(j));
    }

    static boolean isGivenNameSyllable(Token token) {
        String text = token.text();
        return !text.isEmpty() && text.length() <= 4 && text.chars().allMatch(Character::isLowerCase)
                && !token.is("VERB") && !COMPOUND_ENDINGS.contains(text);
    }

    /** "Lee Jae- hun" tokenised as "Jae", "-", "hun": a hyphen glued to a name and a short lower-case part. */
    static boolean isDetachedHyphenPart(Sentence sentence, int j) {
        if (j + 1 >= sentence.size() || !sentence.token(j).text().equals("-")
                || sentence.token(j).begin() != sentence.token(j - 1).end()) {
            return false;
        }
        return sentence.token(j + 1).begin() - sentence.token(j).end() <= 1 && isGivenNameSyllable(sentence.token(j + 1));
    }

    /** "501st Legion", "82nd Airborne Division": an ordinal that starts the name of a unit. */
    static boolean isUnitNumber(Sentence sentence, int i) {
        if (!ORDINAL.matcher(sentence.token(i).text()).matches()) {
            return false;
        }
        for (int k = i + 1; k < sentence.size() && sentence.token(k).isCapitalized(); k++) {
            if (Words.isOrganizationHead(sentence.token(k).text())) {
                return true;
            }
        }
        return false;
    }

    /** The full stop of an initial the tokenizer split off: "Anna K. Berg-Olsen". */
    static boolean isInitialDot(Sentence sentence, int j) {
        String before = sentence.token(j - 1).text();
        return sentence.token(j).text().equals(".") && before.length() == 1 && Character.isUpperCase(before.charAt(0))
                && sentence.token(j).begin() == sentence.token(j - 1).end() && j + 1 < sentence.size()
                && sentence.token(j + 1).isCapitalized();
    }

    /**
     * A capitalised plural right after a name word belongs to the name ("Brightwell Analytics", "Hells
     * Angels"), though a plural alone is not a name ("Americans").
     */
    static boolean continuesName(Sentence sentence, int j) {
        return isPluralNoun(sentence.token(j)) && sentence.token(j).isCapitalized()
                && !Words.isNotPersonWord(sentence.token(j).text());
    }

    /** "Analytics", "Angels", "Collections": a common noun in the plural. */
    static boolean isPluralNoun(Token token) {
        String text = token.text();
        return token.is("NOUN") && text.endsWith("s") && text.chars().allMatch(Character::isLetter)
                && !token.lemma().equals(text.toLowerCase(Locale.ROOT));
    }
}
