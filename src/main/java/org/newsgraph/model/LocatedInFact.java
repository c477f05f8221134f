package org.newsgraph.model;

import java.util.Objects;

/** A place lies in another: "Lyon, France". */
public record LocatedInFact(Mention place, Mention container, String extractor) implements Fact {
    public LocatedInFact {
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(container, "container");
        Objects.requireNonNull(extractor, "extractor");
    }
}
