package org.newsgraph.extract;

import java.util.Set;

import org.newsgraph.model.Sentence;

/**
 * The portfolio a title names after "for": "Undersecretary of State for Water Policy and Rural
 * Security", "Minister for Foreign Affairs", "Undersecretary for Education". The portfolio is part of the title,
 * not a name of its own; it runs over capitalised words and the small words between them, and stops before a
 * possessive, a given name or an honorific (the holder's name: "Minister for Education Ana Lima").
 */
final class Portfolios {
    private static final int LONGEST = 8;
    private static final Set<String> INNER = Set.of("and", "of", "the", "&");
    /**
     * The offices that take a portfolio after "for". Others name whom they serve there ("a spokesman for Voss",
     * "the envoy for Kalvak"), which is no part of the title.
     */
    private static final Set<String> OFFICES = Set.of("minister", "secretary", "undersecretary", "under-secretary",
            "commissioner", "coordinator", "rapporteur", "adviser", "advisor", "director");

    private final Gazetteer gazetteer;

    Portfolios(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Where the portfolio after the "for" at {@code k} ends (exclusive), or {@code k} when there is none. */
    int end(Sentence s, int k) {
        if (!Words.text(s, k).equals("for") || !followsTitle(s, k)) {
            return k;
        }
        int end = k;
        for (int j = k + 1; j < s.size() && j - k <= LONGEST; j++) {
            if (isWord(s, j)) {
                end = j + 1;
            } else if (!(INNER.contains(s.token(j).text()) && j + 1 < s.size() && isWord(s, j + 1))) {
                break;
            }
        }
        boolean possessed = end < s.size() && Words.isPossessive(s.token(end));
        return possessed || end > k && gazetteer.lookup(s.text(k + 1, end)).isPresent() ? k : end;
    }

    /** Where the portfolio ending right before {@code end} starts: the index of its "for", or {@code end}. */
    int start(Sentence s, int end) {
        for (int k = end - 1; k > 0 && end - k <= LONGEST + 1; k--) {
            if (Words.text(s, k).equals("for")) {
                return end(s, k) == end ? k : end;
            }
        }
        return end;
    }

    private boolean isWord(Sentence s, int j) {
        String word = s.token(j).text();
        return s.token(j).isCapitalized() && !s.token(j).is("PUNCT") && !gazetteer.isGivenName(word)
                && !gazetteer.isHonorific(word) && Character.isLetter(word.codePointAt(0));
    }

    private static boolean isOffice(Sentence s, int k) {
        return OFFICES.contains(s.token(k).text().toLowerCase(java.util.Locale.ROOT));
    }

    /** Whether a title ends right before the "for" at k: its head, or a department after "of". */
    private boolean followsTitle(Sentence s, int k) {
        if (k < 1) {
            return false;
        }
        if (isOffice(s, k - 1)) {
            return true;
        }
        for (int of = k - 2; of >= Math.max(0, k - 4); of--) {
            if (Words.text(s, of).equals("of") && of > 0 && isOffice(s, of - 1)
                    && gazetteer.isDepartment(s.text(of + 1, k))) {
                return true;
            }
        }
        return false;
    }
}
