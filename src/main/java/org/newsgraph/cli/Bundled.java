package org.newsgraph.cli;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.newsgraph.NewsgraphException;

/** Files shipped inside the jar (or the classes folder): the demo's sample articles and the queries. */
final class Bundled {
    private Bundled() {
    }

    /** queries/ in the working directory when there is one (the project), else the copies in the jar. */
    static List<Path> queryFiles() {
        Path local = Path.of("queries");
        if (Files.isDirectory(local)) {
            try (Stream<Path> list = Files.list(local)) {
                return list.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
            } catch (IOException e) {
                throw new NewsgraphException("cannot list queries/: " + e.getMessage(), e);
            }
        }
        return files("/queries", ".rq");
    }

    /** The files in a classpath folder whose names end with the suffix, sorted by name. */
    static List<Path> files(String folder, String suffix) {
        URL url = Bundled.class.getResource(folder);
        if (url == null) {
            throw new NewsgraphException("bundled folder " + folder + " is missing from the classpath");
        }
        try {
            URI uri = url.toURI();
            Path path;
            if (uri.getScheme().equals("jar")) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                path = fs.getPath(folder);
            } else {
                path = Path.of(uri);
            }
            try (Stream<Path> list = Files.list(path)) {
                return list.filter(p -> p.getFileName().toString().endsWith(suffix))
                        .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
                        .toList();
            }
        } catch (IOException | URISyntaxException e) {
            throw new NewsgraphException("cannot list bundled folder " + folder + ": " + e.getMessage(), e);
        }
    }
}
