package org.newsgraph.extract;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.newsgraph.model.Sentence;
import org.newsgraph.model.Status;
import org.newsgraph.model.TimeValue;
import org.newsgraph.model.Token;

/**
 * When the event named at a trigger happened: a date expression of the trigger's own clause, after the trigger
 * first ("met on Monday", "said Saturday", "the annexation of the province in 1999"), then before it ("On Monday, the
 * ministers met", "Thursday's talks"). The search never crosses another verb, so an event never takes the date
 * of a different clause ("X will meet Friday, the envoy announced": Friday is the meeting's, not the
 * announcement's); a light verb that governs a noun trigger ("held talks") is no other verb, nor a participle
 * right after it ("the talks held on Monday"). A planned event's weekday is the next one (or today), unless
 * its verb is in the past ("headed for Lisbon on Wednesday"). A year after "since" or "until" is not the
 * event's date.
 */
final class EventDates {
    private static final Set<String> NOT_THE_EVENTS = Set.of("since", "until", "till", "from", "before", "by",
            "after");
    private static final Set<String> LIGHT_VERBS = Set.of("hold", "host", "attend", "convene", "chair", "join",
            "have", "make", "conduct", "launch", "stage", "lead", "begin", "start", "resume", "sign", "reach",
            "announce", "impose", "put", "file", "pay", "carry", "take", "open", "end", "wrap", "conclude",
            "schedule", "plan", "expect", "due");

    private EventDates() {
    }

    static Optional<TimeValue> of(Sentence s, Arguments args, int i, boolean verb, Optional<LocalDate> articleDate,
                                  Status status) {
        boolean future = status == Status.PLANNED && !(verb && Words.isPastForm(s.token(i)));
        boolean noun = !verb;
        int end = args.clauseEnd(i);
        if (verb && Words.isReportingLemma(s.token(i).lemma())) {
            // "said Monday", "told reporters on Monday"; but not "said Portugal's elections in 2025 would …"
            end = reportedClauseStart(s, i, end);
        }
        for (int k = i + 1; k < end; k++) {
            Optional<TimeValue> value = datesAnotherNoun(s, k, i) ? Optional.empty() : at(s, k, articleDate, future);
            if (value.isPresent() && datesWhatSinceNames(s, k, i)) {
                value = Optional.empty();
            }
            if (value.isPresent()) {
                return value;
            }
            if (s.token(k).is("VERB") && !(noun && k == i + 1) && !Words.isModifyingParticiple(s, k)
                    && !(noun && isOccurring(s, k))) {
                break; // "the visit to Tarvos, the minister will take part in a meeting on Tuesday"
            }
        }
        int limit = backwardLimit(s, args, i, noun);
        for (int k = i - 1; k >= limit; k--) {
            Optional<TimeValue> value = datesAnotherNoun(s, k, i) ? Optional.empty() : at(s, k, articleDate, future);
            if (value.isPresent()) {
                return value;
            }
        }
        return simultaneousClause(s, args, i, articleDate, future);
    }

    /**
     * "Berg walked a fine line Friday as he met Lima": an event in a clause of the same time ("as",
     * "when", "while") with no date of its own has the date of the clause it hangs on.
     */
    private static Optional<TimeValue> simultaneousClause(Sentence s, Arguments args, int i,
                                                          Optional<LocalDate> articleDate, boolean future) {
        int start = args.clauseStart(i);
        String word = Words.text(s, start - 1).toLowerCase(Locale.ROOT);
        if (start < 2 || !Set.of("as", "when", "while").contains(word)) {
            return Optional.empty();
        }
        for (int k = start - 2; k >= args.clauseStart(start - 1); k--) {
            Optional<TimeValue> value = at(s, k, articleDate, future);
            if (value.isPresent()) {
                return value;
            }
        }
        return Optional.empty();
    }

    /**
     * How far before the trigger its date may stand: the start of its clause; or, when another verb stands
     * before it, the first comma after that verb ("Berg will meet Friday for talks, the envoy announced":
     * nothing before the comma is the announcement's), and nowhere when no comma stands between ("X said
     * Monday he met Y": Monday is when X spoke).
     */
    private static int backwardLimit(Sentence s, Arguments args, int i, boolean noun) {
        int start = args.clauseStart(i);
        for (int k = i - 1; k >= start; k--) {
            if (isOtherVerb(s.token(k), noun) && (noun || !isParticipialAside(s, k, i))) {
                int limit = i;
                for (int c = k + 1; c < i; c++) {
                    if (s.token(c).text().equals(",")) {
                        limit = c + 1;
                        break;
                    }
                }
                return noun ? Math.min(limit, Words.nounPhraseStart(s, i)) : limit;
            }
        }
        return start;
    }

