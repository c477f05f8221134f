package org.newsgraph.resolve;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

import org.newsgraph.model.EntityKey;
import org.newsgraph.model.EntityType;

/**
 * The key under which a person is looked up across articles ({@code ng:nameKey}): the surname, normalised — the
 * one word of a person named by one word, the last word of a full name. Cross-article resolution looks people
 * up by surname only (a full name is found by its IRI), so other entities carry no key. Lookups by key are
 * index lookups, never scans.
 */
public final class NameKeys {
    private NameKeys() {
    }

    public static String normalize(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return plain.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** The person's surname key; none for other entities. */
    public static Optional<String> of(EntityKey key) {
        if (key.type() != EntityType.PERSON) {
            return Optional.empty();
        }
        String[] words = normalize(key.name()).split(" ");
        return Optional.of(words[words.length - 1]);
    }

    /** Whether a person's name is a single word (a surname or a short form). */
    public static boolean isShortForm(EntityKey key) {
        return key.type() == EntityType.PERSON && !normalize(key.name()).contains(" ");
    }
}
