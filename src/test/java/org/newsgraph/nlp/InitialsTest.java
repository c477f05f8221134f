package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import opennlp.tools.util.Span;

/** Sentence breaks taken back after initials and dotted abbreviations, and those left alone. */
class InitialsTest {
    /** The sentences of the text when the detector broke it after each of the given words. */
    private static List<String> joined(String text, String... breaksAfter) {
        List<Span> spans = new ArrayList<>();
        int start = 0;
        for (String word : breaksAfter) {
            int end = text.indexOf(word, start) + word.length();
            spans.add(new Span(start, end));
            start = end + 1;
        }
        spans.add(new Span(start, text.length()));
        return Initials.join(spans.toArray(Span[]::new), text).stream()
                .map(s -> text.substring(s.getStart(), s.getEnd())).toList();
    }

    @Test
    void aBreakAfterAnInitialIsTakenBack() {
        assertEquals(List.of("Author Ana B. Lima spoke."), joined("Author Ana B. Lima spoke.", "B."));
    }

    @Test
    void aBreakAfterADottedAbbreviationBeforeATitleIsTakenBack() {
        String text = "Berg met Olav Dahl, who is U.S. Undersecretary of State, in Oslo.";
        assertEquals(List.of(text), joined(text, "U.S."));
        String council = "The U.N. Security Council met on Monday.";
        assertEquals(List.of(council), joined(council, "U.N."));
    }

    @Test
    void aBreakAfterADottedAbbreviationBeforeASentenceOpenerStays() {
        String text = "Berg flew to the U.S. The talks began on Monday.";
        assertEquals(List.of("Berg flew to the U.S.", "The talks began on Monday."), joined(text, "U.S."));
        String pronoun = "Lima spoke for the U.N. He left early.";
        assertEquals(List.of("Lima spoke for the U.N.", "He left early."), joined(pronoun, "U.N."));
    }

    @Test
    void aBreakAfterAnAbbreviatedMonthBeforeItsDayOrAfterATitleBeforeANameIsTakenBack() {
        String text = "He attended the Nov. 18-19 forum in Tarvos.";
        assertEquals(List.of(text), joined(text, "Nov."));
        String general = "The talks were led by Gen. Tomas Reyes of the army.";
        assertEquals(List.of(general), joined(general, "Gen."));
    }

    @Test
    void aBreakAfterAMonthBeforeAWordStays() {
        String text = "The talks ended in Nov. The next round is due in March.";
        assertEquals(List.of("The talks ended in Nov.", "The next round is due in March."), joined(text, "Nov."));
    }

    @Test
    void aBreakAfterADottedAbbreviationBeforeAWordInLowerCaseIsTakenBack() {
        String text = "Envoys of the U.S.A. came to Ossen on Monday.";
        assertEquals(List.of(text), joined(text, "U.S.A."));
    }
}
