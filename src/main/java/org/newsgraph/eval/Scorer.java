package org.newsgraph.eval;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Scores what the store says about one article against its gold facts, by the rules of DESIGN.md: names match
 * an entity's label or any alternative label, case-insensitively; optional rows count only when found; events
 * are scored as (class, participant) pairs, and their place and date, where the gold gives them, as rows of
 * their own ({@code event.at}, {@code event.date}); a stored status the gold does not allow is an error.
 */
final class Scorer {
    private static final int CONTEXT = 160;

    private final GoldFacts gold;
    private final Predictions predicted;
    private final List<String> sentences;

    Scorer(GoldFacts gold, Predictions predicted, String text) {
        this.gold = gold;
        this.predicted = predicted;
        this.sentences = List.of(text.split("(?<=[.!?\u201D\"])\\s+|\n+"));
    }

    /** The first sentence of the article that holds every one of these words (for reading a miss or extra). */
    private String context(String... names) {
        for (String sentence : sentences) {
            String lower = Predictions.normalize(sentence);
            boolean all = true;
            for (String name : names) {
                all &= name.equals("-") || lower.contains(Predictions.normalize(name));
            }
            if (all) {
                return quoteOf(sentence);
            }
        }
        return "";
    }

    private static String quoteOf(String sentence) {
        String s = sentence.strip();
        return "  | " + (s.length() > CONTEXT ? s.substring(0, CONTEXT) + "…" : s);
    }

    /** One score per relation the gold file scores, in report order. */
    Map<String, Score> score() {
        Map<String, Score> scores = new LinkedHashMap<>();
        for (String relation : GoldFacts.RELATIONS) {
            if (!gold.scores(relation.startsWith("event.") ? "event" : relation)) {
                continue;
            }
            Score score = switch (relation) {
                case "type" -> types();
                case "metWith", "spokeWith" -> symmetric(relation);
                case "said" -> said();
                case "event" -> events();
                case "event.at" -> eventDetail(2, "event.at");
                case "event.date" -> eventDetail(3, "event.date");
                case "status" -> statuses();
                case "duration" -> durations();
                default -> pairs(relation);
            };
            scores.put(relation, score);
        }
        return scores;
    }

    private List<GoldFacts.Row> rows(String relation) {
        return gold.rows().stream().filter(r -> r.relation().equals(relation)).toList();
    }

    private boolean ignored(String resource) {
        return predicted.names().getOrDefault(resource, Set.of()).stream().anyMatch(gold::isIgnored);
    }

    private Score types() {
        Score score = new Score();
        List<GoldFacts.Row> rows = rows("type");
        for (GoldFacts.Row row : rows) {
            boolean found = predicted.entityTypes().entrySet().stream()
                    .anyMatch(e -> e.getValue().equals(row.arg(1)) && predicted.named(e.getKey(), row.arg(0)));
            if (found && !row.optional()) {
                score.hit();
            } else if (!found && !row.optional()) {
                score.miss(row.arg(0) + " " + row.arg(1) + context(row.arg(0)));
            }
        }
        Map<String, Set<String>> typesByEntity = new LinkedHashMap<>();
        predicted.entityTypes().forEach((e, t) -> typesByEntity.computeIfAbsent(e, k -> new HashSet<>()).add(t));
        for (Map.Entry<String, Set<String>> entry : typesByEntity.entrySet()) {
            String entity = entry.getKey();
            if (ignored(entity)) {
                continue;
            }
            List<GoldFacts.Row> named = rows.stream().filter(r -> predicted.named(entity, r.arg(0))).toList();
            boolean right = named.stream().anyMatch(r -> entry.getValue().contains(r.arg(1)));
            if (!right) {
                score.extra(predicted.nameOf(entity) + " " + String.join("/", entry.getValue())
                        + (named.isEmpty() ? "" : " (gold: " + named.get(0).arg(1) + ")")
                        + context(predicted.nameOf(entity)));
            }
        }
        return score;
    }

    /** title, affiliation, locatedIn: (entity, literal or entity) pairs. */
    private Score pairs(String relation) {
        Score score = new Score();
        List<GoldFacts.Row> rows = rows(relation);
        List<Predictions.Relation> found = predicted.relations().stream()
                .filter(r -> r.relation().equals(relation)).toList();
        for (GoldFacts.Row row : rows) {
            boolean hit = found.stream().anyMatch(r -> matches(r, row));
            record(score, row, hit, relation + " " + row.arg(0) + " " + row.arg(1));
        }
        for (Predictions.Relation r : found) {
            if (rows.stream().noneMatch(row -> matches(r, row)) && !ignored(r.subject())) {
                String object = r.objectIsLiteral() ? r.object() : predicted.nameOf(r.object());
                score.extra(relation + " " + predicted.nameOf(r.subject()) + " " + object
                        + context(predicted.nameOf(r.subject())));
            }
        }
        return score;
    }

