package org.newsgraph.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.newsgraph.BadInputException;

/**
 * A gold-fact file (DESIGN.md, "Gold facts"): tab-separated rows, {@code ?} marking optional rows,
 * {@code ignore NAME} exempting names, and two headers that narrow what is scored.
 */
public record GoldFacts(String file, List<Row> rows, Set<String> ignored, Set<String> scoredRelations,
                        Set<String> scoredClasses) {
    /** The relations scored, in report order: an event's place and date are scored as rows of their own. */
    public static final List<String> RELATIONS = List.of("type", "title", "affiliation", "locatedIn", "metWith",
            "spokeWith", "said", "event", "event.at", "event.date", "status", "duration");
    /** The relations a gold file's rows can name. */
    private static final Set<String> ROW_RELATIONS = Set.of("type", "title", "affiliation", "locatedIn", "metWith",
            "spokeWith", "said", "event", "status", "duration");

    /** One row: its relation, its arguments ({@code -} for "not scored") and whether it is optional. */
    public record Row(String relation, List<String> args, boolean optional, int line) {
        public Row {
            args = List.copyOf(args);
        }

        public String arg(int i) {
            return i < args.size() ? args.get(i) : "-";
        }
    }

    public GoldFacts {
        rows = List.copyOf(rows);
        ignored = Set.copyOf(ignored);
        scoredRelations = Set.copyOf(scoredRelations);
        scoredClasses = Set.copyOf(scoredClasses);
    }

    public boolean scores(String relation) {
        return scoredRelations.contains(relation);
    }

    public boolean isIgnored(String name) {
        return ignored.contains(name.toLowerCase(Locale.ROOT));
    }

    public static GoldFacts read(Path path) {
        List<String> lines;
        try {
            lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInputException(path.toString(), 0, "cannot read gold file: " + e.getMessage());
        }
        List<Row> rows = new ArrayList<>();
        Set<String> ignored = new LinkedHashSet<>();
        Set<String> relations = null;
        Set<String> classes = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (trimmed.startsWith("#")) {
                String comment = trimmed.substring(1).strip();
                if (comment.startsWith("Scored relations:")) {
                    relations = words(comment.substring("Scored relations:".length()));
                } else if (comment.startsWith("Scored event classes for this article:")) {
                    classes = words(comment.substring("Scored event classes for this article:".length()));
                }
                continue;
            }
            String[] cells = line.split("\t");
            String relation = cells[0].strip();
            boolean optional = relation.startsWith("?");
            relation = optional ? relation.substring(1) : relation;
            List<String> args = Arrays.stream(cells).skip(1).map(String::strip).toList();
            if (relation.equals("ignore")) {
                args.forEach(a -> ignored.add(a.toLowerCase(Locale.ROOT)));
                continue;
            }
            if (!ROW_RELATIONS.contains(relation)) {
                throw new BadInputException(path.toString(), i + 1, "unknown relation '" + relation + "'");
            }
            if (args.size() < 2) {
                throw new BadInputException(path.toString(), i + 1, "relation " + relation
                        + " needs at least two arguments");
            }
            rows.add(new Row(relation, args, optional, i + 1));
        }
        if (relations == null) {
            relations = new LinkedHashSet<>(RELATIONS);
        }
        if (classes == null) {
            classes = new LinkedHashSet<>();
            for (Row row : rows) {
                if (Set.of("event", "status", "duration").contains(row.relation())) {
                    classes.add(row.arg(0));
                }
            }
        }
        return new GoldFacts(path.toString(), rows, ignored, relations, classes);
    }

    private static Set<String> words(String text) {
        return new LinkedHashSet<>(Arrays.asList(text.strip().split("\\s+")));
    }
}
