package org.newsgraph.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.NewsgraphException;

/** Whole-process timing: every command runs in a fresh JVM that must succeed, and its CPU time is measured. */
class WholeProcessBenchTest {
    private static final List<String> FRESH_JVM = List.of(
            ProcessHandle.current().info().command().orElse("java"), "-XX:TieredStopAtLevel=1",
            "-cp", System.getProperty("java.class.path"), "org.newsgraph.cli.Main");

    @Test
    void eachCommandRunsAsAFreshProcessWithItsWallAndCpuTime(@TempDir Path dir) throws Exception {
        Path corpus = Files.write(dir.resolve("corpus.jsonl"), List.of(
                "{\"id\": \"w1\", \"date\": \"2024-06-10\", \"text\": \"Olav Berg met Ana Lima in Oslo on Monday.\"}",
                "",
                "{\"id\": \"w2\", \"date\": \"2024-06-11\", \"text\": \"Pedro Alves visited Lisbon on Tuesday.\"}",
                "{\"id\": \"w3\", \"date\": \"2024-06-12\", \"text\": \"Tomas Reyes said the talks would go on.\"}"),
                StandardCharsets.UTF_8);
        List<WholeProcessBench.Timing> timings = new WholeProcessBench(FRESH_JVM, line -> { })
                .run(corpus, 2, "sample.txt", "Wen Qiang arrived in Oslo on Monday.", dir, 1);
        assertEquals(List.of("--version", "ingest of one article", "query ASK (one-article store)",
                "stats (one-article store)", "ingest of 2 articles"),
                timings.stream().map(WholeProcessBench.Timing::command).toList());
        for (WholeProcessBench.Timing t : timings) {
            assertTrue(t.wallSeconds() > 0 && t.cpuSeconds() > 0, t.toString());
            assertTrue(t.cpuSeconds() < 10 * t.wallSeconds() + 1, t.toString());
        }
        assertTrue(Files.isDirectory(dir.resolve("whole-process/corpus-db")), "the corpus ingest wrote its store");
    }

    @Test
    void aCommandThatFailsFailsTheBenchmark(@TempDir Path dir) throws Exception {
        Path corpus = Files.writeString(dir.resolve("corpus.jsonl"), "{\"id\": \"w1\", \"text\": \"Berg left.\"}\n");
        List<String> broken = new java.util.ArrayList<>(FRESH_JVM);
        broken.add("--no-such-option");
        NewsgraphException failure = assertThrows(NewsgraphException.class,
                () -> new WholeProcessBench(broken, line -> { }).run(corpus, 1, "s.txt", "Berg left.", dir, 1));
        assertTrue(failure.getMessage().contains("exited with"), failure.getMessage());
    }
}
