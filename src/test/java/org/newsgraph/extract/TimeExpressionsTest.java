package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.TimeValue;
import org.newsgraph.model.Token;

/** A table of date expressions, resolved against an article dated Wednesday 2025-02-19. */
class TimeExpressionsTest {
    private static final LocalDate ARTICLE = LocalDate.of(2025, 2, 19);

    /** Whitespace tokens with their own lemma: enough for the patterns, no model needed. */
    private static Sentence sentence(String text) {
        List<Token> tokens = new ArrayList<>();
        int offset = 0;
        for (String word : text.split(" ")) {
            String lemma = word.toLowerCase().replaceAll("s$", "");
            tokens.add(new Token(tokens.size(), offset, offset + word.length(), word, "X", lemma));
            offset += word.length() + 1;
        }
        return new Sentence(0, 0, offset, tokens);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "2014                  | 2014       | false",
        "January 2022          | 2022-01    | false",
        "October , 2001        | 2001-10    | false",
        "March 12 , 1999       | 1999-03-12 | false",
        "Feb. 18               | 2025-02-18 | false",
        "Tuesday               | 2025-02-18 | false",
        "Wednesday             | 2025-02-19 | false",
        "Friday                | 2025-02-21 | true",
        "yesterday             | 2025-02-18 | false",
        "today                 | 2025-02-19 | false",
        "tomorrow              | 2025-02-20 | true",
        "last week             | 2025-02    | false",
        "last month            | 2025-01    | false",
        "next month            | 2025-03    | true",
        "earlier this month    | 2025-02    | false",
        "last year             | 2024       | false",
        "three years ago       | 2022       | false",
        "December              | 2024-12    | false",
        "last Friday           | 2025-02-14 | false",
        "last Wednesday        | 2025-02-12 | false",
        "next Monday           | 2025-02-24 | true",
        "last November         | 2024-11    | false",
        "last January          | 2025-01    | false",
        "next March            | 2025-03    | true",
        "Nov. 17 to 19         | 2025-11-17 | true",
        "Nov. 18-19            | 2025-11-18 | true",
        "June 8                | 2024-06-08 | false",
        "Jan. 10               | 2026-01-10 | true",
        "May                   | 2025-05    | true",
    })
    void resolves(String expression, String expected, boolean future) {
        Optional<TimeValue> value = TimeExpressions.at(sentence(expression), 0, Optional.of(ARTICLE), future);
        assertEquals(expected, value.map(TimeValue::lexical).orElse("none"));
    }

    @ParameterizedTest(name = "{0} has no date")
    @CsvSource({"Tuesday", "yesterday", "last week", "the meeting"})
    void needsAnAnchor(String expression) {
        assertEquals(Optional.empty(), TimeExpressions.at(sentence(expression), 0, Optional.empty(), false));
    }
}
