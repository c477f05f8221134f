package org.newsgraph.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A gazetteer entry: an entity Newsgraph knows before reading, with its canonical name, other names,
 * the place it lies in (for cities and regions) and its Wikidata id where known.
 */
public record Known(String name, EntityType type, List<String> aliases, Optional<String> container,
                    Optional<String> wikidata) {
    public Known {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        aliases = List.copyOf(aliases);
        Objects.requireNonNull(container, "container");
        Objects.requireNonNull(wikidata, "wikidata");
    }
}
