package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.newsgraph.store.BulkLoad;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "load", mixinStandardHelpOptions = true,
        header = "Builds a database from N-Quads shards with Jena's bulk loader.",
        description = {"Builds a database from N-Quads shards (.nq or .nq.gz files, or folders of them): the output "
                + "of `export --format nq` or of a cluster run, one named graph per article plus the links graph. "
                + "Uses TDB2's phased bulk loader, then writes the query optimiser's statistics.",
                "The database is built beside the target and moved into place when every shard has loaded: a bad "
                + "shard leaves the target as it was. A non-empty target is refused unless --replace."})
final class LoadCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(names = "--replace", description = "replace the database if it is not empty")
    boolean replace;

    @Parameters(arity = "1..*", paramLabel = "SHARDS", description = "N-Quads files or folders of them")
    List<Path> inputs;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        long start = System.nanoTime();
        BulkLoad.Report report = BulkLoad.load(store.directory(), inputs, replace);
        out.printf("loaded %,d quads from %d shard(s) into %s in %.1f s%n", report.quads(), report.files(),
                report.database(), (System.nanoTime() - start) / 1e9);
        out.flush();
        return Main.OK;
    }
}
