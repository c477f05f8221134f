package org.newsgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.solver.stats.Stats;
import org.apache.jena.tdb2.solver.stats.StatsResults;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.newsgraph.BadInputException;
import org.newsgraph.StoreException;

/**
 * Builds a store from N-Quads shards (an {@code export --format nq}, or a cluster's output: one named graph per
 * article and the links graph) with Jena's phased bulk loader, then writes the statistics file the query
 * optimiser reads. The store is built in a folder beside the target and moved into place only when every shard
 * has loaded, so a bad shard leaves the target as it was; a non-empty target is replaced only when asked.
 */
public final class BulkLoad {
    /** What a load did. */
    public record Report(int files, long quads, Path database) {
    }

    private BulkLoad() {
    }

    /**
     * Loads the shards ({@code .nq} or {@code .nq.gz} files, or folders of them, taken in name order) into the
     * database folder.
     *
     * @throws StoreException      when the target holds a database and {@code replace} is false, or the store
     *                             cannot be written
     * @throws BadInputException   when a shard is not N-Quads (naming the file and line)
     */
    public static Report load(Path database, List<Path> inputs, boolean replace) {
        List<Path> shards = shards(inputs);
        long expected = expectedQuads(inputs);
        if (GraphStore.isDatabase(database) && !replace) {
            throw new StoreException("the database " + database + " is not empty; load into a new folder, or give "
                    + "--replace to replace it");
        }
        Path parent = database.toAbsolutePath().getParent();
        Path building = parent.resolve(database.getFileName() + ".loading-" + ProcessHandle.current().pid());
        try {
            Files.createDirectories(parent);
            deleteTree(building);
            long quads = build(building, shards);
            if (expected >= 0 && quads != expected) {
                throw new BadInputException(inputs.get(0).resolve(MANIFEST).toString(), 0, "the manifest counts "
                        + expected + " quads, the shards hold " + quads + "; the database was left as it was");
            }
            if (Files.exists(database)) {
                deleteTree(database);
            }
            Files.move(building, database, StandardCopyOption.ATOMIC_MOVE);
            return new Report(shards.size(), quads, database);
        } catch (IOException e) {
            throw new StoreException("cannot build the database " + database + ": " + e.getMessage(), e);
        } finally {
            try {
                deleteTree(building);
            } catch (IOException | UncheckedIOException ignored) {
                // best effort: a leftover build folder holds nothing the target needs
            }
        }
    }

    private static long build(Path folder, List<Path> shards) {
        Dataset dataset = TDB2Factory.connectDataset(folder.toString());
        try {
            DataLoader loader = LoaderFactory.phasedLoader(dataset.asDatasetGraph(), (format, args) -> { });
            loader.startBulk();
            for (Path shard : shards) {
                try {
                    RDFParser.source(shard.toString()).lang(Lang.NQUADS)
                            .errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging).parse(loader.stream());
                } catch (RiotException e) {
                    loader.finishException(e);
                    throw new BadInputException(shard.toString(), lineOf(e), "not N-Quads: " + reasonOf(e), e);
                } catch (RuntimeException e) {
                    loader.finishException(e);
                    throw e;
                }
            }
            loader.finishBulk();
            long quads = loader.countQuads();
            writeStatistics(dataset);
            return quads;
        } finally {
            TDBInternal.expel(dataset.asDatasetGraph()); // released, so the folder can be moved into place
        }
    }

    private static final java.util.regex.Pattern POSITION = java.util.regex.Pattern.compile(
            "^\\[line: (\\d+), col: \\d+ ?\\] ?");

    private static long lineOf(RiotException e) {
        if (e instanceof RiotParseException parse) {
            return parse.getLine();
        }
        java.util.regex.Matcher m = POSITION.matcher(String.valueOf(e.getMessage()));
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    private static String reasonOf(RiotException e) {
        String message = e instanceof RiotParseException parse ? parse.getOriginalMessage() : e.getMessage();
        return POSITION.matcher(String.valueOf(message)).replaceFirst("");
    }

    /** The optimiser's statistics, over the union of the named graphs, where TDB2 looks for them. */
    private static void writeStatistics(Dataset dataset) {
        Txn.executeRead(dataset, () -> {
            DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dataset.asDatasetGraph());
            StatsResults results = tdb2.tdbstats.stats(tdb, Node.ANY);
            Stats.write(tdb.getLocation().getPath("stats.opt"), results);
        });
    }

    private static List<Path> shards(List<Path> inputs) {
        List<Path> shards = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> files = Files.list(input)) {
                    files.filter(f -> isShard(f.getFileName().toString())).sorted().forEach(shards::add);
                } catch (IOException e) {
                    throw new BadInputException(input.toString(), 0, "cannot list the folder: " + e.getMessage(), e);
                }
            } else if (Files.isRegularFile(input) && isShard(input.getFileName().toString())) {
                shards.add(input);
            } else if (Files.isRegularFile(input)) {
                throw new BadInputException(input.toString(), 0, "not an N-Quads shard (.nq or .nq.gz)");
            } else {
                throw new BadInputException(input.toString(), 0, "no such file or folder");
            }
        }
        if (shards.isEmpty()) {
            throw new BadInputException(inputs.get(0).toString(), 0, "no N-Quads shards (.nq or .nq.gz) to load");
        }
        return shards;
    }

    /** What a cluster run writes beside its shards, last (see the README's Spark section). */
    static final String MANIFEST = "manifest.json";

    /**
     * The quads a folder's manifest says its shards hold, when the input is one such folder, after checking that
     * every shard it lists is there; -1 when there is no manifest to go by.
     */
    private static long expectedQuads(List<Path> inputs) {
        if (inputs.size() != 1 || !Files.isRegularFile(inputs.get(0).resolve(MANIFEST))) {
            return -1;
        }
        Path manifest = inputs.get(0).resolve(MANIFEST);
        try {
            com.fasterxml.jackson.databind.JsonNode root = new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(manifest.toFile());
            long quads = 0;
            for (com.fasterxml.jackson.databind.JsonNode shard : root.path("shards")) {
                String file = shard.path("file").asText();
                if (!Files.isRegularFile(inputs.get(0).resolve(file))) {
                    throw new BadInputException(manifest.toString(), 0, "lists the shard " + file
                            + ", which is missing: the run's output is incomplete");
                }
                quads += shard.path("quads").asLong();
            }
            return quads;
        } catch (IOException e) {
            throw new BadInputException(manifest.toString(), 0, "not a manifest: " + e.getMessage(), e);
        }
    }

    private static boolean isShard(String name) {
        return name.endsWith(".nq") || name.endsWith(".nq.gz");
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
