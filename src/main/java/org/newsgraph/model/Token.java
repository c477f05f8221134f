package org.newsgraph.model;

import java.util.Objects;

/**
 * A token with its universal POS tag (UPOS: PROPN, VERB, …) and lowercase lemma.
 * {@code begin}/{@code end} are half-open offsets into the article text; {@code index} counts tokens within the sentence.
 */
public record Token(int index, int begin, int end, String text, String tag, String lemma) {
    public Token {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(lemma, "lemma");
        if (begin < 0 || begin > end) {
            throw new IllegalArgumentException("token offsets out of order: begin=" + begin + " end=" + end);
        }
    }

    public boolean is(String upos) {
        return tag.equals(upos);
    }

    public boolean isCapitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }
}
