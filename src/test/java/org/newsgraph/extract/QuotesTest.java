package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class QuotesTest {
    @Test
    void curlyQuotesGiveTheirWordsWithoutMarksOrTrailingComma() {
        List<Quotes.Quote> quotes = Quotes.find("“We are ready,” she said.");
        assertEquals(List.of("We are ready"), quotes.stream().map(Quotes.Quote::text).toList());
    }

    @Test
    void straightQuotesPairUp() {
        List<Quotes.Quote> quotes = Quotes.find("He said \"yes\" and then \"no\".");
        assertEquals(List.of("yes", "no"), quotes.stream().map(Quotes.Quote::text).toList());
    }

    @Test
    void aQuoteThatRunsOnIntoTheNextParagraphIsOneQuote() {
        String text = "“The first part is long.\n“And the second part ends here,” he said.";
        List<Quotes.Quote> quotes = Quotes.find(text);
        assertEquals(List.of("The first part is long. And the second part ends here"),
                quotes.stream().map(Quotes.Quote::text).toList());
        assertEquals(1, quotes.get(0).begin());
    }

    @Test
    void anUnclosedStraightQuoteEndsAtTheParagraph() {
        List<Quotes.Quote> quotes = Quotes.find("He said \"never\nThen \"again\" she said.");
        assertEquals(List.of("again"), quotes.stream().map(Quotes.Quote::text).toList());
    }
}
