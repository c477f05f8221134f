package org.newsgraph.extract;

import java.util.Set;

import org.newsgraph.model.Sentence;
import org.newsgraph.model.Status;

/**
 * Reads whether an event happened from the words before its trigger: "cancelled his visit" (Cancelled),
 * "did not meet", "neither … nor … were included" (Negated), "would meet", "if", "proposed talks", "offered to
 * resign" (Hypothetical), "said he would visit" (a reported "will"),
 * "will meet", "planned visit", "to meet next week" (Planned); otherwise Occurred.
 */
final class Factuality {
    private static final int WINDOW = 5;
    private static final Set<String> CANCEL = Set.of("cancel", "postpone", "scrap", "call", "abandon", "delay",
            "suspend", "scrub", "drop", "shelve");
    private static final Set<String> NEGATION = Set.of("not", "n't", "never", "neither", "nor", "no", "without");
    private static final Set<String> HYPOTHETICAL = Set.of("would", "could", "might", "may", "if", "potential",
            "possible", "should", "unless", "ready", "willing", "hypothetical");
    /** Verbs that say their event did not happen: "failed to meet", "refused to sign", "declined talks". */
    private static final Set<String> NEGATING_VERBS = Set.of("fail", "refuse", "decline", "reject");
    /** Verbs whose event is settled and still to come: "agreed to talks", "scheduled a summit". */
    private static final Set<String> FUTURE_VERBS = Set.of("plan", "expect", "agree", "prepare", "schedule",
            "await", "intend", "arrange", "set");
    /**
     * Words that only wish an event or put it forward, so it may never happen: "proposed a summit", "an
     * invitation to visit", "offered to resign", "urged talks", "hopes to meet".
     */
    private static final Set<String> WISHING = Set.of("propose", "proposal", "offer", "invite", "invitation",
            "suggest", "suggestion", "urge", "seek", "want", "hope", "request", "demand", "wish");
    /** Verbs that only carry a noun trigger, whose status is theirs: "will hold talks", "did not attend the summit". */
    private static final Set<String> LIGHT_VERBS = Set.of("hold", "attend", "host", "join", "have", "sign",
            "conduct", "reach", "make", "take", "open", "convene", "chair", "stage", "begin", "start", "resume");
    /** Verbs of motion: an event after "for" is what the trip is for, still to come ("arrived for talks"). */
    private static final Set<String> MOTION_VERBS = Set.of("arrive", "head", "leave", "travel", "fly", "go",
            "come", "return", "set");
    private static final Set<String> PLANNED = Set.of("will", "shall", "'ll", "plan", "planned", "schedule",
            "upcoming", "future", "expect", "intend", "prepare", "next", "soon", "going");
    /** Verbs of an event's onset, whose present progressive tells what is about to happen: "are resuming". */
    private static final Set<String> ONSET_VERBS = Set.of("begin", "start", "resume", "open", "reconvene", "convene");
    private static final Set<String> DASHES = Set.of("--", "\u2014", "\u2013");
    private static final Set<String> BOUNDARY = Set.of(";", ":", "that", "which", "who", "but", "because",
            "although", "while", "when", "after", "before", "why", "how", "what", "whether", "where", ",");

    private Factuality() {
    }

