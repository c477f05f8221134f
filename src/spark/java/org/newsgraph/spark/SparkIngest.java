package org.newsgraph.spark;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.newsgraph.BadInputException;
import org.newsgraph.cli.Main;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The Spark job: {@code spark-submit --class org.newsgraph.spark.SparkIngest newsgraph.jar --input PATH --output
 * DIR}, or without a Spark installation {@code ./newsgraph spark-ingest --master local[*] …}. Writes N-Quads
 * shards and a manifest that {@code newsgraph load DIR} builds a store from.
 */
@Command(name = "spark-ingest", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        header = "Ingests a corpus on Apache Spark into N-Quads shards for `newsgraph load`.",
        description = {"Reads JSON Lines (.jsonl, .jsonl.gz) or Parquet files (with the fields of a JSON Lines "
                + "record: id, url, title, date, source, text) from any Hadoop file system, runs the pipeline on "
                + "every article, resolves short forms and links events across the corpus, and writes one named "
                + "graph per article plus the links graph as gzip N-Quads shards in OUTPUT, with manifest.json "
                + "last. `newsgraph load OUTPUT` builds the TDB2 store from them."})
public final class SparkIngest implements Callable<Integer> {
    /** The JVM options Spark 3.5 needs on Java 17 when started by plain {@code java} (spark-submit adds its own). */
    public static final List<String> JAVA_OPTIONS = List.of(
            "--add-opens=java.base/java.lang=ALL-UNNAMED",
            "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
            "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
            "--add-opens=java.base/java.io=ALL-UNNAMED",
            "--add-opens=java.base/java.net=ALL-UNNAMED",
            "--add-opens=java.base/java.nio=ALL-UNNAMED",
            "--add-opens=java.base/java.util=ALL-UNNAMED",
            "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
            "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
            "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
            "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED",
            "--add-opens=java.base/sun.security.action=ALL-UNNAMED",
            "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED",
            "-Djdk.reflect.useDirectMethodHandle=false");

    @Option(names = "--input", required = true, arity = "1..*", paramLabel = "PATH",
            description = "files or folders of .jsonl, .jsonl.gz or .parquet, on any Hadoop file system")
    List<String> inputs;

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "a new or empty folder for the shards")
    String output;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master, e.g. local[*] (default: spark-submit's, else local[*])")
    String master;

    @Option(names = "--partitions", paramLabel = "N", description = "partitions of the corpus (default: 4 per core)")
    int partitions;

    @Option(names = "--any-language", description = "read articles that are not in English too")
    boolean anyLanguage;

    @Option(names = "--conf", paramLabel = "KEY=VALUE", description = "a Spark setting, e.g. spark.ui.enabled=false")
    Map<String, String> settings = new java.util.LinkedHashMap<>();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        ExecutorPipeline.jdkXmlInput();
        quietLogging();
        System.exit(run(args));
    }

    /**
     * Warnings and errors only, on standard error, unless a log4j configuration is given: Spark's own default
     * prints its start-up at INFO before {@code spark.log.level} applies.
     */
    private static void quietLogging() {
        if (System.getProperty("log4j2.configurationFile") != null || System.getProperty("log4j.configurationFile") != null) {
            return;
        }
        var builder = org.apache.logging.log4j.core.config.builder.api.ConfigurationBuilderFactory
                .newConfigurationBuilder();
        builder.add(builder.newAppender("stderr", "Console").addAttribute("target", "SYSTEM_ERR")
                .add(builder.newLayout("PatternLayout").addAttribute("pattern", "%d{yy/MM/dd HH:mm:ss} %p %c{1}: %m%n")));
        builder.add(builder.newRootLogger(org.apache.logging.log4j.Level.WARN).add(builder.newAppenderRef("stderr")));
        org.apache.logging.log4j.core.config.Configurator.reconfigure(builder.build());
    }

    static int run(String... args) {
        CommandLine line = new CommandLine(new SparkIngest());
        line.getCommandSpec().exitCodeOnInvalidInput(Main.USAGE);
        line.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("newsgraph: " + (e instanceof BadInputException ? e.getMessage() : e.toString()));
            return e instanceof BadInputException ? Main.BAD_INPUT : Main.DATABASE;
        });
        return line.execute(args);
    }

    @Override
    public Integer call() {
        SparkConf conf = new SparkConf().setAppName("newsgraph spark-ingest").setIfMissing("spark.log.level", "WARN");
        if (master != null) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        settings.forEach(conf::set);
        PrintWriter out = spec.commandLine().getOut();
        long jvmStart = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
        SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
        long started = System.currentTimeMillis();
        try {
            Manifest manifest = CorpusJob.run(spark, new CorpusJob.Options(inputs, output, partitions, anyLanguage));
            Manifest.Counts c = manifest.counts();
            out.printf("%,d articles (%,d records, %,d skipped, %,d duplicate ids), %,d events, %,d matches, "
                            + "%,d quads in %d shards: %s%n", c.articles(), c.records(), c.skipped(), c.duplicates(),
                    c.events(), c.matches(), c.quads(), manifest.shards().size(), output);
            out.printf("  %-28s %8.1f s%n", "start the JVM and Spark", (started - jvmStart) / 1e3);
            manifest.seconds().forEach((stage, s) -> out.printf("  %-28s %8.1f s%n", stage, s));
            manifest.skippedRecords().stream().limit(10).forEach(r -> spec.commandLine().getErr().println("skipped: " + r));
        } finally {
            spark.close();
            out.flush();
        }
        return Main.OK;
    }
}
