package org.newsgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.newsgraph.BadInputException;
import org.newsgraph.model.Article;

/**
 * Reads articles from paths: {@code .txt} (UTF-8; a short first line followed by a blank line is the title),
 * {@code .html}/{@code .htm} (main text), {@code .jsonl} and {@code .jsonl.gz} (one article a line), folders
 * (recursively, in sorted order) and {@code -} for standard input. A {@code NAME.meta} file beside
 * {@code NAME.txt} may give {@code date=}, {@code url=} and {@code title=} lines.
 */
public final class ArticleReader {
    private static final int MAX_TITLE = 200;
    /**
     * The most an article may hold, in bytes: a file or a JSON line beyond it is reported and skipped without
     * being read into memory. News articles hold a few kilobytes; ten megabytes read in about a minute.
     */
    public static final int MAX_ARTICLE_BYTES = 16 << 20;

    private final ReadOptions options;
    private final InputStream stdin;
    private final Admission admission;
    private final java.util.concurrent.atomic.AtomicLong bytesRead = new java.util.concurrent.atomic.AtomicLong();

    public ArticleReader(ReadOptions options, InputStream stdin) {
        this.options = options;
        this.stdin = stdin;
        this.admission = new Admission(options.anyLanguage());
    }

    /** Reads every path in order. A path that does not exist or cannot be read is reported to the sink. */
    public void read(List<String> paths, ArticleSink sink) {
        for (String path : paths) {
            if (path.equals("-")) {
                readStdin(sink);
                continue;
            }
            Path p = Path.of(path);
            if (!Files.exists(p)) {
                sink.reject(new BadInputException(path, 0, "no such file or folder"));
            } else if (Files.isDirectory(p)) {
                for (Path file : filesUnder(p, sink)) {
                    readFile(file, sink);
                }
            } else if (!isArticleFile(p)) {
                sink.reject(new BadInputException(path, 0,
                        "unsupported input type (expected .txt, .html, .htm, .jsonl or .jsonl.gz)"));
            } else {
                readFile(p, sink);
            }
        }
    }

    /** How many bytes of the input files this reader has consumed so far (for progress). */
    public long bytesRead() {
        return bytesRead.get();
    }

    /** The size of the files these paths name, folders included; 0 where unknown (standard input). */
    public static long totalBytes(List<String> paths) {
        long total = 0;
        for (String path : paths) {
            if (path.equals("-")) {
                continue;
            }
            Path p = Path.of(path);
            try {
                for (Path file : Files.isDirectory(p) ? filesUnder(p, IGNORE) : List.of(p)) {
                    total += Files.size(file);
                }
            } catch (IOException | RuntimeException e) {
                // a path that cannot be sized is reported when it is read
            }
        }
        return total;
    }

    private static final ArticleSink IGNORE = new ArticleSink() {
        @Override
        public void accept(Article article) {
        }

        @Override
        public void reject(BadInputException problem) {
        }
    };

