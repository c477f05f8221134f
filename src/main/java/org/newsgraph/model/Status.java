package org.newsgraph.model;

/** Factuality of an event, written as {@code ng:status}. */
public enum Status {
    OCCURRED("Occurred"),
    PLANNED("Planned"),
    CANCELLED("Cancelled"),
    NEGATED("Negated"),
    HYPOTHETICAL("Hypothetical");

    private final String localName;

    Status(String localName) {
        this.localName = localName;
    }

    public String localName() {
        return localName;
    }
}
