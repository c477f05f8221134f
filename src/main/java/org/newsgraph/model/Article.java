package org.newsgraph.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One news article as read: its id, its text exactly as decoded, and what the source says about it.
 * Offsets everywhere in Newsgraph point into {@link #text()}.
 */
public record Article(String id, String text, Optional<String> title, Optional<LocalDate> date,
                      Optional<String> url, Optional<String> source) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        if (id.isBlank()) {
            throw new IllegalArgumentException("article id is blank");
        }
        title = Objects.requireNonNull(title, "title").filter(t -> !t.isBlank());
        date = Objects.requireNonNull(date, "date");
        url = Objects.requireNonNull(url, "url").filter(u -> !u.isBlank());
        source = Objects.requireNonNull(source, "source").filter(s -> !s.isBlank());
    }

    public static Article of(String id, String text) {
        return new Article(id, text, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public Article withDate(LocalDate newDate) {
        return new Article(id, text, title, Optional.of(newDate), url, source);
    }

    public Article withTitle(String newTitle) {
        return new Article(id, text, Optional.of(newTitle), date, url, source);
    }

    public Article withUrl(String newUrl) {
        return new Article(id, text, title, date, Optional.of(newUrl), source);
    }
}