    /** The article files under a folder, in sorted order. */
    public static List<Path> filesUnder(Path folder, ArticleSink sink) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).filter(ArticleReader::isArticleFile).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            sink.reject(new BadInputException(folder.toString(), 0, "cannot list folder: " + e.getMessage()));
            return List.of();
        }
    }

    static boolean isArticleFile(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".html") || name.endsWith(".htm")
                || name.endsWith(".jsonl") || name.endsWith(".jsonl.gz");
    }

    /** Reads one article file (any file system, e.g. inside the jar), with the {@code .meta} beside it. */
    public void readFile(Path file, ArticleSink sink) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        try {
            if (lower.endsWith(".jsonl") || lower.endsWith(".jsonl.gz")) {
                JsonLinesReader.read(file, options, admission, sink, bytesRead);
                return;
            }
            long size = Files.size(file);
            if (size > MAX_ARTICLE_BYTES) {
                bytesRead.addAndGet(size);
                throw new BadInputException(file.toString(), 0, tooLarge(size));
            }
            byte[] bytes = Files.readAllBytes(file);
            bytesRead.addAndGet(bytes.length);
            String text = decode(bytes, file.toString(), options.charset());
            Map<String, String> meta = Meta.beside(file);
            String id = name.substring(0, name.lastIndexOf('.'));
            Article article = lower.endsWith(".txt") ? plainText(id, text) : HtmlText.article(id, text);
            admission.admit(withOptions(Meta.apply(article, meta, file), true), file.toString(), 0, sink);
        } catch (BadInputException e) {
            sink.reject(e);
        } catch (IOException e) {
            sink.reject(new BadInputException(file.toString(), 0, "cannot read: " + e.getMessage()));
        }
    }

    /** A JSON Lines record as split from its stream, not yet parsed: where it is, its text, and its id if it has none. */
    public record RawRecord(String file, long line, String json, String defaultId) implements java.io.Serializable {
    }

    /**
     * Splits a JSON Lines stream, already decompressed, into its records as the file {@code file} would be split
     * (lines that are not valid text, too long or cut off go to {@code problems}); {@link #readJsonRecord} reads
     * each. For readers of other file systems, a cluster job's, which parse records apart from splitting them.
     */
    public void splitJsonLines(String file, InputStream in, java.util.function.Consumer<RawRecord> records,
                               ArticleSink problems) {
        JsonLinesReader.split(file, in, options, records, problems);
    }

    /**
     * Reads one record given as a JSON object (a row of a table, say), number {@code number} of {@code file}; an
     * article without an id is named {@code defaultId}.
     */
    public void readJsonRecord(String file, long number, String json, String defaultId, ArticleSink sink) {
        JsonLinesReader.record(file, number, json, defaultId, options, admission, sink);
    }

    static String tooLarge(long bytes) {
        return String.format(Locale.ROOT, "%,d bytes is more than an article may hold (%d MB); split it",
                bytes, MAX_ARTICLE_BYTES >> 20);
    }

    /** Standard input: JSON Lines when it opens with "{", read as they come; else one plain-text article. */
    private void readStdin(ArticleSink sink) {
        try {
            java.io.PushbackInputStream in = new java.io.PushbackInputStream(stdin, 1 << 16);
            byte[] head = in.readNBytes(1 << 16);
            in.unread(head);
            String start = new String(head, StandardCharsets.ISO_8859_1).stripLeading();
            if (start.startsWith("{")) {
                JsonLinesReader.read("-", in, options, admission, sink);
                return;
            }
            byte[] bytes = in.readNBytes(MAX_ARTICLE_BYTES + 1);
            if (bytes.length > MAX_ARTICLE_BYTES) {
                throw new BadInputException("-", 0, tooLarge(bytes.length + in.transferTo(OutputStream.nullOutputStream())));
            }
            String text = decode(bytes, "-", options.charset());
            if (text.isBlank()) {
                throw new BadInputException("-", 0, "standard input is empty");
            }
            admission.admit(withOptions(plainText(hash(text), text), true), "-", 0, sink);
        } catch (BadInputException e) {
            sink.reject(e);
        } catch (IOException e) {
            sink.reject(new BadInputException("-", 0, "cannot read standard input: " + e.getMessage()));
        }
    }

    /** The article from a plain text: a short first line followed by a blank line is its title. */
    public static Article plainText(String id, String text) {
        Article article = Article.of(id, text);
        String[] lines = text.split("\n", 3);
        if (lines.length >= 2 && lines[1].isBlank() && !lines[0].isBlank() && lines[0].strip().length() <= MAX_TITLE) {
            article = article.withTitle(lines[0].strip());
        }
        return article;
    }

    private Article withOptions(Article article, boolean fill) {
        Article out = article;
        if (fill && out.date().isEmpty() && options.date().isPresent()) {
            out = out.withDate(options.date().get());
        }
        if (fill && out.url().isEmpty() && options.url().isPresent()) {
            out = out.withUrl(options.url().get());
        }
        if (fill && options.title().isPresent()) {
            out = out.withTitle(options.title().get());
        }
        if (out.date().isEmpty()) {
            out = Datelines.find(out.text()).map(out::withDate).orElse(out);
        }
        return out;
    }

    /** Strict decoding: a malformed byte is bad input, reported with its line and byte offset. */
    static String decode(byte[] bytes, String file, java.nio.charset.Charset charset) {
        try {
            return StrictText.decode(bytes, charset);
        } catch (StrictText.Malformed e) {
            throw new BadInputException(file, StrictText.lineAt(bytes, e.offset), notValid(charset, e.offset));
        }
    }

    static String notValid(java.nio.charset.Charset charset, long offset) {
        return "not valid " + charset.name() + " at byte " + offset + " (--encoding names the file's charset)";
    }

    /** The id of an article read from standard input: a hash of its text. */
    static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "stdin-" + HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** An ISO 8601 date or date-time (with or without an offset); only the date is kept. */
    static Optional<LocalDate> parseDate(String value) {
        String v = value.strip();
        if (v.isEmpty()) {
            throw new IllegalArgumentException("the date is empty");
        }
        try {
            return Optional.of(LocalDate.parse(v));
        } catch (DateTimeParseException notADate) {
            try {
                return Optional.of(java.time.OffsetDateTime.parse(v).toLocalDate());
            } catch (DateTimeParseException notWithOffset) {
                try {
                    return Optional.of(java.time.LocalDateTime.parse(v).toLocalDate());
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException("not an ISO 8601 date: " + value);
                }
            }
        }
    }

}
