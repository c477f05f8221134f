package org.newsgraph.model;

import java.util.Objects;

/** What identifies an entity across articles: its type and canonical name. The IRI is minted from it. */
public record EntityKey(EntityType type, String name) implements Comparable<EntityKey> {
    public EntityKey {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("blank entity name");
        }
    }

    @Override
    public int compareTo(EntityKey other) {
        int byType = type.compareTo(other.type);
        return byType != 0 ? byType : name.compareTo(other.name);
    }
}
