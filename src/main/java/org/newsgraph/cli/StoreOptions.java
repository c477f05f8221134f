package org.newsgraph.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** {@code --db DIR}: the TDB2 database, by default {@code $NEWSGRAPH_DB} or {@code ./newsgraph-db}. */
final class StoreOptions {
    @Option(names = "--db", paramLabel = "DIR",
            description = "TDB2 database folder (default: $NEWSGRAPH_DB or ./newsgraph-db)")
    Path db;

    /** The database folder, which must exist already (for commands that only read or remove). */
    Path existingDirectory() {
        Path dir = directory();
        if (!java.nio.file.Files.isDirectory(dir)) {
            throw new org.newsgraph.StoreException("no database at " + dir);
        }
        return dir;
    }

    Path directory() {
        if (db != null) {
            return db;
        }
        String env = System.getenv("NEWSGRAPH_DB");
        return Path.of(env == null || env.isBlank() ? "newsgraph-db" : env);
    }
}
