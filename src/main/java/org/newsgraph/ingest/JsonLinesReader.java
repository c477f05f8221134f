package org.newsgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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

    static void read(Path file, ReadOptions options, Admission admission, ArticleSink sink,
                     java.util.concurrent.atomic.AtomicLong counter) throws IOException {
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
        try (InputStream in = name.toLowerCase(java.util.Locale.ROOT).endsWith(".gz")
                ? new GZIPInputStream(raw, 1 << 16) : raw) {
            read(file.toString(), in, options, admission, sink);
        } catch (java.util.zip.ZipException | java.io.EOFException e) {
            sink.reject(new BadInputException(file.toString(), 0, "not a gzip file: " + e.getMessage()));
        } finally {
            raw.close();
        }
    }

    /**
     * Reads records a line at a time. A line that is not valid text, not valid JSON, too long or without text
     * costs that record only; a stream that fails (a truncated gzip file) keeps every record read before.
     */
    static void read(String file, InputStream in, ReadOptions options, Admission admission, ArticleSink sink) {
        split(file, in, options, r -> record(r.file(), r.line(), r.json(), r.defaultId(), options, admission, sink), sink);
    }

    /**
     * Splits a stream into its records, a line each, and hands each on unparsed; a line that is not valid text,
     * too long or cut off by the end of the input is reported to {@code problems} instead.
     */
    static void split(String file, InputStream in, ReadOptions options,
                      java.util.function.Consumer<ArticleReader.RawRecord> records, ArticleSink problems) {
        String base = Path.of(file).getFileName().toString().replaceAll("(?i)\\.jsonl(\\.gz)?$", "");
        ByteLines lines = new ByteLines(in, ArticleReader.MAX_ARTICLE_BYTES);
        long lineNumber = 0;
        for (ByteLines.Line line = lines.next(); line != null; line = lines.next()) {
            lineNumber++;
            if (line.failure() != null) {
                String where = line.length() > 0 ? "the input ends inside this record" : "the input ends early";
                problems.reject(new BadInputException(file, lineNumber, where + " (" + message(line.failure())
                        + "); the records before it were read"));
                return;
            }
            if (line.tooLong()) {
                problems.reject(new BadInputException(file, lineNumber, ArticleReader.tooLarge(line.length())));
                continue;
            }
            String text;
            try {
                text = StrictText.decode(line.bytes(), options.charset());
            } catch (StrictText.Malformed e) {
                problems.reject(new BadInputException(file, lineNumber,
                        ArticleReader.notValid(options.charset(), line.offset() + e.offset)));
                continue;
            }
            if (!text.isBlank()) {
                records.accept(new ArticleReader.RawRecord(file, lineNumber, text, base + "-" + lineNumber));
            }
        }
    }

    /** One record: the article it holds, admitted or reported as {@code FILE:LINE: reason}. */
    static void record(String file, long lineNumber, String json, String defaultId, ReadOptions options,
                       Admission admission, ArticleSink sink) {
        try {
            admission.admit(article(json, defaultId, options), file, lineNumber, sink);
        } catch (IllegalArgumentException e) {
            sink.reject(new BadInputException(file, lineNumber, e.getMessage()));
        }
    }

    private static String message(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
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
        Optional<java.time.LocalDate> date = dateText.isPresent() ? date(dateText.get())
                : options.date().or(() -> Datelines.find(text.asText()));
        return new Article(id, text.asText(),
                string(node, "title").or(options::title),
                date,
                string(node, "url").or(options::url),
                string(node, "source"));
    }

    private static Optional<java.time.LocalDate> date(String value) {
        try {
            return ArticleReader.parseDate(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("field \"date\": " + e.getMessage());
        }
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
