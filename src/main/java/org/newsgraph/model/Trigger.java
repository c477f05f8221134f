package org.newsgraph.model;

import java.util.Objects;

/** The words that name an event: characters {@code [begin, end)} of the article text, in sentence {@code sentence}. */
public record Trigger(int sentence, int begin, int end, String anchor) {
    public Trigger {
        Objects.requireNonNull(anchor, "anchor");
        if (begin < 0 || begin > end) {
            throw new IllegalArgumentException("trigger offsets out of order: begin=" + begin + " end=" + end);
        }
    }
}
