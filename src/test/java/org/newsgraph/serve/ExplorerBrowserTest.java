package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.BadInputException;
import org.newsgraph.app.Ingester;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.ArticleSink;
import org.newsgraph.ingest.ReadOptions;
import org.newsgraph.model.Article;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.query.QueryFile;
import org.newsgraph.store.GraphStore;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web explorer in a real headless Chromium (Debian's chromium and chromium-driver, which {@code .ci/run}
 * installs): the demo articles served on a free port; search a person, read their entity page (title, event,
 * evidence), open an event, the network and the query page; screenshots under {@code target/}. Where no Chromium
 * is installed the test says so and does not run, unless {@code NEWSGRAPH_REQUIRE_BROWSER} is set (as CI sets
 * it), when a missing browser is a failure.
 */
class ExplorerBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @TempDir
    static Path dir;

    private static GraphStore store;
    private static Server server;
    private static WebDriver browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void start() throws Exception {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && System.getenv("NEWSGRAPH_REQUIRE_BROWSER") != null) {
            throw new AssertionError("NEWSGRAPH_REQUIRE_BROWSER is set but " + CHROMIUM + " or " + CHROMEDRIVER + " is missing");
        }
        if (!installed) {
            System.out.println("ExplorerBrowserTest not run: " + CHROMIUM + " and " + CHROMEDRIVER
                    + " are not here (apt-get install chromium chromium-driver; .ci/run installs them)");
        }
        Assumptions.assumeTrue(installed, "no chromium");
        store = GraphStore.open(dir.resolve("db"));
        Ingester ingester = new Ingester(Pipeline.english(), store);
        ArticleReader reader = new ArticleReader(ReadOptions.none(), InputStream.nullInputStream());
        try (Stream<Path> samples = Files.list(Path.of("src/main/resources/org/newsgraph/samples"))) {
            for (Path sample : samples.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                reader.readFile(sample, new ArticleSink() {
                    @Override
                    public void accept(Article article) {
                        ingester.ingest(article);
                    }

                    @Override
                    public void reject(BadInputException problem) {
                        throw problem;
                    }
                });
            }
        }
        // a second report of the summit's meeting, so that an event page has a ng:sameEventAs cluster to show
        ingester.ingest(Article.of("nairobi-follow-up", "Kenyan President Samuel Otieno met "
                + "Ethiopian Prime Minister Dawit Bekele in Nairobi on Monday to discuss a regional power grid, officials said.")
                .withDate(java.time.LocalDate.of(2024, 10, 30)));
        List<QueryFile> examples;
        try (Stream<Path> queries = Files.list(Path.of("queries"))) {
            examples = queries.filter(p -> p.toString().endsWith(".rq")).sorted().map(QueryFile::read).toList();
        }
        server = Server.start(store, new Server.Options(0, true, Duration.ofSeconds(30), 100_000, Optional.empty(), examples));

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,1700", "--user-data-dir=" + dir.resolve("chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
    }

    private static void screenshot(String name) throws Exception {
        Files.write(SCREENSHOTS.resolve(name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    private static void noErrorShown() {
        assertTrue(browser.findElements(By.cssSelector(".error")).isEmpty(),
                () -> "the page shows an error: " + browser.findElement(By.cssSelector(".error")).getText());
    }

    @Test
    void aResearcherFindsAPersonReadsTheEvidenceAndOpensTheNetworkAndTheQueryPage() throws Exception {
        String base = server.explorer("127.0.0.1");
        browser.get(base);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Newsgraph"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".results li a")));

        // search by a surname alone: the person is found by any of their names
        WebElement search = browser.findElement(By.id("search"));
        search.sendKeys("otieno");
        browser.findElement(By.cssSelector("#search-form button")).click();
        WebElement result = wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//ol[@id='search-results']//a[normalize-space()='Samuel Otieno']")));
        String row = result.findElement(By.xpath("..")).getText();
        assertTrue(row.contains("Person") && row.contains("2 article"), row);
        result.click();

        // the entity page: title with the sentence that states it, an event on the timeline, its evidence
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("entity-title"), "Samuel Otieno"));
        WebElement titles = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("titles")));
        assertTrue(titles.getText().contains("President"), titles.getText());
        assertEquals("President", titles.findElement(By.cssSelector("q.evidence mark")).getText());
        assertTrue(browser.findElement(By.id("affiliations")).getText().contains("Kenya"));
        WebElement timeline = browser.findElement(By.id("timeline"));
        List<WebElement> items = timeline.findElements(By.cssSelector(".timeline-item"));
        assertFalse(items.isEmpty(), "no event on the timeline");
        assertFalse(timeline.findElements(By.cssSelector("svg.timeline-chart circle")).isEmpty(), "no dated event drawn");
        WebElement meeting = items.stream().filter(i -> i.getText().contains("Meeting") && i.getText().contains("2024-10-28"))
                .findFirst().orElseThrow(() -> new AssertionError("no dated meeting on the timeline: " + timeline.getText()));
        assertTrue(meeting.getText().contains("Otieno met Ethiopian Prime Minister Dawit Bekele"), meeting.getText());
        assertTrue(meeting.findElements(By.cssSelector("q.evidence mark")).stream().anyMatch(m -> m.getText().equals("met")),
                "the trigger is not marked: " + meeting.getText());
        WebElement call = items.stream().filter(i -> i.getText().contains("PhoneCall")).findFirst()
                .orElseThrow(() -> new AssertionError("no phone call on the timeline: " + timeline.getText()));
        WebElement evidence = call.findElement(By.cssSelector("q.evidence"));
        assertTrue(evidence.getText().contains("spoke with German Chancellor Markus Lehmann by phone"), evidence.getText());
        assertFalse(evidence.findElement(By.tagName("mark")).getText().isBlank());
        assertTrue(browser.findElement(By.id("co-participants")).getText().contains("Markus Lehmann"));
        assertTrue(browser.findElement(By.id("articles")).getText().contains("African leaders gather in Nairobi"));
        noErrorShown();
        screenshot("explorer-entity.png");

        // the event page: class, participants with roles, place, date, source, evidence, and the other report
        meeting.findElement(By.cssSelector("a.event-link")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".event-column")));
        List<WebElement> columns = browser.findElements(By.cssSelector(".event-column"));
        assertEquals(2, columns.size(), "the meeting and its report in the other article, side by side");
        for (WebElement column : columns) {
            assertTrue(column.getText().contains("Meeting") && column.getText().contains("Dawit Bekele")
                    && column.getText().contains("Nairobi") && column.getText().contains("2024-10-28"), column.getText());
            assertFalse(column.findElements(By.cssSelector("q.evidence mark")).isEmpty());
        }
        assertTrue(columns.stream().anyMatch(c -> c.getText().contains("African leaders gather in Nairobi"))
                && columns.stream().anyMatch(c -> c.getText().contains("nairobi-follow-up")), "one column per article");
        noErrorShown();
        screenshot("explorer-event.png");

        // the network of people: drawn, and narrowed by event class
        browser.findElement(By.id("nav-network")).click();
        WebElement network = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#network[data-nodes]")));
        assertTrue(Integer.parseInt(network.getAttribute("data-nodes")) >= 5, network.getAttribute("data-nodes"));
        assertFalse(network.findElements(By.tagName("canvas")).isEmpty(), "cytoscape drew no canvas");
        screenshot("explorer-network.png");
        new Select(browser.findElement(By.id("class"))).selectByVisibleText("PhoneCall");
        browser.findElement(By.cssSelector("#network-form button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("network-status"), "2 people, 1 pairs"));
        noErrorShown();

        // the query page: an example of queries/, its parameter, results and the CSV download
        browser.findElement(By.id("nav-query")).click();
        Select examples = new Select(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("example"))));
        examples.selectByValue("person-profile.rq");
        WebElement parameter = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[data-param='name']")));
        parameter.clear();
        parameter.sendKeys("Otieno");
        browser.findElement(By.id("run")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("row-count"), "row(s)"));
        noErrorShown();
        assertTrue(browser.findElement(By.cssSelector(".results-table")).getText().contains("President"));
        String csv = browser.findElement(By.id("download")).getAttribute("href");
        HttpResponse<String> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(csv)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, download.statusCode());
        assertTrue(download.body().startsWith("person,label,title"), download.body());
        assertTrue(download.body().contains("Samuel Otieno") && download.body().contains("President"), download.body());
        screenshot("explorer-query.png");
    }
}
