package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import opennlp.tools.util.Span;

/**
 * Mends sentence breaks the detector puts after a name's initial: "author L. | Ron Hubbard", "Steven F. |
 * Udvar-Hazy Center". A break after a single capital letter and its full stop, before a capitalised word, is
 * taken back. "I." is left alone ("World War I. The next…"). So is a break after a dotted abbreviation ("U.S. |
 * Undersecretary of State", "the U.N. | Security Council") before a capitalised word that cannot start a
 * sentence on its own, by being no word of the closed classes that open one ("… in the U.S. | The next day").
 * A break after an abbreviated month before a number ("the Nov. | 18-19 forum") or after an abbreviated title
 * before a name ("Gen. | Tomas Reyes") is taken back too: neither ends a sentence; nor does a dotted abbreviation
 * before a word in lower case ("envoys of the U.S.A. | came").
 */
final class Initials {
    private static final Pattern DOTTED = Pattern.compile("(?:^|\\s)(?:\\p{Lu}\\.){2,}$");
    private static final Set<String> OPENERS = Set.of("the", "a", "an", "he", "she", "it", "they", "we", "i", "you",
            "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "there", "here", "but", "and",
            "or", "so", "yet", "in", "on", "at", "for", "with", "from", "by", "to", "of", "as", "if", "when", "while",
            "after", "before", "since", "although", "though", "because", "what", "who", "which", "where", "why", "how",
            "no", "not", "some", "many", "most", "all", "both", "each", "one", "other", "such", "meanwhile", "however",
            "earlier", "later", "last", "next", "then", "now", "also", "still");
    private static final Set<String> MONTHS = Set.of("Jan", "Feb", "Mar", "Apr", "Aug", "Sep", "Sept", "Oct", "Nov",
            "Dec");
    private static final Set<String> TITLES = Set.of("Mr", "Mrs", "Ms", "Dr", "Gen", "Sen", "Rep", "Gov", "Lt",
            "Col", "Sgt", "Capt", "Adm", "Maj", "Prof", "Rev", "Cmdr");

    private Initials() {
    }

    static List<Span> join(Span[] spans, String text) {
        List<Span> out = new ArrayList<>(spans.length);
        for (Span span : spans) {
            boolean capitalised = Character.isUpperCase(text.codePointAt(span.getStart()));
            boolean number = Character.isDigit(text.codePointAt(span.getStart()));
            boolean lowercase = Character.isLowerCase(text.codePointAt(span.getStart()));
            Span last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && (capitalised && (endsWithInitial(text, last)
                    || endsWithAbbreviation(text, last) && !opensSentence(text, span)
                    || endsWithWord(text, last, TITLES))
                    || number && endsWithWord(text, last, MONTHS)
                    || lowercase && endsWithAbbreviation(text, last))) {
                Span previous = out.remove(out.size() - 1);
                out.add(new Span(previous.getStart(), span.getEnd()));
            } else {
                out.add(span);
            }
        }
        return out;
    }

    private static boolean endsWithAbbreviation(String text, Span span) {
        int from = Math.max(span.getStart(), span.getEnd() - 12);
        return DOTTED.matcher(text.substring(from, span.getEnd())).find();
    }

    private static boolean opensSentence(String text, Span span) {
        int end = span.getStart();
        while (end < span.getEnd() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return OPENERS.contains(text.substring(span.getStart(), end).toLowerCase(java.util.Locale.ROOT));
    }

    /** Whether the span ends with one of these words and a full stop: "Nov.", "Gen.". */
    private static boolean endsWithWord(String text, Span span, Set<String> words) {
        int end = span.getEnd();
        if (text.charAt(end - 1) != '.') {
            return false;
        }
        int start = end - 1;
        while (start > span.getStart() && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return words.contains(text.substring(start, end - 1));
    }

    private static boolean endsWithInitial(String text, Span span) {
        int end = span.getEnd();
        if (end - span.getStart() < 3 || text.charAt(end - 1) != '.') {
            return false;
        }
        char letter = text.charAt(end - 2);
        return Character.isUpperCase(letter) && letter != 'I' && Character.isWhitespace(text.charAt(end - 3));
    }
}
