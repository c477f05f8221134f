package org.newsgraph.model;

import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.Collections;

/**
 * An entity as one article knows it.
 *
 * @param key          type and canonical name; its label is {@code key.name()}
 * @param altLabels    every other name the article uses for it
 * @param titles       offices and roles, as written
 * @param affiliations countries and organisations the person serves
 * @param locatedIn    the place this place lies in
 * @param mentioned    false for an entity written only because a mentioned one lies in it
 */
public record Entity(EntityKey key, SortedSet<String> altLabels, SortedSet<String> titles,
                     SortedSet<EntityKey> affiliations, Optional<EntityKey> locatedIn, Optional<String> wikidata,
                     boolean mentioned) {
    public Entity {
        Objects.requireNonNull(key, "key");
        altLabels = Collections.unmodifiableSortedSet(new TreeSet<>(altLabels));
        titles = Collections.unmodifiableSortedSet(new TreeSet<>(titles));
        affiliations = Collections.unmodifiableSortedSet(new TreeSet<>(affiliations));
        Objects.requireNonNull(locatedIn, "locatedIn");
        Objects.requireNonNull(wikidata, "wikidata");
    }

    public EntityType type() {
        return key.type();
    }

    public String label() {
        return key.name();
    }
}
