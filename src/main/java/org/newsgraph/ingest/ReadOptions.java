package org.newsgraph.ingest;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What the command line says about the articles it reads: a publication date, address and title for inputs
 * that do not carry their own (a JSON record's own fields win).
 */
public record ReadOptions(Optional<LocalDate> date, Optional<String> url, Optional<String> title) {
    public static ReadOptions none() {
        return new ReadOptions(Optional.empty(), Optional.empty(), Optional.empty());
    }
}
