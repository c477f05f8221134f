package org.newsgraph.query;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.query.Query;
import org.newsgraph.BadInputException;

/**
 * A SPARQL query as a user writes it: its text, where it came from, the parsed query, and the default value of
 * each parameter its {@code # param: NAME=VALUE} lines declare.
 */
public record QueryFile(String source, String text, Query query, Map<String, String> defaults) {
    private static final String PARAM = "# param:";

    public QueryFile {
        defaults = Map.copyOf(defaults);
    }

    public static QueryFile of(String text, String source) {
        Map<String, String> defaults = new LinkedHashMap<>();
        for (String line : text.lines().toList()) {
            if (line.startsWith(PARAM)) {
                String assignment = line.substring(PARAM.length()).strip();
                int eq = assignment.indexOf('=');
                if (eq <= 0) {
                    throw new BadInputException(source, 0, "a '# param:' line must read NAME=VALUE: " + line);
                }
                defaults.put(assignment.substring(0, eq).strip(), assignment.substring(eq + 1));
            }
        }
        return new QueryFile(source, text, QueryRunner.parse(text, source), defaults);
    }

    public static QueryFile read(Path path) {
        try {
            return of(Files.readString(path, StandardCharsets.UTF_8), path.toString());
        } catch (java.nio.file.NoSuchFileException e) {
            throw new BadInputException(path.toString(), 0, "no such query file");
        } catch (IOException e) {
            throw new BadInputException(path.toString(), 0, "cannot read query: " + e.getMessage());
        } catch (java.io.UncheckedIOException e) {
            throw new BadInputException(path.toString(), 0, "cannot read query: " + e.getCause().getMessage());
        }
    }

    /** The query's opening comment, its lines joined: what the query is for. */
    public String title() {
        StringBuilder out = new StringBuilder();
        for (String line : text.lines().toList()) {
            if (!line.startsWith("#") || line.startsWith(PARAM)) {
                break;
            }
            out.append(out.isEmpty() ? "" : " ").append(line.substring(1).strip());
        }
        return out.toString();
    }
}
