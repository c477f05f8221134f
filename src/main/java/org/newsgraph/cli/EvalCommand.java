package org.newsgraph.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.newsgraph.eval.Evaluation;
import org.newsgraph.pipeline.Pipeline;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "eval", mixinStandardHelpOptions = true,
        header = "Scores the extraction against gold facts.",
        description = {"Scores the extraction against gold facts: for each NAME.gold.tsv, ingests NAME.txt (date from NAME.meta) into a temporary store; prints precision, recall and F1 per relation, and with several --gold sets a summary of them side by side."})
final class EvalCommand implements Callable<Integer> {
    @Option(names = "--gold", required = true, paramLabel = "DIR|FILE",
            description = "gold file, or folder of them; repeat to score several sets in one run, with a summary")
    List<Path> gold;

    @Option(names = "--verbose", description = "list the misses and extras of each article")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Evaluation evaluation = new Evaluation(Pipeline.english());
        Map<String, List<Path>> files = new LinkedHashMap<>();
        for (Path set : gold) {
            files.put(set.toString(), Evaluation.goldFiles(set));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Map<String, List<Evaluation.ArticleScore>> sets = new LinkedHashMap<>();
        for (Map.Entry<String, List<Path>> set : files.entrySet()) {
            List<Evaluation.ArticleScore> scores = new ArrayList<>();
            for (Path file : set.getValue()) {
                scores.add(evaluation.score(file));
            }
            sets.put(set.getKey(), scores);
            if (files.size() > 1) {
                out.println("== set " + set.getKey());
            }
            Evaluation.print(scores, verbose, out);
            if (files.size() > 1) {
                out.println();
            }
        }
        if (files.size() > 1) {
            Evaluation.printSummary(sets, out);
        }
        spec.commandLine().getOut().print(bytes.toString(StandardCharsets.UTF_8));
        spec.commandLine().getOut().flush();
        return Main.OK;
    }
}