    /**
     * "Sousa, speaking earlier Saturday, warned …", "Berg, arriving in Oslo on Monday, said …": a present
     * participle that opens an aside between the subject and its verb tells what the subject was doing as it
     * acted, so the aside's date is the verb's.
     */
    private static boolean isParticipialAside(Sentence s, int k, int i) {
        if (!Words.text(s, k - 1).equals(",") || !s.token(k).text().toLowerCase(Locale.ROOT).endsWith("ing")) {
            return false;
        }
        for (int c = k + 1; c < i; c++) {
            if (s.token(c).is("VERB") || s.token(c).is("AUX")) {
                return false;
            }
            if (s.token(c).text().equals(",")) {
                return c == i - 1;
            }
        }
        return false;
    }

    /**
     * "sanctions imposed after its 1990 invasion", "a deal since the 1984 border treaty", "sanctions after its
     * October 9 nuclear test": a year or a date written before a noun (modifiers between) dates that noun's
     * event, not the trigger at i.
     */
    private static boolean datesAnotherNoun(Sentence s, int k, int i) {
        int end = k + 1;
        if (TimeExpressions.isMonth(s.token(k).text())) {
            end += TimeExpressions.isDay(Words.text(s, end)) ? 1 : 0;
            end += TimeExpressions.year(Words.text(s, end)).isPresent() ? 1 : 0;
        } else if (TimeExpressions.year(s.token(k).text()).isEmpty()) {
            return false;
        }
        int head = end;
        while (head < s.size() && (s.token(head).is("NOUN") || s.token(head).is("ADJ") || s.token(head).is("PROPN")
                || Words.isPossessive(s.token(head)) || s.token(head).text().equals("'"))) {
            head++; // "the June 12-13 NATO leaders' meeting": the whole phrase, up to its head
        }
        return head > end && s.token(head - 1).is("NOUN") && !(i > k && i < head);
    }

    /**
     * Where the clause a verb of saying reports starts when no "that" opens it: at its subject, the phrase
     * (with its prepositional phrases) right before its verb ("said Portugal's elections in 2025 would …");
     * a date is no part of it ("said Monday he would …"). Without such a verb, where the clause ends.
     */
    private static int reportedClauseStart(Sentence s, int i, int end) {
        int verb = i + 1;
        while (verb < end && !(s.token(verb).is("VERB") || s.token(verb).is("AUX"))) {
            verb++;
        }
        if (verb >= end) {
            return end;
        }
        int k = verb;
        while (k - 1 > i && (!TimeExpressions.startsAt(s, k - 1) || isAfterNounsPreposition(s, k - 1))
                && (Set.of("DET", "ADJ", "NUM", "NOUN", "PROPN", "PRON", "PART", "ADP").contains(s.token(k - 1).tag())
                || Words.isPossessive(s.token(k - 1)))) {
            k--;
        }
        return k;
    }

    /** "elections in 2025": a date in a noun's prepositional phrase, not the verb's ("said on Monday"). */
    private static boolean isAfterNounsPreposition(Sentence s, int k) {
        return k >= 2 && s.token(k - 1).is("ADP") && (s.token(k - 2).is("NOUN") || s.token(k - 2).is("PROPN"));
    }

    /** "the meeting takes place tomorrow", "the talks were held on Monday", "the summit opens Friday". */
    private static boolean isOccurring(Sentence s, int k) {
        String lemma = s.token(k).lemma();
        return lemma.equals("take") && Words.text(s, k + 1).equals("place") || lemma.equals("hold")
                && Words.lemma(s, k - 1).equals("be") || Set.of("begin", "start", "open", "end", "resume", "close",
                "conclude", "convene", "reconvene").contains(lemma);
    }

    /**
     * "the highest-level contact since a conference in Paris in June", "will meet ahead of next week's talks": a
     * date in the phrase of "since", "until", "ahead of" or "prior to" after the trigger at i dates what that
     * phrase names.
     */
    private static boolean datesWhatSinceNames(Sentence s, int k, int i) {
        for (int j = k - 1; j > i && k - j <= 14; j--) {
            Token t = s.token(j);
            if (t.is("VERB") || t.is("AUX") || t.text().equals(",")) {
                return false;
            }
            String word = t.text().toLowerCase(Locale.ROOT);
            if (Set.of("since", "until", "till").contains(word)
                    || Set.of("ahead", "prior").contains(word) && Set.of("of", "to").contains(Words.text(s, j + 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A verb that heads a clause of its own: not an auxiliary, not a participle that modifies a noun ("the
     * planned visit"), and for a noun trigger not the light verb that governs it.
     */
    private static boolean isOtherVerb(Token t, boolean nounTrigger) {
        if (!t.is("VERB")) {
            return false;
        }
        String word = t.text().toLowerCase(Locale.ROOT);
        if (nounTrigger && LIGHT_VERBS.contains(t.lemma())) {
            return false;
        }
        return !(word.endsWith("ing") && nounTrigger);
    }

    private static Optional<TimeValue> at(Sentence s, int k, Optional<LocalDate> articleDate, boolean future) {
        String before = Words.text(s, k - 1).toLowerCase(Locale.ROOT);
        if (NOT_THE_EVENTS.contains(before)) {
            return Optional.empty();
        }
        return TimeExpressions.at(s, k, articleDate, future);
    }
}
