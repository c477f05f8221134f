package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The README's worked example runs as written: its article is saved under the name the README gives, each
 * {@code $ ./newsgraph …} line runs in order on one fresh database, and prints what the README shows.
 */
class ReadmeExamplesTest {
    @TempDir
    Path dir;

    /** The fenced code blocks of the README's worked example (up to its next section), in order. */
    private static List<List<String>> blocks() throws IOException {
        List<List<String>> blocks = new ArrayList<>();
        List<String> current = null;
        for (String line : Files.readAllLines(Path.of("README.md"))) {
            if (current == null && line.startsWith("## Commands")) {
                break;
            }
            if (line.startsWith("```")) {
                if (current == null) {
                    current = new ArrayList<>();
                } else {
                    blocks.add(current);
                    current = null;
                }
            } else if (current != null) {
                current.add(line);
            }
        }
        return blocks;
    }

    @Test
    void theWorkedExampleRunsAsWritten() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int named = readme.indexOf("An article, `");
        assertTrue(named >= 0, "the README names the example's article");
        String fileName = readme.substring(named + "An article, `".length(), readme.indexOf('`', named + 13));
        List<List<String>> blocks = blocks();
        int articleBlock = (int) readme.substring(0, named).lines().filter(l -> l.startsWith("```")).count() / 2;
        Path article = dir.resolve(fileName);
        Files.writeString(article, String.join("\n", blocks.get(articleBlock)) + "\n");
        Path db = dir.resolve("newsgraph-db");

        int commands = 0;
        for (List<String> block : blocks) {
            if (block.isEmpty() || !block.get(0).startsWith("$ ./newsgraph ")) {
                continue;
            }
            List<String> args = new ArrayList<>(List.of(block.get(0).substring("$ ./newsgraph ".length()).split(" +")));
            args.replaceAll(a -> a.equals(fileName) ? article.toString() : a);
            args.add(1, "--db");
            args.add(2, db.toString());
            StringWriter out = new StringWriter();
            CommandLine cli = Main.commandLine();
            cli.setOut(new PrintWriter(out, true));
            cli.setErr(new PrintWriter(new StringWriter(), true));
            assertEquals(0, cli.execute(args.toArray(String[]::new)), block.get(0));
            String shown = String.join("\n", block.subList(1, block.size())).strip();
            assertEquals(shown, out.toString().strip().replace(db.toString(), "newsgraph-db"), block.get(0));
            commands++;
        }
        assertTrue(commands >= 2, commands + " commands in the README's example");
    }
}
