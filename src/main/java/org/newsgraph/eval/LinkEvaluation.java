package org.newsgraph.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.newsgraph.BadInputException;
import org.newsgraph.app.Ingester;
import org.newsgraph.ingest.ReadOptions;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.query.Queries;
import org.newsgraph.query.QueryRunner;
import org.newsgraph.store.GraphStore;

/**
 * {@code newsgraph eval-links}: scores cross-article event links on ECB+-format topics (see
 * ../shared/dev/ecbplus/README.md). Each topic's documents are ingested into a fresh store; each event is mapped
 * to the gold action mention its trigger overlaps, inside the sentences whose annotation is complete. Reported:
 * the share of gold cross-document action mentions detected as events, and pairwise precision and recall of
 * {@code ng:sameEventAs} between mapped events of different documents.
 */
public final class LinkEvaluation {
    /** One topic's figures. */
    public record TopicScore(String topic, int crossDocMentions, int detected, int mappedEvents,
                             int truePairs, int predictedPairs, int goldPairs, List<String> errors) {
        double detection() {
            return crossDocMentions == 0 ? 0 : (double) detected / crossDocMentions;
        }

        double precision() {
            return predictedPairs == 0 ? 1 : (double) truePairs / predictedPairs;
        }

        double recall() {
            return goldPairs == 0 ? 1 : (double) truePairs / goldPairs;
        }
    }

    private record GoldMention(String doc, int begin, int end, String instance, String text, boolean crossDoc) {
    }

    private final Pipeline pipeline;

    public LinkEvaluation(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** The topic folders under a path: the path itself when it holds mentions.tsv, else its subfolders that do. */
    public static List<Path> topics(Path path) {
        if (Files.isRegularFile(path.resolve("mentions.tsv"))) {
            return List.of(path);
        }
        try (Stream<Path> list = Files.list(path)) {
            List<Path> topics = list.filter(p -> Files.isRegularFile(p.resolve("mentions.tsv")))
                    .sorted((a, b) -> compareNames(a.getFileName().toString(), b.getFileName().toString()))
                    .toList();
            if (topics.isEmpty()) {
                throw new BadInputException(path.toString(), 0, "no ECB+ topic folders (with mentions.tsv) here");
            }
            return topics;
        } catch (IOException e) {
            throw new BadInputException(path.toString(), 0, "cannot list: " + e.getMessage());
        }
    }

    private static int compareNames(String a, String b) {
        boolean numbers = a.chars().allMatch(Character::isDigit) && b.chars().allMatch(Character::isDigit);
        return numbers ? Integer.compare(Integer.parseInt(a), Integer.parseInt(b)) : a.compareTo(b);
    }

    public TopicScore score(Path topic) {
        List<GoldMention> gold = goldMentions(topic);
        try (GraphStore store = GraphStore.inMemory()) {
            List<String> docs;
            try (Stream<Path> list = Files.list(topic)) {
                docs = list.filter(p -> p.toString().endsWith(".txt")).sorted().map(Path::toString).toList();
            }
            new Ingester(pipeline, store).ingest(docs, ReadOptions.none(), InputStream.nullInputStream());
            QueryRunner runner = new QueryRunner(store);
            Map<String, GoldMention> mapped = new HashMap<>();
            Map<String, String> docOf = new HashMap<>();
            Set<GoldMention> detected = new HashSet<>();
            ResultSetRewindable evidence = runner.select(Queries.bundled("eval-evidence.rq"), Map.of());
            while (evidence.hasNext()) {
                QuerySolution row = evidence.next();
                String event = row.getResource("event").getURI();
                String doc = row.getLiteral("articleId").getString();
                int begin = row.getLiteral("begin").getInt();
                int end = row.getLiteral("end").getInt();
                for (GoldMention g : gold) {
                    if (g.doc().equals(doc) && begin < g.end() && g.begin() < end) {
                        detected.add(g);
                        mapped.putIfAbsent(event, g);
                        docOf.put(event, doc);
                    }
                }
            }
            Set<Set<String>> predicted = new HashSet<>();
            ResultSetRewindable links = runner.select(Queries.bundled("eval-same-event.rq"), Map.of());
            while (links.hasNext()) {
                QuerySolution row = links.next();
                String a = row.getResource("event").getURI();
                String b = row.getResource("other").getURI();
                if (mapped.containsKey(a) && mapped.containsKey(b) && !docOf.get(a).equals(docOf.get(b))) {
                    predicted.add(Set.of(a, b));
                }
            }
            List<String> events = new ArrayList<>(mapped.keySet());
            events.sort(null);
            List<String> errors = new ArrayList<>();
            int goldPairs = 0;
            int truePairs = 0;
            for (int i = 0; i < events.size(); i++) {
                for (int j = i + 1; j < events.size(); j++) {
                    String a = events.get(i);
                    String b = events.get(j);
                    if (docOf.get(a).equals(docOf.get(b))) {
                        continue;
                    }
                    GoldMention ga = mapped.get(a);
                    boolean same = ga.crossDoc() && ga.instance().equals(mapped.get(b).instance());
                    boolean linked = predicted.contains(Set.of(a, b));
                    if (same) {
                        goldPairs++;
                        if (linked) {
                            truePairs++;
                        }
                    }
                    if (same != linked) {
                        errors.add((same ? "missed " : "wrong  ") + describe(a, ga) + "  ~  " + describe(b, mapped.get(b)));
                    }
                }
            }
            int crossDoc = (int) gold.stream().filter(GoldMention::crossDoc).count();
            int crossDetected = (int) detected.stream().filter(GoldMention::crossDoc).count();
            return new TopicScore(topic.getFileName().toString(), crossDoc, crossDetected, mapped.size(), truePairs,
                    predicted.size(), goldPairs, errors);
        } catch (IOException e) {
            throw new BadInputException(topic.toString(), 0, "cannot read topic: " + e.getMessage());
        }
    }

    private static String describe(String event, GoldMention gold) {
        return gold.doc() + " \"" + gold.text() + "\" (" + event.substring(event.lastIndexOf('/') + 1) + ", "
                + gold.instance() + ")";
    }

    /** The gold action mentions inside completely annotated sentences, each marked cross-document or not. */
    private static List<GoldMention> goldMentions(Path topic) {
        Map<String, List<int[]>> annotated = new HashMap<>();
        for (String[] row : rows(topic.resolve("annotated_sentences.tsv"))) {
            annotated.computeIfAbsent(row[0], k -> new ArrayList<>())
                    .add(new int[] {Integer.parseInt(row[2]), Integer.parseInt(row[3])});
        }
        List<String[]> mentions = rows(topic.resolve("mentions.tsv"));
        Map<String, Set<String>> docsOfInstance = new HashMap<>();
        for (String[] row : mentions) {
            docsOfInstance.computeIfAbsent(row[6], k -> new HashSet<>()).add(row[0]);
        }
        List<GoldMention> out = new ArrayList<>();
        for (String[] row : mentions) {
            if (!row[5].startsWith("ACTION_") && !row[5].startsWith("NEG_ACTION_")) {
                continue;
            }
            int begin = Integer.parseInt(row[2]);
            int end = Integer.parseInt(row[3]);
            boolean inAnnotated = annotated.getOrDefault(row[0], List.of()).stream()
                    .anyMatch(s -> s[0] <= begin && end <= s[1]);
            if (inAnnotated) {
                boolean crossDoc = !row[6].startsWith("INTRA_") && !row[6].startsWith("SINGLETON_")
                        && docsOfInstance.get(row[6]).size() >= 2;
                out.add(new GoldMention(row[0], begin, end, row[6], row[4], crossDoc));
            }
        }
        return out;
    }

    private static List<String[]> rows(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            return lines.stream().skip(1).filter(l -> !l.isBlank()).map(l -> l.split("\t", -1)).toList();
        } catch (IOException e) {
            throw new BadInputException(file.toString(), 0, "cannot read: " + e.getMessage());
        }
    }

