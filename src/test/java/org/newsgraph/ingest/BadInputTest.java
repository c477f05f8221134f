package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.BadInputException;
import org.newsgraph.model.Article;

/** Every reader meets bad input with one line naming the file and line, and reads the good records around it. */
class BadInputTest {
    @TempDir
    Path dir;

    private final CollectingSink sink = new CollectingSink();
    private final List<Article> articles = sink.articles;
    private final List<BadInputException> problems = sink.problems;

    private void read(ReadOptions options, String... paths) {
        new ArticleReader(options, InputStream.nullInputStream()).read(List.of(paths), sink);
    }

    private void read(String... paths) {
        read(ReadOptions.none(), paths);
    }

    private String onlyProblem() {
        assertEquals(1, problems.size(), problems.toString());
        String message = problems.get(0).getMessage();
        assertTrue(!message.contains("\n"), message);
        return message;
    }

    private static String record(int i) {
        return "{\"id\":\"r" + i + "\",\"text\":\"Olav Berg met Ana Lima in Tarvos on Monday, the ministry said.\"}\n";
    }

    @Test
    void anEmptyTextFileIsBadInput() throws IOException {
        Path file = Files.writeString(dir.resolve("empty.txt"), "");
        read(file.toString());
        assertTrue(articles.isEmpty());
        assertEquals(file + ": no article text", onlyProblem());
    }

