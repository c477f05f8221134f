package org.newsgraph.model;

import java.util.Objects;

/** A person serves or belongs to a country or an organisation. */
public record AffiliationFact(Mention person, Mention group, String extractor) implements Fact {
    public AffiliationFact {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(extractor, "extractor");
    }
}
