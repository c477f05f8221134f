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

    @Test
    void aQuotationWrappedOverTheLinesOfAHardWrappedTextIsOneQuotation() {
        String text = "Foreign Minister Ana Sousa met her Ruritanian counterpart\n"
                + "on Monday for talks on trade and on the border dispute.\n"
                + "    \"There is a bright path ahead for both our\n"
                + "peoples,\" she told reporters after the talks ended in\n"
                + "Lisbon late in the evening.\n";
        assertEquals(List.of("There is a bright path ahead for both our peoples"), texts(text));
    }

    @Test
    void inATextWithASentenceOnEachLineALineBreakStillEndsAnUnclosedQuotation() {
        String text = "Ana Sousa said the \"plan was ready and would be signed soon.\n"
                + "Olav Berg said the talks in Lisbon had gone well on Monday.\n"
                + "He called the accord \"a good step\" for both countries.\n";
        assertEquals(List.of("a good step"), texts(text));
    }

    private static List<String> texts(String text) {
        return Quotes.find(text).stream().map(Quotes.Quote::text).toList();
    }

    @Test
    void wireStyleBackticksAndTwoApostrophesMarkAQuote() {
        assertEquals(List.of("The border stays open"),
                texts("``The border stays open,'' said spokesman Tomas Reyes."));
    }

    @Test
    void guillemetsAndLowNinetyNineQuotesMarkAQuote() {
        assertEquals(List.of("Nous sommes prêts"), texts("Elle a dit: «Nous sommes prêts»."));
        assertEquals(List.of("Wir sind bereit"), texts("Er sagte: \u201EWir sind bereit\u201C."));
    }

    @Test
    void singleQuotesMarkAQuoteButApostrophesDoNot() {
        assertEquals(List.of("no deal is better than a bad deal"),
                texts("The minister's aide said 'no deal is better than a bad deal' on Friday."));
        assertEquals(List.of("a historic step"), texts("Ministers hail \u2018a historic step\u2019 in talks"));
        assertEquals(List.of(), texts("The ministers' talks didn't end until the '90s were over."));
    }

    @Test
    void aWireQuoteRunsOnIntoTheNextParagraph() {
        assertEquals(List.of("We will stay. We will not leave"),
                texts("``We will stay.\n``We will not leave,'' he said."));
    }

    @Test
    void singleQuotesInsideADoubleQuoteBelongToIt() {
        assertEquals(List.of("They called it 'a mistake' and left"),
                texts("\"They called it 'a mistake' and left,\" she said."));
    }
}
