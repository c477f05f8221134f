package org.newsgraph.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What the command line says about the articles it reads: a publication date, address and title for inputs
 * that do not carry their own (a JSON record's own fields win), the charset of the files, and whether text
 * that is not English is read too.
 */
public record ReadOptions(Optional<LocalDate> date, Optional<String> url, Optional<String> title, Charset charset,
                          boolean anyLanguage) {
    public ReadOptions {
        Objects.requireNonNull(charset, "charset");
    }

    public ReadOptions(Optional<LocalDate> date, Optional<String> url, Optional<String> title) {
        this(date, url, title, StandardCharsets.UTF_8, false);
    }

    public static ReadOptions none() {
        return new ReadOptions(Optional.empty(), Optional.empty(), Optional.empty());
    }

    public ReadOptions withCharset(Charset other) {
        return new ReadOptions(date, url, title, other, anyLanguage);
    }

    public ReadOptions withAnyLanguage(boolean any) {
        return new ReadOptions(date, url, title, charset, any);
    }
}
