package org.newsgraph.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.newsgraph.BadInputException;
import org.newsgraph.app.Ingester;
import org.newsgraph.ingest.ReadOptions;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.store.GraphStore;

/**
 * {@code newsgraph eval}: for each {@code NAME.gold.tsv}, ingests {@code NAME.txt} (its date from
 * {@code NAME.meta}) into a fresh in-memory store and scores it; reports precision, recall and F1 per relation
 * and the micro average over all of them.
 */
public final class Evaluation {
    /** The scores of one gold file. */
    public record ArticleScore(String name, Map<String, Score> byRelation) {
    }

    private final Pipeline pipeline;

    public Evaluation(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** The gold files at a path: the file itself, or every {@code *.gold.tsv} under a folder, sorted. */
    public static List<Path> goldFiles(Path path) {
        if (!Files.exists(path)) {
            throw new BadInputException(path.toString(), 0, "no such file or folder");
        }
        if (Files.isRegularFile(path)) {
            return List.of(path);
        }
        try (Stream<Path> walk = Files.walk(path)) {
            List<Path> files = walk.filter(p -> p.getFileName().toString().endsWith(".gold.tsv")).sorted().toList();
            if (files.isEmpty()) {
                throw new BadInputException(path.toString(), 0, "no *.gold.tsv files here");
            }
            return files;
        } catch (IOException e) {
            throw new BadInputException(path.toString(), 0, "cannot list: " + e.getMessage());
        }
    }

    public ArticleScore score(Path goldFile) {
        GoldFacts gold = GoldFacts.read(goldFile);
        String name = goldFile.getFileName().toString().replaceFirst("\\.gold\\.tsv$", "");
        Path text = goldFile.resolveSibling(name + ".txt");
        if (!Files.isRegularFile(text)) {
            throw new BadInputException(goldFile.toString(), 0, "no article " + text.getFileName() + " beside it");
        }
        try (GraphStore store = GraphStore.inMemory()) {
            var report = new Ingester(pipeline, store).ingest(List.of(text.toString()), ReadOptions.none(),
                    java.io.InputStream.nullInputStream());
            if (!report.problems().isEmpty()) {
                throw report.problems().get(0);
            }
            String articleText;
            try {
                articleText = Files.readString(text);
            } catch (IOException e) {
                throw new BadInputException(text.toString(), 0, "cannot read: " + e.getMessage());
            }
            return new ArticleScore(name, new Scorer(gold, Predictions.read(store), articleText).score());
        }
    }

    /** Scores summed over articles, per relation, plus "micro" over all relations. */
    public static Map<String, Score> total(List<ArticleScore> scores) {
        Map<String, Score> total = new LinkedHashMap<>();
        for (String relation : GoldFacts.RELATIONS) {
            Score sum = new Score();
            for (ArticleScore s : scores) {
                Score part = s.byRelation().get(relation);
                if (part != null) {
                    sum.add(part);
                }
            }
            if (!sum.isEmpty() || scores.stream().anyMatch(s -> s.byRelation().containsKey(relation))) {
                total.put(relation, sum);
            }
        }
        Score micro = new Score();
        new ArrayList<>(total.values()).forEach(micro::add);
        total.put("micro", micro);
        return total;
    }

    public static void print(List<ArticleScore> scores, boolean verbose, PrintStream out) {
        if (verbose) {
            for (ArticleScore s : scores) {
                out.println("== " + s.name());
                s.byRelation().forEach((relation, score) -> {
                    score.misses().forEach(m -> out.println("  miss  " + m));
                    score.extras().forEach(e -> out.println("  extra " + e));
                });
            }
            out.println();
        }
        out.printf("%-12s %5s %5s %5s %9s %7s %7s%n", "relation", "tp", "fp", "fn", "precision", "recall", "f1");
        total(scores).forEach((relation, score) -> out.printf("%-12s %5d %5d %5d %9.3f %7.3f %7.3f%n", relation,
                score.truePositives(), score.falsePositives(), score.falseNegatives(), score.precision(),
                score.recall(), score.f1()));
        out.println(scores.size() + " article(s) scored");
    }

    /**
     * Several gold sets side by side: one line per set (articles, micro precision, recall and F1), then the F1
     * of every relation in every set ("-" where a set does not score it).
     */
    public static void printSummary(Map<String, List<ArticleScore>> sets, PrintStream out) {
        Map<String, Map<String, Score>> totals = new LinkedHashMap<>();
        sets.forEach((name, scores) -> totals.put(name, total(scores)));
        out.printf("%-28s %8s %9s %7s %7s%n", "set", "articles", "precision", "recall", "f1");
        totals.forEach((name, total) -> {
            Score micro = total.get("micro");
            out.printf("%-28s %8d %9.3f %7.3f %7.3f%n", name, sets.get(name).size(), micro.precision(),
                    micro.recall(), micro.f1());
        });
        out.println();
        List<String> names = new ArrayList<>(totals.keySet());
        StringBuilder header = new StringBuilder(String.format("%-12s", "f1"));
        names.forEach(n -> header.append(String.format(" %12s", shortName(n))));
        out.println(header);
        List<String> relations = new ArrayList<>(GoldFacts.RELATIONS);
        relations.add("micro");
        for (String relation : relations) {
            if (totals.values().stream().noneMatch(t -> t.containsKey(relation))) {
                continue;
            }
            StringBuilder line = new StringBuilder(String.format("%-12s", relation));
            for (String n : names) {
                Score score = totals.get(n).get(relation);
                line.append(score == null ? String.format(" %12s", "-") : String.format(" %12.3f", score.f1()));
            }
            out.println(line);
        }
    }

    private static String shortName(String set) {
        String name = Path.of(set).getFileName() == null ? set : Path.of(set).getFileName().toString();
        return name.length() > 12 ? name.substring(0, 12) : name;
    }
}