    static Status of(Sentence s, int trigger, boolean verb) {
        boolean cancelled = false;
        boolean negated = false;
        boolean hypothetical = false;
        boolean planned = false;
        boolean afterFor = false;
        // a noun's governing verb may stand past a phrase: "headed for Lisbon on Wednesday for talks"
        int window = verb ? WINDOW : WINDOW + 3;
        int from = verb ? trigger : Words.nounPhraseStart(s, trigger); // "will attend the June 12-13 NATO leaders' meeting"
        for (int k = trigger - 1; k >= Math.max(0, from - window); k--) {
            String lemma = s.token(k).lemma();
            String word = s.token(k).text().toLowerCase(java.util.Locale.ROOT);
            afterFor |= word.equals("for") || word.equals("to");
            if (word.equals("ahead") && Words.text(s, k + 1).equalsIgnoreCase("of")) {
                planned = true; // "ahead of next week's talks" (but "before the invasion" may be past)
            }
            if (!verb && afterFor && MOTION_VERBS.contains(lemma) && !s.token(k).is("ADP")) {
                return Status.PLANNED; // "Berg heads for talks", a headline's verb the tagger read as a noun
            }
            if (!verb && s.token(k).is("VERB") && !CANCEL.contains(lemma) && !PLANNED.contains(lemma)) {
                Status governing = governedBy(s, k, lemma, afterFor);
                if (governing != Status.OCCURRED) {
                    return governing;
                }
                break;
            }
            if (NEGATING_VERBS.contains(lemma) && s.token(k).is("VERB")) {
                negated = true;
                break;
            }
            if (WISHING.contains(lemma) && afterFor && !s.token(k).is("ADP")) {
                // "offered to resign", "an invitation to visit"; "never wanted to meet" says it will not happen
                negated = NEGATION.contains(Words.text(s, k - 1).toLowerCase(java.util.Locale.ROOT))
                        || NEGATION.contains(Words.text(s, k - 2).toLowerCase(java.util.Locale.ROOT));
                hypothetical = !negated;
                break;
            }
            if (BOUNDARY.contains(word) || s.token(k).is("VERB") && !CANCEL.contains(lemma)
                    && !PLANNED.contains(lemma)) {
                break;
            }
            cancelled |= CANCEL.contains(lemma) && !lemma.equals("call") && !isDropIn(s, k)
                    || lemma.equals("call") && Words.text(s, k + 1).equals("off");
            negated |= verb ? NEGATION.contains(word) : (word.equals("no") || word.equals("without"));
            boolean backshifted = word.equals("would") && isBackshiftedWill(s, k);
            hypothetical |= HYPOTHETICAL.contains(word) && !backshifted;
            planned |= backshifted;
            planned |= PLANNED.contains(lemma) || PLANNED.contains(word)
                    || verb && word.equals("to") && k == trigger - 1;
        }
        if (verb && negationSpansClause(s, trigger)) {
            negated = true;
        }
        if (!verb && !cancelled && !negated && !hypothetical && !planned && headsSubject(s, trigger)) {
            return predicateAfter(s, trigger);
        }
        if (verb && Set.of("head", "leave").contains(s.token(trigger).lemma())) {
            planned = true;
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

    /**
     * The status a noun trigger takes from the verb that governs it: the verb's own status ("will hold talks",
     * "did not attend the summit"); Planned after a verb of motion with "for" ("arrived for talks") or a verb
     * of intent ("agreed to talks", "proposed a summit"); Negated after "refused", "rejected".
     */
    private static Status governedBy(Sentence s, int k, String lemma, boolean afterFor) {
        if (NEGATING_VERBS.contains(lemma)) {
            return Status.NEGATED;
        }
        if (WISHING.contains(lemma)) {
            return Status.HYPOTHETICAL;
        }
        if (MOTION_VERBS.contains(lemma) && afterFor || FUTURE_VERBS.contains(lemma)) {
            return Status.PLANNED;
        }
        return LIGHT_VERBS.contains(lemma) ? of(s, k, true) : Status.OCCURRED;
    }

    /** "dropped in on the talks", "dropped by the meeting": a visit, not a cancellation. */
    private static boolean isDropIn(Sentence s, int k) {
        return s.token(k).lemma().equals("drop") && Set.of("in", "by").contains(Words.text(s, k + 1).toLowerCase(
                java.util.Locale.ROOT));
    }

    /** "The meeting …", "Berg's visit …": a noun trigger whose phrase opens its clause. */
    private static boolean headsSubject(Sentence s, int trigger) {
        int k = Words.nounPhraseStart(s, trigger);
        return k == 0 || BOUNDARY.contains(s.token(k - 1).text().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * "The meeting will take place on a ship", "the talks are due to open", "the talks were called off": a noun
     * trigger that is the subject of its clause takes the status of the verb group after
     * it (past its own prepositional phrase).
     */
    private static Status predicateAfter(Sentence s, int trigger) {
        int limit = trigger + 8;
        for (int k = trigger + 1; k < s.size() && k <= limit; k++) {
            String word = s.token(k).text().toLowerCase(java.util.Locale.ROOT);
            if (DASHES.contains(word)) {
                int close = k + 1;
                while (close < s.size() && !DASHES.contains(s.token(close).text())) {
                    close++;
                }
                if (close < s.size()) {
                    limit += close - k; // "the talks -- which include … -- are resuming": the aside is skipped
                    k = close;
                    continue;
                }
            }
            if (BOUNDARY.contains(word) && !word.equals(",") || word.equals(".")) {
                return Status.OCCURRED;
            }
            if (s.token(k).is("AUX") || s.token(k).is("VERB")) {
                if (word.equals("will") || word.equals("shall") || word.equals("'ll")
                        || s.token(k).lemma().equals("be") && Set.of("to", "due", "expected", "scheduled", "set",
                        "planned").contains(Words.text(s, k + 1).toLowerCase(java.util.Locale.ROOT))) {
                    return Status.PLANNED;
                }
                if (s.token(k).lemma().equals("be") && CANCEL.contains(Words.lemma(s, k + 1))) {
                    return Status.CANCELLED;
                }
                if (Set.of("is", "are").contains(word) && Words.text(s, k + 1).endsWith("ing")
                        && ONSET_VERBS.contains(Words.lemma(s, k + 1))) {
                    return Status.PLANNED; // "the talks are resuming", "the summit is opening on Monday"
                }
                return Status.OCCURRED;
            }
        }
        return Status.OCCURRED;
    }

    /**
     * "Lima said she would propose talks", "Berg told reporters he would visit Oslo": "would" in speech
     * reported in the past is the speaker's "will", a plan; unless a condition stands in the sentence ("would
     * meet if …", "whether he would meet").
     */
    private static boolean isBackshiftedWill(Sentence s, int would) {
        for (int k = 0; k < s.size(); k++) {
            if (Set.of("if", "unless", "whether", "otherwise").contains(s.token(k).text().toLowerCase(java.util.Locale.ROOT))) {
                return false;
            }
        }
        for (int k = would - 1; k >= Math.max(0, would - 5); k--) {
            if (StatementExtractor.REPORTING.contains(s.token(k).lemma()) && s.token(k).is("VERB")
                    && !s.token(k).text().equals(s.token(k).lemma())) {
                return true;
            }
        }
        return false;
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