    private boolean matches(Predictions.Relation r, GoldFacts.Row row) {
        boolean object = r.objectIsLiteral()
                ? Predictions.normalize(r.object()).equals(Predictions.normalize(row.arg(1)))
                : predicted.named(r.object(), row.arg(1));
        return object && predicted.named(r.subject(), row.arg(0));
    }

    private Score symmetric(String relation) {
        Score score = new Score();
        List<GoldFacts.Row> rows = rows(relation);
        Set<Set<String>> pairs = new HashSet<>();
        predicted.relations().stream().filter(r -> r.relation().equals(relation))
                .forEach(r -> pairs.add(Set.of(r.subject(), r.object())));
        for (GoldFacts.Row row : rows) {
            boolean hit = pairs.stream().anyMatch(p -> pairMatches(p, row));
            record(score, row, hit, relation + " " + row.arg(0) + " " + row.arg(1));
        }
        for (Set<String> pair : pairs) {
            if (rows.stream().noneMatch(row -> pairMatches(pair, row))) {
                List<String> names = pair.stream().map(predicted::nameOf).sorted().toList();
                score.extra(relation + " " + String.join(" / ", names) + context(names.toArray(String[]::new)));
            }
        }
        return score;
    }

    private boolean pairMatches(Set<String> pair, GoldFacts.Row row) {
        List<String> both = List.copyOf(pair);
        return both.size() == 2 && (predicted.named(both.get(0), row.arg(0)) && predicted.named(both.get(1), row.arg(1))
                || predicted.named(both.get(1), row.arg(0)) && predicted.named(both.get(0), row.arg(1)));
    }

    private Score said() {
        Score score = new Score();
        List<GoldFacts.Row> rows = rows("said");
        List<Predictions.Relation> found = predicted.relations().stream()
                .filter(r -> r.relation().equals("said")).toList();
        for (GoldFacts.Row row : rows) {
            record(score, row, found.stream().anyMatch(r -> quoteMatches(r, row)),
                    "said " + row.arg(0) + " \"" + row.arg(1) + "\"");
        }
        for (Predictions.Relation r : found) {
            if (rows.stream().noneMatch(row -> quoteMatches(r, row))) {
                score.extra("said " + predicted.nameOf(r.subject()) + " \"" + r.object() + "\""
                        + context(r.object().split(" ")[0]));
            }
        }
        return score;
    }

    private boolean quoteMatches(Predictions.Relation r, GoldFacts.Row row) {
        return predicted.named(r.subject(), row.arg(0))
                && Predictions.normalize(r.object()).startsWith(Predictions.normalize(row.arg(1)));
    }

    private List<Predictions.EventFact> scoredEvents() {
        return predicted.events().stream().filter(e -> gold.scoredClasses().contains(e.type())).toList();
    }

    private boolean classMatches(String goldClass, String type) {
        return goldClass.equals("Event") || goldClass.equals(type);
    }

    private boolean pairMatches(Predictions.EventFact e, GoldFacts.Row row) {
        return classMatches(row.arg(0), e.type()) && predicted.named(e.participant(), row.arg(1));
    }

    /** Events as (class, participant) pairs: found whatever their place and date, which are scored apart. */
    private Score events() {
        Score score = new Score();
        List<GoldFacts.Row> rows = rows("event");
        List<Predictions.EventFact> events = scoredEvents();
        for (GoldFacts.Row row : rows) {
            boolean hit = events.stream().anyMatch(e -> pairMatches(e, row));
            record(score, row, hit, "event " + row.arg(0) + " " + row.arg(1));
        }
        Set<String> seen = new HashSet<>();
        for (Predictions.EventFact e : events) {
            if (!seen.add(e.event() + " " + e.participant()) || ignored(e.participant())) {
                continue;
            }
            if (rows.stream().noneMatch(row -> pairMatches(e, row))) {
                score.extra("event " + e.type() + " " + predicted.nameOf(e.participant())
                        + e.place().map(p -> " at " + predicted.nameOf(p)).orElse("")
                        + e.sentence().map(Scorer::quoteOf).orElse(""));
            }
        }
        return score;
    }