    public static void print(List<TopicScore> scores, boolean verbose, PrintStream out) {
        if (verbose) {
            for (TopicScore s : scores) {
                out.println("== topic " + s.topic());
                s.errors().forEach(e -> out.println("  " + e));
            }
            out.println();
        }
        out.printf("%-6s %10s %9s %8s %6s %6s %6s %9s %7s%n", "topic", "cross-doc", "detected", "mapped",
                "tp", "pred", "gold", "precision", "recall");
        int[] sum = new int[6];
        for (TopicScore s : scores) {
            out.printf("%-6s %10d %8.1f%% %8d %6d %6d %6d %9.3f %7.3f%n", s.topic(), s.crossDocMentions(),
                    100 * s.detection(), s.mappedEvents(), s.truePairs(), s.predictedPairs(), s.goldPairs(),
                    s.precision(), s.recall());
            sum[0] += s.crossDocMentions();
            sum[1] += s.detected();
            sum[2] += s.mappedEvents();
            sum[3] += s.truePairs();
            sum[4] += s.predictedPairs();
            sum[5] += s.goldPairs();
        }
        TopicScore all = new TopicScore("all", sum[0], sum[1], sum[2], sum[3], sum[4], sum[5], List.of());
        out.printf("%-6s %10d %8.1f%% %8d %6d %6d %6d %9.3f %7.3f%n", "all", all.crossDocMentions(),
                100 * all.detection(), all.mappedEvents(), all.truePairs(), all.predictedPairs(), all.goldPairs(),
                all.precision(), all.recall());
    }
}
