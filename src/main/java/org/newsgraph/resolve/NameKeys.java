package org.newsgraph.resolve;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import org.newsgraph.model.EntityKey;
import org.newsgraph.model.EntityType;

/**
 * The keys under which an entity is looked up across articles ({@code ng:nameKey}): its normalised full name,
 * and for a person of several words, the surname alone. Lookups by key are index lookups, never scans.
 */
public final class NameKeys {
    private NameKeys() {
    }

    public static String normalize(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return plain.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    public static Set<String> of(EntityKey key) {
        Set<String> keys = new LinkedHashSet<>();
        String full = normalize(key.name());
        keys.add(full);
        if (key.type() == EntityType.PERSON) {
            String[] words = full.split(" ");
            if (words.length > 1) {
                keys.add(words[words.length - 1]);
            }
        }
        return keys;
    }

    /** Whether a person's name is a single word (a surname or a short form). */
    public static boolean isShortForm(EntityKey key) {
        return key.type() == EntityType.PERSON && !normalize(key.name()).contains(" ");
    }
}
