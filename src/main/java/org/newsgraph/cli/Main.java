package org.newsgraph.cli;

import java.io.PrintWriter;

import org.newsgraph.BadInputException;
import org.newsgraph.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code newsgraph} command. Exit codes: 0 success, 1 usage error, 2 bad input, 3 database (or other)
 * error; every failure is one line on standard error.
 */
@Command(name = "newsgraph", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Builds an RDF knowledge graph of who did what to whom, where and when, from news articles.",
        subcommands = {IngestCommand.class, QueryCommand.class, ServeCommand.class, ExportCommand.class, ValidateCommand.class, LoadCommand.class, StatsCommand.class, ArticlesCommand.class, DemoCommand.class, RemoveCommand.class, EvalLinksCommand.class, BenchCommand.class,
                EvalCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    public static final int OK = 0;
    public static final int USAGE = 1;
    public static final int BAD_INPUT = 2;
    public static final int DATABASE = 3;
    /** Stopped by SIGINT or SIGTERM, after committing what was finished (128 + the signal's number, as shells do). */
    public static final int INTERRUPTED = 130;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (see --help)");
    }

    public static void main(String[] args) {
        int code;
        try {
            code = commandLine().execute(args);
        } catch (Error e) {
            System.err.println("newsgraph: " + message(e));
            code = DATABASE;
        }
        System.exit(code);
    }

    /** The configured command line: exit codes and error handling as documented. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExitCodeExceptionMapper(Main::exitCode);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            err.println("newsgraph: " + message(e));
            err.flush();
            return exitCode(e);
        });
        cli.setParameterExceptionHandler((e, args) -> {
            PrintWriter err = e.getCommandLine().getErr();
            err.println("newsgraph: " + e.getMessage());
            err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            err.flush();
            return USAGE;
        });
        cli.getCommandSpec().exitCodeOnUsageHelp(OK);
        return cli;
    }

    /**
     * Whether running out of memory is behind a failure, however it surfaced: a worker's error, or a class
     * whose loading it broke (which fails again later with only the first error's description).
     */
    private static boolean outOfMemory(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OutOfMemoryError || String.valueOf(t.getMessage()).contains("OutOfMemoryError")) {
                return true;
            }
        }
        return false;
    }

    static int exitCode(Throwable e) {
        if (e instanceof CommandLine.ParameterException || e instanceof IllegalArgumentException
                && !(e instanceof NumberFormatException)) {
            return USAGE;
        }
        if (e instanceof BadInputException) {
            return BAD_INPUT;
        }
        if (e instanceof StoreException) {
            return DATABASE;
        }
        return DATABASE;
    }

    private static String message(Throwable e) {
        if (outOfMemory(e)) {
            return "out of memory; give Java more with NEWSGRAPH_JAVA_OPTS=-Xmx8g, or ingest with fewer --threads";
        }
        if (e instanceof org.newsgraph.NewsgraphException || e instanceof IllegalArgumentException) {
            return e.getMessage();
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof java.io.IOException && String.valueOf(root.getMessage()).contains("No space left")) {
            return "the disk is full (" + root.getMessage() + "); what was committed before is kept";
        }
        if (e instanceof InternalError && String.valueOf(e.getMessage()).contains("unsafe memory access")) {
            return "a write to the database's files failed (is the disk full?); what was committed before is kept";
        }
        return "internal error: " + e + (root != e ? " (" + root + ")" : "");
    }

    /** The version Maven built, from the jar's manifest or the version resource beside the classes. */
    public static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"newsgraph " + number(), "Java " + System.getProperty("java.version")};
        }

        /** Newsgraph's version number ("unknown" where neither the manifest nor the resource says). */
        public static String number() {
            String version = Main.class.getPackage().getImplementationVersion();
            if (version != null) {
                return version;
            }
            try (var in = Main.class.getResourceAsStream("/org/newsgraph/version.properties")) {
                java.util.Properties properties = new java.util.Properties();
                if (in != null) {
                    properties.load(in);
                }
                return properties.getProperty("version", "unknown");
            } catch (java.io.IOException e) {
                return "unknown";
            }
        }
    }
}
