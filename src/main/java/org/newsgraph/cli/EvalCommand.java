package org.newsgraph.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.newsgraph.eval.Evaluation;
import org.newsgraph.pipeline.Pipeline;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Scores the extraction against gold facts: for each NAME.gold.tsv, ingests NAME.txt",
                "(date from NAME.meta) into a temporary store; prints precision, recall and F1 per relation."})
final class EvalCommand implements Callable<Integer> {
    @Option(names = "--gold", required = true, paramLabel = "DIR|FILE", description = "gold file, or folder of them")
    Path gold;

    @Option(names = "--verbose", description = "list the misses and extras of each article")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Evaluation evaluation = new Evaluation(Pipeline.english());
        List<Evaluation.ArticleScore> scores = new ArrayList<>();
        for (Path file : Evaluation.goldFiles(gold)) {
            scores.add(evaluation.score(file));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Evaluation.print(scores, verbose, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        spec.commandLine().getOut().print(bytes.toString(StandardCharsets.UTF_8));
        spec.commandLine().getOut().flush();
        return Main.OK;
    }
}
