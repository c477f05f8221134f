package org.newsgraph.model;

import java.util.Objects;

/** A person holds an office or role, as written: "Secretary of State". */
public record TitleFact(Mention person, String title, String extractor) implements Fact {
    public TitleFact {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(extractor, "extractor");
        if (title.isBlank()) {
            throw new IllegalArgumentException("blank title for " + person.name());
        }
    }
}
