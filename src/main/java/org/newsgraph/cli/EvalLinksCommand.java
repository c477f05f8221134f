package org.newsgraph.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.newsgraph.eval.LinkEvaluation;
import org.newsgraph.pipeline.Pipeline;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "eval-links", mixinStandardHelpOptions = true,
        header = "Scores cross-article event links on ECB+-format topics.",
        description = {"Scores cross-article event links on ECB+-format topics: ingests each topic's documents, maps events to gold action mentions, and reports detection of cross-document mentions and pairwise precision and recall of ng:sameEventAs."})
final class EvalLinksCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "a topic folder, or a folder of topic folders")
    Path dir;

    @CommandLine.Option(names = "--verbose", description = "list every missed and every wrong pair")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        LinkEvaluation evaluation = new LinkEvaluation(Pipeline.english());
        List<LinkEvaluation.TopicScore> scores = new ArrayList<>();
        for (Path topic : LinkEvaluation.topics(dir)) {
            scores.add(evaluation.score(topic));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        LinkEvaluation.print(scores, verbose, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        spec.commandLine().getOut().print(bytes.toString(StandardCharsets.UTF_8));
        spec.commandLine().getOut().flush();
        return Main.OK;
    }
}
