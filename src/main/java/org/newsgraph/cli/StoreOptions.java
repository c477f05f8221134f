package org.newsgraph.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** {@code --db DIR}: the TDB2 database, by default {@code $NEWSGRAPH_DB} or {@code ./newsgraph-db}. */
final class StoreOptions {
    @Option(names = "--db", paramLabel = "DIR",
            description = "TDB2 database folder (default: $NEWSGRAPH_DB or ./newsgraph-db)")
    Path db;

    Path directory() {
        if (db != null) {
            return db;
        }
        String env = System.getenv("NEWSGRAPH_DB");
        return Path.of(env == null || env.isBlank() ? "newsgraph-db" : env);
    }
}