    /**
     * An event's place ({@code column} 2) or date (3), for the gold events that give one: a hit when an event
     * of the same class and participant has it; an extra when such an event has another place or date.
     */
    private Score eventDetail(int column, String label) {
        Score score = new Score();
        List<GoldFacts.Row> rows = rows("event").stream().filter(r -> !r.arg(column).equals("-")).toList();
        List<Predictions.EventFact> events = scoredEvents();
        for (GoldFacts.Row row : rows) {
            boolean hit = events.stream().anyMatch(e -> pairMatches(e, row) && detailMatches(e, column, row));
            record(score, row, hit, label + " " + row.arg(0) + " " + row.arg(1) + " " + row.arg(column));
        }
        Set<String> seen = new HashSet<>();
        for (Predictions.EventFact e : events) {
            Optional<String> value = column == 2 ? e.place() : e.date();
            List<GoldFacts.Row> same = rows.stream().filter(r -> pairMatches(e, r)).toList();
            if (value.isEmpty() || same.isEmpty() || !seen.add(e.event() + " " + e.participant())) {
                continue;
            }
            if (same.stream().noneMatch(r -> detailMatches(e, column, r))) {
                score.extra(label + " " + e.type() + " " + predicted.nameOf(e.participant()) + " "
                        + (column == 2 ? predicted.nameOf(value.get()) : value.get())
                        + " (gold: " + same.get(0).arg(column) + ")" + e.sentence().map(Scorer::quoteOf).orElse(""));
            }
        }
        return score;
    }

    private boolean detailMatches(Predictions.EventFact e, int column, GoldFacts.Row row) {
        return column == 2 ? e.place().map(p -> predicted.named(p, row.arg(2))).orElse(false)
                : e.date().map(d -> d.startsWith(row.arg(3))).orElse(false);
    }

    private Score statuses() {
        Score score = new Score();
        List<GoldFacts.Row> rows = rows("status");
        List<Predictions.EventFact> events = scoredEvents();
        for (GoldFacts.Row row : rows) {
            boolean hit = events.stream().anyMatch(e -> pairMatches(e, row)
                    && e.status().map(s -> s.equalsIgnoreCase(row.arg(2))).orElse(false));
            record(score, row, hit, "status " + String.join(" ", row.args()));
        }
        Set<String> seen = new HashSet<>();
        for (Predictions.EventFact e : events) {
            Optional<GoldFacts.Row> goldEvent = rows("event").stream().filter(r -> pairMatches(e, r)).findFirst();
            if (goldEvent.isEmpty() || !seen.add(e.event() + " " + e.participant())) {
                continue;
            }
            String allowed = rows.stream().filter(r -> pairMatches(e, r)).map(r -> r.arg(2)).findFirst()
                    .orElse("Occurred");
            String stored = e.status().orElse("Occurred");
            if (!stored.equalsIgnoreCase(allowed)) {
                score.extra("status " + e.type() + " " + predicted.nameOf(e.participant()) + " " + stored
                        + " (gold: " + allowed + ")" + e.sentence().map(Scorer::quoteOf).orElse(""));
            }
        }
        return score;
    }

    private Score durations() {
        Score score = new Score();
        List<GoldFacts.Row> rows = rows("duration");
        List<Predictions.EventFact> events = scoredEvents();
        for (GoldFacts.Row row : rows) {
            boolean hit = events.stream().anyMatch(e -> pairMatches(e, row)
                    && e.duration().map(d -> d.equals(row.arg(2))).orElse(false));
            record(score, row, hit, "duration " + String.join(" ", row.args()));
        }
        for (Predictions.EventFact e : events) {
            if (e.duration().isPresent() && rows.stream().anyMatch(r -> pairMatches(e, r))
                    && rows.stream().noneMatch(r -> pairMatches(e, r) && r.arg(2).equals(e.duration().get()))) {
                score.extra("duration " + e.type() + " " + predicted.nameOf(e.participant()) + " "
                        + e.duration().get());
            }
        }
        return score;
    }

    private void record(Score score, GoldFacts.Row row, boolean hit, String description) {
        if (hit && !row.optional()) {
            score.hit();
        } else if (!hit && !row.optional()) {
            String[] names = row.relation().equals("said") ? new String[] {row.arg(0)}
                    : row.relation().equals("type") ? new String[] {row.arg(0)}
                    : row.args().subList(0, Math.min(2, row.args().size())).stream()
                    .filter(a -> !a.isEmpty() && Character.isUpperCase(a.charAt(0)) || !row.relation().equals("event"))
                    .toArray(String[]::new);
            score.miss(description + context(names));
        }
    }
}
