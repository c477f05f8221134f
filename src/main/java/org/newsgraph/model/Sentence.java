package org.newsgraph.model;

import java.util.List;

/** A sentence: half-open offsets into the article text and its tokens in order. */
public record Sentence(int index, int begin, int end, List<Token> tokens) {
    public Sentence {
        if (begin < 0 || begin > end) {
            throw new IllegalArgumentException("sentence offsets out of order: begin=" + begin + " end=" + end);
        }
        tokens = List.copyOf(tokens);
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    /** The tokens [start, stop) joined by single spaces where the text has any space between them. */
    public String text(int start, int stop) {
        StringBuilder out = new StringBuilder();
        for (int i = start; i < stop; i++) {
            Token token = tokens.get(i);
            if (i > start && token.begin() > tokens.get(i - 1).end()) {
                out.append(' ');
            }
            out.append(token.text());
        }
        return out.toString();
    }

    public int size() {
        return tokens.size();
    }
}
