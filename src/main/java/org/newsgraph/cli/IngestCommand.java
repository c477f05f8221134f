package org.newsgraph.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.newsgraph.BadInputException;
import org.newsgraph.app.IngestReport;
import org.newsgraph.app.Ingester;
import org.newsgraph.ingest.ReadOptions;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.store.GraphStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        header = "Reads articles into the graph, one named graph per article.",
        description = {"Reads articles into the graph: .txt, .html, .jsonl, .jsonl.gz, folders (recursive), '-' for stdin.",
                "Each article is written to its own named graph in one transaction; ingesting it again replaces it.",
                "Bad records are reported as FILE:LINE: reason and skipped; the run then exits 2."})
final class IngestCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "publication date for articles without one")
    String date;

    @Option(names = "--url", paramLabel = "URL", description = "address for articles without one")
    String url;

    @Option(names = "--title", paramLabel = "T", description = "title for the articles")
    String title;

    @Option(names = "--encoding", paramLabel = "CHARSET", defaultValue = "UTF-8",
            description = "charset of the input files (default: ${DEFAULT-VALUE})")
    String encoding;

    @Option(names = "--any-language", description = "read articles that are not in English too (they are skipped "
            + "with a warning otherwise)")
    boolean anyLanguage;

    @Option(names = "--threads", paramLabel = "N", description = "pipeline threads (default: the number of cores)")
    Integer threads;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "5000",
            description = "articles per write transaction, at most; a transaction also commits after 30 s "
                    + "(default: ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--quiet", description = "no progress lines")
    boolean quiet;

    @Option(names = "--compact", description = "compact the database afterwards (worth it after a large ingest)")
    boolean compact;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files, folders, or - for standard input")
    List<String> paths;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Optional<LocalDate> day;
        try {
            day = Optional.ofNullable(date).map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--date must be YYYY-MM-DD: " + date);
        }
        java.nio.charset.Charset charset;
        try {
            charset = java.nio.charset.Charset.forName(encoding);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--encoding: unknown charset " + encoding);
        }
        ReadOptions options = new ReadOptions(day, Optional.ofNullable(url), Optional.ofNullable(title))
                .withCharset(charset).withAnyLanguage(anyLanguage);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (workers < 1 || batch < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads and --batch must be at least 1");
        }
        ConsoleProgress progress = new ConsoleProgress(err, System.console() != null);
        Ingester.Options run = new Ingester.Options(workers, batch, quiet ? Ingester.Progress.NONE : progress);
        IngestReport report;
        var pipeline = Pipeline.englishInBackground();
        try (GraphStore graphStore = GraphStore.open(store.directory())) {
            Ingester ingester = new Ingester(pipeline, graphStore);
            try (Interruption interruption = Interruption.on(ingester::stop)) {
                report = ingester.ingest(paths, options, System.in, run);
                progress.finish();
                print(report, out, err);
                interruption.done();
            }
            if (report.interrupted()) {
                return Main.INTERRUPTED;
            }
            if (compact) {
                graphStore.compact();
            }
        } finally {
            progress.finish();
        }
        return report.problems().isEmpty() ? Main.OK : Main.BAD_INPUT;
    }

    private void print(IngestReport report, PrintWriter out, PrintWriter err) {
        for (BadInputException problem : report.problems()) {
            err.println("newsgraph: " + problem.getMessage());
        }
        if (report.interrupted()) {
            err.printf("newsgraph: interrupted; the %,d article(s) finished before were committed, the rest of the "
                    + "input was not read (ingest it again to go on)%n", report.articles());
        }
        err.flush();
        out.printf("ingested %,d article(s)%s%s: %,d entities, %,d events into %s%n", report.articles(),
                report.replaced() > 0 ? String.format(" (%,d replaced an earlier version)", report.replaced()) : "",
                report.problems().isEmpty() ? "" : String.format(", %,d bad record(s) skipped", report.problems().size()),
                report.entities(), report.events(), store.directory());
        out.flush();
    }
}
