package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsgraph.model.AnnotatedArticle;
import org.newsgraph.model.Article;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Token;

/** The shapes of name parts, on hand-made tokens: "word/TAG" separated by spaces, "_" for no space before. */
class NamePartsTest {
    private static Sentence sentence(String text) {
        List<Token> tokens = new ArrayList<>();
        int offset = 0;
        for (String item : text.split(" ")) {
            boolean glued = item.startsWith("_");
            String[] parts = (glued ? item.substring(1) : item).split("/");
            int begin = tokens.isEmpty() ? 0 : glued ? offset : offset + 1;
            tokens.add(new Token(tokens.size(), begin, begin + parts[0].length(), parts[0], parts[1],
                    parts.length > 2 ? parts[2] : parts[0].toLowerCase()));
            offset = begin + parts[0].length();
        }
        return new Sentence(0, 0, offset, tokens);
    }

    @Test
    void aLowerCaseSyllableAfterAGluedHyphenContinuesAGivenName() {
        Sentence kim = sentence("Kim/PROPN Jong-/PROPN _un/ADP");
        assertTrue(NameParts.isLowerGivenNamePart(kim, 2));
        Sentence based = sentence("Macau-/PROPN _based/VERB");
        assertFalse(NameParts.isLowerGivenNamePart(based, 1));
        Sentence detached = sentence("Lee/PROPN Jae/PROPN _-/PUNCT _hun/NOUN");
        assertTrue(NameParts.isDetachedHyphenPart(detached, 2));
    }

    @Test
    void aHyphenatedCapitalisedPartJoinsTheNameBeforeIt() {
        assertTrue(NameParts.isHyphenatedPart(sentence("El/PROPN _-Hassan/PROPN"), 1));
        assertFalse(NameParts.isHyphenatedPart(sentence("El/PROPN -Hassan/PROPN"), 1));
    }

    @Test
    void groupNounsOfPeopleAreNoNames() {
        assertTrue(NameParts.isGroupNoun("Bankers"));
        assertTrue(NameParts.isGroupNoun("Economists"));
        assertFalse(NameParts.isGroupNoun("Williams"));
    }

    @Test
    void aCapitalisedWordAloneOnItsLineIsASignOff() {
        String text = "Prices rose.\nREUTER\nNOTE: estimates.";
        Sentence s = sentence("Prices/NOUN rose/VERB _./PUNCT");
        AnnotatedArticle article = new AnnotatedArticle(Article.of("t", text), List.of(s), List.of());
        assertTrue(NameParts.isSignOff(article, new Token(0, 13, 19, "REUTER", "PROPN", "reuter")));
        assertTrue(NameParts.isSignOff(article, new Token(0, 20, 24, "NOTE", "PROPN", "note")));
        assertFalse(NameParts.isSignOff(article, new Token(0, 0, 6, "Prices", "NOUN", "price")));
    }
}
