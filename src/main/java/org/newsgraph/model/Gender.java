package org.newsgraph.model;

/** What a given name or a pronoun says of a person, where it says anything. */
public enum Gender {
    FEMALE,
    MALE
}
