package org.newsgraph.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.newsgraph.BadInputException;
import org.newsgraph.model.Article;

/** {@code NAME.meta} beside an article file: {@code key=value} lines (date, url, title). */
final class Meta {
    private Meta() {
    }

    static Map<String, String> beside(Path file) throws IOException {
        String name = file.getFileName().toString();
        Path meta = file.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".meta");
        Map<String, String> values = new LinkedHashMap<>();
        if (!Files.isRegularFile(meta)) {
            return values;
        }
        List<String> lines = Files.readAllLines(meta);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new BadInputException(meta.toString(), i + 1, "expected key=value");
            }
            values.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
        }
        return values;
    }

    static Article apply(Article article, Map<String, String> meta, Path file) {
        Article out = article;
        if (meta.containsKey("date")) {
            try {
                out = ArticleReader.parseDate(meta.get("date")).map(out::withDate).orElse(out);
            } catch (IllegalArgumentException e) {
                throw new BadInputException(file + " (.meta)", 0, e.getMessage());
            }
        }
        if (meta.containsKey("url")) {
            out = out.withUrl(meta.get("url"));
        }
        if (meta.containsKey("title")) {
            out = out.withTitle(meta.get("title"));
        }
        return out;
    }
}
