package org.newsgraph.extract;

import java.util.Set;

import org.newsgraph.model.Sentence;
import org.newsgraph.model.Status;

/**
 * Reads whether an event happened from the words before its trigger: "cancelled his visit" (Cancelled),
 * "did not meet", "neither … nor … were included" (Negated), "would meet", "if" (Hypothetical),
 * "will meet", "planned visit", "to meet next week" (Planned); otherwise Occurred.
 */
final class Factuality {
    private static final int WINDOW = 5;
    private static final Set<String> CANCEL = Set.of("cancel", "postpone", "scrap", "call", "abandon", "delay",
            "suspend", "scrub");
    private static final Set<String> NEGATION = Set.of("not", "n't", "never", "neither", "nor", "no", "without");
    private static final Set<String> HYPOTHETICAL = Set.of("would", "could", "might", "may", "if", "potential",
            "possible", "should", "unless");
    private static final Set<String> PLANNED = Set.of("will", "shall", "'ll", "plan", "planned", "schedule",
            "upcoming", "future", "expect", "intend", "prepare", "next", "soon", "going");
    private static final Set<String> BOUNDARY = Set.of(";", ":", "that", "which", "who", "but", "because",
            "although", "while", "when", "after", "before", "why", "how", "what", "whether", "where", ",");

    private Factuality() {
    }

    static Status of(Sentence s, int trigger, boolean verb) {
        boolean cancelled = false;
        boolean negated = false;
        boolean hypothetical = false;
        boolean planned = false;
        for (int k = trigger - 1; k >= Math.max(0, trigger - WINDOW); k--) {
            String lemma = s.token(k).lemma();
            String word = s.token(k).text().toLowerCase(java.util.Locale.ROOT);
            if (BOUNDARY.contains(word) || s.token(k).is("VERB") && !CANCEL.contains(lemma)
                    && !PLANNED.contains(lemma)) {
                break;
            }
            cancelled |= CANCEL.contains(lemma) && !lemma.equals("call")
                    || lemma.equals("call") && Words.text(s, k + 1).equals("off");
            negated |= verb ? NEGATION.contains(word) : (word.equals("no") || word.equals("without"));
            hypothetical |= HYPOTHETICAL.contains(word);
            planned |= PLANNED.contains(lemma) || PLANNED.contains(word)
                    || verb && word.equals("to") && k == trigger - 1;
        }
        if (verb && negationSpansClause(s, trigger)) {
            negated = true;
        }
        if (cancelled) {
            return Status.CANCELLED;
        }
        if (negated) {
            return Status.NEGATED;
        }
        if (hypothetical) {
            return Status.HYPOTHETICAL;
        }
        return planned ? Status.PLANNED : Status.OCCURRED;
    }

    /** "Although neither Ukraine nor Europe were included in the talks": the negation governs a later noun. */
    private static boolean negationSpansClause(Sentence s, int trigger) {
        boolean sawNeither = false;
        for (int k = 0; k < trigger; k++) {
            String word = s.token(k).text().toLowerCase(java.util.Locale.ROOT);
            if (word.equals("neither")) {
                sawNeither = true;
            } else if (sawNeither && (word.equals(",") || word.equals(";"))) {
                sawNeither = false;
            }
        }
        return sawNeither;
    }
}