    @Test
    void anHtmlPageOfOnlyScriptsAndStylesHasNoArticleText() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.html"), "");
        Path scripts = Files.writeString(dir.resolve("scripts.html"),
                "<html><head><style>p{color:red}</style><script>var x = 1;</script></head><body>"
                        + "<script>document.write('hello')</script></body></html>");
        read(empty.toString(), scripts.toString());
        assertTrue(articles.isEmpty());
        assertEquals(2, problems.size());
        assertTrue(problems.stream().allMatch(p -> p.getMessage().endsWith(": no article text")), problems.toString());
    }

    @Test
    void binaryDataIsNotText() throws IOException {
        Path file = dir.resolve("image.txt");
        Files.write(file, new byte[] {'G', 'I', 'F', '8', '9', 'a', 0, 0, 1, 2, 3, 'x'});
        read(file.toString());
        assertTrue(articles.isEmpty());
        assertEquals(file + ": binary data, not text", onlyProblem());
    }

    @Test
    void invalidUtf8InAJsonLineCostsThatRecordOnlyAndNamesItsLineAndByte() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 1; i <= 600; i++) {
            byte[] line = record(i).getBytes(StandardCharsets.UTF_8);
            if (i == 301) {
                line[30] = (byte) 0xC3; // a lead byte followed by an ASCII letter
            }
            bytes.write(line);
        }
        Path file = Files.write(dir.resolve("wire.jsonl"), bytes.toByteArray());
        read(file.toString());
        assertEquals(599, articles.size());
        long offset = 30;
        for (int i = 1; i <= 300; i++) {
            offset += record(i).getBytes(StandardCharsets.UTF_8).length;
        }
        String message = onlyProblem();
        assertTrue(message.startsWith(file + ":301: not valid UTF-8 at byte " + offset + " "), message);
        assertTrue(articles.stream().noneMatch(a -> a.id().equals("r301")));
        assertTrue(articles.stream().anyMatch(a -> a.id().equals("r600")));
    }

    @Test
    void anotherCharsetIsReadWhenNamed() throws IOException {
        Path file = dir.resolve("latin.txt");
        Files.write(file, "Jos\u00e9 Alves met Ana Lima in Tarvos on Monday.".getBytes(StandardCharsets.ISO_8859_1));
        read(file.toString());
        assertTrue(onlyProblem().startsWith(file + ":1: not valid UTF-8 at byte 3"), problems.toString());
        problems.clear();
        read(ReadOptions.none().withCharset(StandardCharsets.ISO_8859_1), file.toString());
        assertTrue(problems.isEmpty(), problems.toString());
        assertTrue(articles.get(0).text().startsWith("Jos\u00e9 Alves"));
    }

    @Test
    void aTruncatedGzipFileKeepsEveryCompleteRecordBeforeTheCut() throws IOException {
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(whole)) {
            for (int i = 1; i <= 200; i++) {
                gz.write(record(i).getBytes(StandardCharsets.UTF_8));
            }
        }
        byte[] bytes = whole.toByteArray();
        Path file = Files.write(dir.resolve("cut.jsonl.gz"), Arrays.copyOf(bytes, bytes.length - 40));
        read(file.toString());
        String message = onlyProblem();
        assertTrue(message.contains("the input ends"), message);
        assertEquals(completeLinesBeforeTheCut(file), articles.size());
        assertEquals("r1", articles.get(0).id());
        for (int i = 0; i < articles.size(); i++) {
            assertEquals("r" + (i + 1), articles.get(i).id());
        }
    }

    /** How many whole lines a byte-by-byte read of a truncated gzip file gets before the stream fails. */
    private static long completeLinesBeforeTheCut(Path file) throws IOException {
        long lines = 0;
        try (InputStream in = new java.util.zip.GZIPInputStream(Files.newInputStream(file))) {
            for (int b = in.read(); b >= 0; b = in.read()) {
                lines += b == '\n' ? 1 : 0;
            }
        } catch (java.io.EOFException expected) {
            // the cut
        }
        assertTrue(lines > 150, lines + " lines before the cut");
        return lines;
    }

    @Test
    void aMalformedJsonLineAmongGoodOnesIsReportedWithItsLine() throws IOException {
        Path file = Files.writeString(dir.resolve("mixed.jsonl"), record(1) + "{\"id\": \"r2\", \"text\": \n" + record(3));
        read(file.toString());
        assertEquals(List.of("r1", "r3"), articles.stream().map(Article::id).toList());
        assertTrue(onlyProblem().startsWith(file + ":2: not valid JSON"), problems.toString());
    }

    @Test
    void recordsWithoutTextOrWithAnInvalidDateAreBadInput() throws IOException {
        Path file = Files.writeString(dir.resolve("dates.jsonl"), String.join("\n",
                "{\"id\":\"a\",\"title\":\"no text\"}",
                "{\"id\":\"b\",\"date\":\"2024-01-01T25:00:00Z\",\"text\":\"Olav Berg met Ana Lima.\"}",
                "{\"id\":\"c\",\"date\":\"\",\"text\":\"Olav Berg met Ana Lima.\"}",
                "{\"id\":\"d\",\"date\":\"2024-02-30\",\"text\":\"Olav Berg met Ana Lima.\"}",
                "{\"id\":\"e\",\"date\":\"2024-01-01T23:00:00+02:00\",\"text\":\"Olav Berg met Ana Lima.\"}",
                "{\"id\":\"f\",\"date\":\"2024-01-01T10:15\",\"text\":\"Olav Berg met Ana Lima.\"}"));
        read(file.toString());
        assertEquals(List.of("e", "f"), articles.stream().map(Article::id).toList());
        assertEquals(4, problems.size(), problems.toString());
        assertTrue(problems.get(0).getMessage().startsWith(file + ":1: missing required"));
        assertTrue(problems.get(1).getMessage().startsWith(file + ":2: field \"date\": not an ISO 8601 date"));
        assertTrue(problems.get(2).getMessage().startsWith(file + ":3: field \"date\": the date is empty"));
        assertTrue(problems.get(3).getMessage().startsWith(file + ":4: field \"date\""));
    }

    @Test
    void aDuplicateIdInOneRunKeepsTheFirstRecordAndReportsTheSecond() throws IOException {
        Path file = Files.writeString(dir.resolve("dup.jsonl"), record(1) + record(2)
                + "{\"id\":\"r1\",\"text\":\"Ana Lima visited Kalvak on Friday.\"}\n");
        read(file.toString());
        assertEquals(List.of("r1", "r2"), articles.stream().map(Article::id).toList());
        assertTrue(articles.get(0).text().startsWith("Olav Berg"));
        assertEquals(file + ":3: duplicate id \"r1\" (first read at " + file + ":1); this record is skipped",
                onlyProblem());
    }

    @Test
    void textThatIsNotEnglishIsSkippedUnlessAnyLanguageIsAllowed() throws IOException {
        Path german = Files.writeString(dir.resolve("bericht.txt"), "Die Regierung hat am Montag in Berlin "
                + "mitgeteilt, dass die Verhandlungen mit den Nachbarstaaten fortgesetzt werden. Der Minister "
                + "sagte, die Gespr\u00e4che seien konstruktiv gewesen und man wolle bald eine Einigung erzielen.");
        Path english = Files.writeString(dir.resolve("report.txt"), "The government said on Monday that talks "
                + "with its neighbours would go on. The minister said the talks had been useful and that an "
                + "agreement was near.");
        read(german.toString(), english.toString());
        assertEquals(List.of("report"), articles.stream().map(Article::id).toList());
        assertTrue(onlyProblem().startsWith(german + ": not English (the language detector says deu)"),
                problems.toString());
        problems.clear();
        articles.clear();
        read(ReadOptions.none().withAnyLanguage(true), german.toString());
        assertEquals(1, articles.size());
        assertTrue(problems.isEmpty());
    }

    @Test
    void aFileLargerThanAnArticleMayHoldIsRefusedWithoutReadingIt() throws IOException {
        Path file = dir.resolve("huge.txt");
        try (var out = Files.newOutputStream(file)) {
            byte[] line = "Olav Berg met Ana Lima in Tarvos on Monday. ".repeat(1000).getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written <= ArticleReader.MAX_ARTICLE_BYTES; written += line.length) {
                out.write(line);
            }
        }
        read(file.toString());
        assertTrue(articles.isEmpty());
        assertTrue(onlyProblem().contains("is more than an article may hold"), problems.toString());
    }

    @Test
    void aJsonLineLargerThanAnArticleMayHoldCostsItsRecordOnly() throws IOException {
        Path file = dir.resolve("long-line.jsonl");
        try (var out = Files.newOutputStream(file)) {
            out.write(record(1).getBytes(StandardCharsets.UTF_8));
            out.write("{\"id\":\"big\",\"text\":\"".getBytes(StandardCharsets.UTF_8));
            byte[] words = "Olav Berg met Ana Lima. ".repeat(1000).getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written <= ArticleReader.MAX_ARTICLE_BYTES; written += words.length) {
                out.write(words);
            }
            out.write("\"}\n".getBytes(StandardCharsets.UTF_8));
            out.write(record(3).getBytes(StandardCharsets.UTF_8));
        }
        read(file.toString());
        assertEquals(List.of("r1", "r3"), articles.stream().map(Article::id).toList());
        assertTrue(onlyProblem().startsWith(file + ":2: "), problems.toString());
    }

    @Test
    void standardInputOfJsonLinesIsReadRecordByRecord() {
        byte[] input = (record(1) + "not json\n" + record(3)).getBytes(StandardCharsets.UTF_8);
        new ArticleReader(ReadOptions.none(), new ByteArrayInputStream(input)).read(List.of("-"), sink);
        assertEquals(List.of("r1", "r3"), articles.stream().map(Article::id).toList());
        assertTrue(onlyProblem().startsWith("-:2: not valid JSON"), problems.toString());
    }
}
