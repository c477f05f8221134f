package org.newsgraph.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** {@code --db DIR}: the TDB2 database, by default {@code $NEWSGRAPH_DB} or {@code ./newsgraph-db}. */
final class StoreOptions {
    @Option(names = "--db", paramLabel = "DIR",
            description = "TDB2 database folder (default: $NEWSGRAPH_DB, else newsgraph-db in the working directory)")
    Path db;

    /**
     * The database folder, which must hold a database already (for every command but ingest and demo): a
     * mistyped path is an error, never a new empty store.
     */
    Path existingDirectory() {
        Path dir = directory();
        if (!org.newsgraph.store.GraphStore.isDatabase(dir)) {
            throw new org.newsgraph.StoreException("no database at " + dir
                    + (java.nio.file.Files.isDirectory(dir) ? " (the folder holds no TDB2 database)" : ""));
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
