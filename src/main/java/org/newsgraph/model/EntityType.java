package org.newsgraph.model;

/** The kinds of named entity; the place kinds are also {@link #PLACE}. */
public enum EntityType {
    PERSON("person"),
    ORGANIZATION("organization"),
    PLACE("place"),
    COUNTRY("country"),
    CITY("city"),
    REGION("region");

    private final String slug;

    EntityType(String slug) {
        this.slug = slug;
    }

    /** The path segment used in entity IRIs, e.g. {@code person}. */
    public String slug() {
        return slug;
    }

    public boolean isPlace() {
        return this == PLACE || this == COUNTRY || this == CITY || this == REGION;
    }

    /** Country and organisation are the two things a person can be affiliated with. */
    public boolean canEmploy() {
        return this == COUNTRY || this == ORGANIZATION;
    }
}
