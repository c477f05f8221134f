package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import opennlp.tools.util.Span;
import org.newsgraph.model.Article;
import org.newsgraph.model.Token;

/** A dotted abbreviation keeps its full stop as one token, but for the stop that ends the sentence. */
class AbbreviationsTest {
    private static List<String> tokens(String text) {
        return new Annotator().annotate(Article.of("t", text)).sentences().stream()
                .flatMap(s -> s.tokens().stream()).map(Token::text).toList();
    }

    @Test
    void theStopOfAnAbbreviationBeforeANameStaysWithIt() {
        List<String> tokens = tokens("The U.N. Security Council met envoys in Washington, D.C. on Monday.");
        assertEquals(List.of("The", "U.N.", "Security", "Council", "met", "envoys", "in", "Washington", ",",
                "D.C.", "on", "Monday", "."), tokens);
    }

    @Test
    void theStopThatEndsTheSentenceStaysApart() {
        String text = "Lima spoke for the U.N.";
        Span[] spans = {new Span(0, 4), new Span(5, 10), new Span(11, 14), new Span(15, 18), new Span(19, 22),
                new Span(22, 23)};
        List<String> joined = Arrays.stream(Abbreviations.join(spans, text))
                .map(s -> text.substring(s.getStart(), s.getEnd())).toList();
        assertEquals(List.of("Lima", "spoke", "for", "the", "U.N", "."), joined);
    }
}
