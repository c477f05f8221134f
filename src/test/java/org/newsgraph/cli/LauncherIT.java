package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher on the packaged jar: it makes the class-data archive once per build, and a JVM that cannot map an
 * archive runs without it, silently.
 */
class LauncherIT {
    private static final Path LAUNCHER = Path.of("newsgraph").toAbsolutePath();

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private Run launch(String... args) throws IOException, InterruptedException {
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        ProcessBuilder builder = new ProcessBuilder(Stream.concat(Stream.of(LAUNCHER.toString()), Stream.of(args)).toList())
                .directory(dir.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile());
        Process process = builder.start();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "the launcher did not finish");
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private static List<Path> archives() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("newsgraph-\\d+\\.jsa")).toList();
        }
    }

    @Test
    void theArchiveIsMadeOnceAndAnArchiveTheJvmCannotMapIsIgnored() throws Exception {
        for (Path stale : archives()) {
            Files.delete(stale);
        }
        Run first = launch("--version");
        assertEquals(0, first.code(), first.err());
        assertTrue(first.out().startsWith("newsgraph "), first.out());
        assertTrue(first.err().contains("preparing the class-data archive"), first.err());
        assertEquals(1, archives().size(), "one archive for this jar and this java");

        Run second = launch("--version");
        assertEquals(0, second.code(), second.err());
        assertFalse(second.err().contains("preparing"), "the archive is made once per build: " + second.err());

        Path archive = archives().get(0);
        Files.write(archive, "not a class-data archive".getBytes(StandardCharsets.UTF_8));
        Files.setLastModifiedTime(archive, FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        Run broken = launch("stats", "--db", dir.resolve("no-such-db").toString());
        assertEquals(Main.DATABASE, broken.code(), broken.err());
        assertEquals(1, broken.err().lines().count(), "one line, no JVM warning about the archive: " + broken.err());
        assertTrue(broken.err().startsWith("newsgraph: no database at"), broken.err());
        Files.delete(archive);
    }
}
