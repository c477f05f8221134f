package org.newsgraph.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

import picocli.CommandLine;

/** Runs the command line in this JVM, as the launcher would, with its output caught. */
final class Cli {
    private Cli() {
    }

    static int run(StringWriter out, StringWriter err, String... args) {
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }
}
