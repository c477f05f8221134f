package org.newsgraph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;

import org.newsgraph.NewsgraphException;
import org.newsgraph.export.ExportFormat;
import org.newsgraph.export.Exporter;
import org.newsgraph.store.GraphStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
        header = "Writes the whole graph as TriG, N-Quads, Turtle, JSON-LD, GraphML or an events CSV.",
        description = {"Streams the store from one read transaction, in constant memory.",
                "TriG, N-Quads and JSON-LD keep each article's named graph and the links graph; Turtle (ttl) writes their union.",
                "JSON-LD carries the context of ontology/newsgraph.context.jsonld, inline.",
                "GraphML is the entity network for Gephi and networkx: entities as nodes, metWith, spokeWith and "
                        + "coParticipant edges weighted by their events, with the first and last date.",
                "The CSV is one row per event in the spirit of GDELT's event table (RFC 4180)."})
final class ExportCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "trig, nq, ttl, jsonld, graphml or csv")
    ExportFormat format;

    @Option(names = "--out", paramLabel = "FILE", description = "file to write (default: standard output); "
            + "written beside it first, so a failed export leaves no half file")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    static final class FormatConverter implements CommandLine.ITypeConverter<ExportFormat> {
        @Override
        public ExportFormat convert(String value) {
            try {
                return ExportFormat.named(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("not an export format: " + value
                        + " (trig, nq, ttl, jsonld, graphml or csv)");
            }
        }
    }

    @Override
    public Integer call() throws IOException {
        try (GraphStore graphStore = GraphStore.open(store.existingDirectory())) {
            if (out == null) {
                OutputStream stdout = new BufferedOutputStream(System.out, 1 << 16);
                Exporter.export(graphStore, format, stdout);
                stdout.flush();
                return Main.OK;
            }
            Path target = out.toAbsolutePath();
            Files.createDirectories(target.getParent()); // "--out shards/all.nq" into a folder not made yet
            Path partial = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".partial");
            try {
                Exporter.Result result;
                try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16)) {
                    result = Exporter.export(graphStore, format, file);
                }
                readableByAll(partial); // a temporary file is made private; the export is not
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                spec.commandLine().getErr().printf("exported %s to %s%n", result, out);
                spec.commandLine().getErr().flush();
            } catch (IOException e) {
                throw new NewsgraphException("cannot write " + out + ": " + e.getMessage(), e);
            } finally {
                Files.deleteIfExists(partial); // gone already when the export was moved into place
            }
        }
        return Main.OK;
    }

    /** rw-r--r--, as a file written the usual way would be, where the file system has POSIX permissions. */
    private static void readableByAll(Path file) throws IOException {
        if (Files.getFileStore(file).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        }
    }
}
