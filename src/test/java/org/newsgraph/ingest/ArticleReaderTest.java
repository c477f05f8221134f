package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.BadInputException;
import org.newsgraph.model.Article;

class ArticleReaderTest {
    @TempDir
    Path dir;

    private final CollectingSink sink = new CollectingSink();
    private final List<Article> articles = sink.articles;
    private final List<BadInputException> problems = sink.problems;

    private void read(ReadOptions options, InputStream stdin, String... paths) {
        new ArticleReader(options, stdin).read(List.of(paths), sink);
    }

    private void read(String... paths) {
        read(ReadOptions.none(), InputStream.nullInputStream(), paths);
    }

    @Test
    void textFileTakesItsIdFromTheNameAndItsTitleFromAShortFirstLine() throws IOException {
        Path file = dir.resolve("summit-report.txt");
        Files.writeString(file, "Leaders meet\n\nThe leaders met on Monday.");
        read(file.toString());
        assertEquals(1, articles.size());
        Article a = articles.get(0);
        assertEquals("summit-report", a.id());
        assertEquals(Optional.of("Leaders meet"), a.title());
        assertEquals("Leaders meet\n\nThe leaders met on Monday.", a.text());
    }

    @Test
    void textWithoutBlankSecondLineHasNoTitle() throws IOException {
        Path file = dir.resolve("a.txt");
        Files.writeString(file, "The leaders met on Monday.\nThey talked.");
        read(file.toString());
        assertEquals(Optional.empty(), articles.get(0).title());
    }

    @Test
    void metaFileBesideTheTextGivesItsDate() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "The leaders met.");
        Files.writeString(dir.resolve("a.meta"), "date=2024-05-01\n");
        read(dir.resolve("a.txt").toString());
        assertEquals(Optional.of(LocalDate.of(2024, 5, 1)), articles.get(0).date());
    }

    @Test
    void aDatelineGivesTheDateOfAnArticleThatHasNone() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "Envoys meet\n\nFriday, July 21, 2017\n\nThe envoys met.");
        read(dir.resolve("a.txt").toString());
        assertEquals(Optional.of(LocalDate.of(2017, 7, 21)), articles.get(0).date());
    }

    @Test
    void aDayFirstDatelineCountsToo() throws IOException {
        Files.writeString(dir.resolve("b.txt"), "21 July 2013 Last updated at 11:11 GMT\nA fire broke out.");
        read(dir.resolve("b.txt").toString());
        assertEquals(Optional.of(LocalDate.of(2013, 7, 21)), articles.get(0).date());
    }

    @Test
    void aDateInsideASentenceIsNoDateline() throws IOException {
        Files.writeString(dir.resolve("c.txt"), "The singer died on Thursday in Rome.\nShe was born on April 22, 1923, in Turin.");
        read(dir.resolve("c.txt").toString());
        assertEquals(Optional.empty(), articles.get(0).date());
    }

    @Test
    void commandLineDateFillsInWhereTheInputHasNone() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "The leaders met.");
        read(new ReadOptions(Optional.of(LocalDate.of(2020, 1, 2)), Optional.empty(), Optional.empty()),
                InputStream.nullInputStream(), dir.resolve("a.txt").toString());
        assertEquals(Optional.of(LocalDate.of(2020, 1, 2)), articles.get(0).date());
    }

    @Test
    void badJsonLineIsReportedWithFileAndLineAndTheOthersAreRead() throws IOException {
        Path file = dir.resolve("feed.jsonl");
        Files.writeString(file, String.join("\n",
                "{\"id\": \"one\", \"text\": \"First story.\", \"date\": \"2025-02-18\"}",
                "{\"id\": \"two\", \"text\": ",
                "{\"id\": \"three\", \"title\": \"No text\"}",
                "{\"text\": \"Fourth story.\"}"));
        read(file.toString());
        assertEquals(List.of("one", "feed-4"), articles.stream().map(Article::id).toList());
        assertEquals(Optional.of(LocalDate.of(2025, 2, 18)), articles.get(0).date());
        assertEquals(2, problems.size());
        assertEquals(file + ":2", problems.get(0).getMessage().substring(0, problems.get(0).getMessage().indexOf(": ")));
        assertEquals(2, problems.get(0).line());
        assertEquals(3, problems.get(1).line());
        assertTrue(problems.get(1).getMessage().contains("text"), problems.get(1).getMessage());
    }

    @Test
    void badDateInJsonIsBadInput() throws IOException {
        Path file = dir.resolve("feed.jsonl");
        Files.writeString(file, "{\"text\": \"Story.\", \"date\": \"yesterday\"}\n");
        read(file.toString());
        assertTrue(articles.isEmpty());
        assertEquals(1, problems.get(0).line());
    }

    @Test
    void gzippedJsonLinesAreRead() throws IOException {
        Path file = dir.resolve("feed.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write("{\"id\": \"g1\", \"text\": \"Zipped story.\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        read(file.toString());
        assertEquals(List.of("g1"), articles.stream().map(Article::id).toList());
    }

    @Test
    void htmlGivesItsMainTextAndTitle() throws IOException {
        Path file = dir.resolve("page.html");
        Files.writeString(file, "<html><head><title>Site</title><script>var x;</script></head><body>"
                + "<nav>Home | World</nav><article><h1>Ministers meet</h1><p>The ministers met.</p>"
                + "<p>They agreed.</p></article><footer>Copyright</footer></body></html>");
        read(file.toString());
        Article a = articles.get(0);
        assertEquals("page", a.id());
        assertEquals(Optional.of("Ministers meet"), a.title());
        assertEquals("Ministers meet\n\nThe ministers met.\n\nThey agreed.", a.text());
    }

    @Test
    void foldersAreReadRecursivelyInSortedOrder() throws IOException {
        Files.createDirectories(dir.resolve("b/c"));
        Files.writeString(dir.resolve("b/c/z.txt"), "Zed.");
        Files.writeString(dir.resolve("b/a.txt"), "Ay.");
        Files.writeString(dir.resolve("b/notes.md"), "not an article");
        read(dir.resolve("b").toString());
        assertEquals(List.of("a", "z"), articles.stream().map(Article::id).toList());
        assertTrue(problems.isEmpty());
    }

    @Test
    void standardInputArticleIsNamedByAHashOfItsText() {
        read(ReadOptions.none(), new ByteArrayInputStream("The mayor met the governor.".getBytes(StandardCharsets.UTF_8)), "-");
        assertEquals(1, articles.size());
        assertTrue(articles.get(0).id().startsWith("stdin-"));
        read(ReadOptions.none(), new ByteArrayInputStream("The mayor met the governor.".getBytes(StandardCharsets.UTF_8)), "-");
        assertEquals(articles.get(0).id(), articles.get(1).id());
    }

    @Test
    void invalidUtf8IsBadInputNamingTheLine() throws IOException {
        Path file = dir.resolve("bad.txt");
        Files.write(file, new byte[] {'o', 'k', '\n', 'b', (byte) 0xC3, (byte) 0x28, '\n'});
        read(file.toString());
        assertTrue(articles.isEmpty());
        assertEquals(2, problems.get(0).line());
    }

    @Test
    void missingPathIsReported() {
        read(dir.resolve("nothing.txt").toString());
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).getMessage().contains("nothing.txt"));
    }
}
