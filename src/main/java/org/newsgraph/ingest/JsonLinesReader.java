package org.newsgraph.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.newsgraph.BadInputException;
import org.newsgraph.model.Article;

/**
 * JSON Lines: one article a line with fields {@code id}, {@code url}, {@code title}, {@code date}, {@code source}
 * and {@code text} (only {@code text} is required). A bad line is reported as {@code FILE:LINE: reason} and
 * skipped; the others are read. Without an {@code id}, the article is {@code NAME-LINE}.
 */
final class JsonLinesReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonLinesReader() {
    }

    static void read(Path file, ReadOptions options, ArticleSink sink, java.util.concurrent.atomic.AtomicLong counter)
            throws IOException {
        String name = file.getFileName().toString();
        InputStream raw = new java.io.FilterInputStream(Files.newInputStream(file)) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    counter.incrementAndGet();
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    counter.addAndGet(n);
                }
                return n;
            }
        };
        InputStream in = name.toLowerCase().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder), 1 << 16)) {
            Iterator<String> lines = new Iterator<>() {
                String next = advance();

                private String advance() {
                    try {
                        return reader.readLine();
                    } catch (java.nio.charset.CharacterCodingException e) {
                        throw new BadInputException(file.toString(), 0, "not valid UTF-8");
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }

                @Override
                public boolean hasNext() {
                    return next != null;
                }

                @Override
                public String next() {
                    String line = next;
                    next = advance();
                    return line;
                }
            };
            read(file.toString(), lines, options, sink);
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    static void read(String file, Iterator<String> lines, ReadOptions options, ArticleSink sink) {
        String base = Path.of(file).getFileName().toString().replaceAll("(?i)\\.jsonl(\\.gz)?$", "");
        long lineNumber = 0;
        while (lines.hasNext()) {
            String line = lines.next();
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            try {
                sink.accept(article(line, base + "-" + lineNumber, options));
            } catch (IllegalArgumentException e) {
                sink.reject(new BadInputException(file, lineNumber, e.getMessage()));
            }
        }
    }

    private static Article article(String line, String defaultId, ReadOptions options) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("expected a JSON object");
        }
        JsonNode text = node.get("text");
        if (text == null || !text.isTextual()) {
            throw new IllegalArgumentException("missing required string field \"text\"");
        }
        if (text.asText().isBlank()) {
            throw new IllegalArgumentException("field \"text\" is empty");
        }
        String id = string(node, "id").orElse(defaultId);
        Optional<String> dateText = string(node, "date");
        Optional<java.time.LocalDate> date = dateText.isPresent() ? ArticleReader.parseDate(dateText.get())
                : options.date().or(() -> Datelines.find(text.asText()));
        return new Article(id, text.asText(),
                string(node, "title").or(options::title),
                date,
                string(node, "url").or(options::url),
                string(node, "source"));
    }

    private static Optional<String> string(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (value.isTextual()) {
            return Optional.of(value.asText());
        }
        if (value.isNumber() && field.equals("id")) {
            return Optional.of(value.asText());
        }
        throw new IllegalArgumentException("field \"" + field + "\" must be a string");
    }
}
