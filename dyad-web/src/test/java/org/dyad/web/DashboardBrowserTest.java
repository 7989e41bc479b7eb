package org.dyad.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.dyad.store.DyadStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in headless Chromium against a real server over the case-study store: pick
 * Iran–Azerbaijan, filter, open an event, and check that the figures shown are the API's.
 * Screenshots go to {@code target/screenshots/}. Skipped where Chromium or its driver is not
 * installed (CI installs Debian's {@code chromium} and {@code chromium-driver}).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardBrowserTest {
    static DyadStore store;
    static DyadServer server;
    static Http http;
    static WebDriver driver;
    static Path userData;

    @BeforeAll
    static void start() throws IOException {
        userData = Files.createTempDirectory("dyad-chromium");
        driver = Browsers.startOrSkip(userData);
        store = TestStores.caseStudyWithDocument();
        server = DyadServer.start(new StoreService(store), "127.0.0.1", 0);
        http = new Http(server.port());
        Files.createDirectories(Path.of("target", "screenshots"));
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
            store.close();
        }
    }

    @BeforeEach
    void open() {
        driver.get("http://127.0.0.1:" + server.port() + "/");
        waitLoaded();
    }

    private static void waitLoaded() {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> "false".equals(
                d.findElement(By.tagName("body")).getAttribute("data-loading"))
                && !d.findElement(By.id("shown")).getText().isEmpty());
    }

    private static void screenshot(String name) throws IOException {
        File f = ((ChromeDriver) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(f.toPath(), Path.of("target", "screenshots", name + ".png"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static long number(String id) {
        return Long.parseLong(driver.findElement(By.id(id)).getText().replace(",", ""));
    }

    private static List<String> tableIds() {
        // read in one script so that a table being redrawn is never half-read
        List<?> ids = (List<?>) ((JavascriptExecutor) driver).executeScript("return Array.prototype.map.call("
                + "document.querySelectorAll('#events tbody tr'), function (r) { return r.getAttribute('data-id'); });");
        return ids.stream().map(String::valueOf).toList();
    }

    @Test
    @Order(1)
    void theDashboardOpensOnIranAzerbaijanWithTheApisFigures() throws IOException {
        assertThat(new Select(driver.findElement(By.id("pair"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("AZE-IRN");
        Map<String, Object> summary = http.get("/api/summary?a=AZE&b=IRN").object();
        Map<String, Object> page = http.get("/api/events?a=AZE&b=IRN&limit=50").object();
        assertThat(number("total-events")).isEqualTo(((Number) summary.get("total")).longValue());
        assertThat(driver.findElement(By.id("shown")).getAttribute("data-total"))
                .isEqualTo(String.valueOf(page.get("total")));
        assertThat(tableIds()).isEqualTo(ApiTest.ids((List<?>) page.get("events")));
        Map<String, Object> phases = http.get("/api/phases?a=AZE&b=IRN").object();
        assertThat(number("phase-count")).isEqualTo(((List<?>) phases.get("asserted")).size());
        assertThat(driver.findElements(By.cssSelector("#phases .phase"))).hasSize(((List<?>) phases.get("asserted")).size());
        // the charts drew: ECharts puts a canvas in each chart box
        for (String chart : List.of("index-chart", "timeline-chart", "dimension-chart", "quad-chart")) {
            assertThat(driver.findElements(By.cssSelector("#" + chart + " canvas"))).as(chart).isNotEmpty();
        }
        screenshot("dashboard-iran-azerbaijan");
    }

    @Test
    @Order(2)
    void theAnalysisPanelsShowTheAnalysisResults() throws IOException {
        Map<String, Object> ll = http.get("/api/leadlag?a=AZE&b=IRN&period=month&column=goldstein_sum&permutations=199")
                .object();
        Map<String, Object> triad = http.get("/api/triad?a=AZE&b=IRN&period=month&column=goldstein_sum"
                + "&permutations=99").object();
        Map<String, Object> phases = http.get("/api/phases?a=AZE&b=IRN").object();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        wait.until(d -> !d.findElements(By.cssSelector("#leadlag .verdict")).isEmpty()
                && !d.findElements(By.cssSelector("#triad table")).isEmpty());
        assertThat(driver.findElement(By.cssSelector("#leadlag .verdict")).getText()).isEqualTo(ll.get("verdict"));
        List<?> directions = (List<?>) ll.get("directions");
        List<WebElement> rows = driver.findElements(By.cssSelector("#leadlag tr"));
        assertThat(rows).hasSize(directions.size() + 1);
        Map<?, ?> forward = (Map<?, ?>) directions.get(0);
        assertThat(rows.get(1).getText()).contains(String.format(java.util.Locale.ROOT, "%.3f",
                ((Number) forward.get("p_value")).doubleValue()));
        assertThat(driver.findElements(By.cssSelector("#triad tr"))).hasSize(((List<?>) triad.get("links")).size() + 1);
        Map<?, ?> found = (Map<?, ?>) phases.get("found");
        assertThat(driver.findElements(By.cssSelector("#found-phases .phase"))).hasSize(((List<?>) found.get("phases"))
                .size());
        assertThat(driver.findElements(By.cssSelector("#series-chart canvas"))).isNotEmpty();
        ((JavascriptExecutor) driver).executeScript("document.getElementById('series-chart').scrollIntoView();");
        screenshot("dashboard-series-leadlag-triad");
    }

    @Test
    @Order(3)
    void filteringShowsTheApisCountsAndPages() throws IOException {
        driver.findElement(By.id("f-from")).sendKeys("1993");
        driver.findElement(By.id("f-to")).sendKeys("1996");
        new Select(driver.findElement(By.id("f-quad"))).selectByValue("1");
        driver.findElement(By.id("apply")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.findElement(By.id("shown")).getText()
                .contains("of " + http.get("/api/events?a=AZE&b=IRN&from=1993&to=1996&quad=1&limit=1")
                        .object().get("total") + " events"));
        waitLoaded();
        Map<String, Object> summary = http.get("/api/summary?a=AZE&b=IRN&from=1993&to=1996&quad=1").object();
        Map<String, Object> page = http.get("/api/events?a=AZE&b=IRN&from=1993&to=1996&quad=1&limit=50").object();
        long total = ((Number) page.get("total")).longValue();
        assertThat(total).isGreaterThan(5).isLessThan(110);
        assertThat(number("total-events")).isEqualTo(((Number) summary.get("total")).longValue()).isEqualTo(total);
        assertThat(tableIds()).isEqualTo(ApiTest.ids((List<?>) page.get("events")));
        assertThat(driver.findElement(By.id("coop-share")).getText()).isEqualTo("100%");
        screenshot("dashboard-filtered");
        if (total > 50) {
            driver.findElement(By.id("next")).click();
            Map<String, Object> p2 = http.get("/api/events?a=AZE&b=IRN&from=1993&to=1996&quad=1&limit=50&offset=50")
                    .object();
            new WebDriverWait(driver, Duration.ofSeconds(30))
                    .until(d -> tableIds().equals(ApiTest.ids((List<?>) p2.get("events"))));
        }
    }

    @Test
    @Order(4)
    void brushingYearsOnTheIndexFiltersTheTable() throws IOException {
        ((JavascriptExecutor) driver).executeScript("var c = echarts.getInstanceByDom("
                + "document.getElementById('index-chart')); c.dispatchAction({type: 'brush', areas: [{brushType:"
                + " 'lineX', xAxisIndex: 0, coordRange: [Date.UTC(1993, 0, 1), Date.UTC(1995, 11, 31)]}]});");
        Map<String, Object> page = http.get("/api/events?a=AZE&b=IRN&from=1993-01-01&to=1995-12-31&limit=50").object();
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> tableIds().equals(ApiTest.ids((List<?>) page.get("events"))));
        assertThat(driver.findElement(By.id("shown")).getAttribute("data-total")).isEqualTo(String.valueOf(page.get("total")));
        WebElement chip = driver.findElement(By.id("brush-note"));
        assertThat(chip.getText()).startsWith("1993-01-01 to 1995-12-31");
        screenshot("dashboard-brushed");
        chip.click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.findElement(By.id("shown"))
                .getAttribute("data-total").equals(String.valueOf(http.get("/api/events?a=AZE&b=IRN&limit=1").object()
                        .get("total"))));
    }

    @Test
    @Order(5)
    void openingAnEventShowsItsSentenceHighlightedInItsDocument() throws IOException {
        new Select(driver.findElement(By.id("f-origin"))).selectByValue("text");
        driver.findElement(By.id("apply")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> tableIds().equals(List.of(TestStores.TEXT_EVENT_ID)));
        driver.findElement(By.cssSelector("#events tbody tr[data-id='" + TestStores.TEXT_EVENT_ID + "']")).click();
        WebElement mark = new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> d.findElement(By.cssSelector("#d-doc-text mark")));
        assertThat(driver.findElement(By.id("detail")).isDisplayed()).isTrue();
        assertThat(mark.getText()).isEqualTo(TestStores.SENTENCE);
        // text is shown as text: the markup in the document and its title stays literal
        WebElement doc = driver.findElement(By.id("d-doc-text"));
        assertThat(doc.getText()).contains("<b>without</b>");
        assertThat(doc.findElements(By.tagName("b"))).isEmpty();
        assertThat(driver.findElement(By.id("d-doc-title")).getText()).contains("A test memo <script>");
        Map<String, Object> detail = http.get("/api/events/" + TestStores.TEXT_EVENT_ID).object();
        @SuppressWarnings("unchecked")
        Map<String, Object> event = (Map<String, Object>) detail.get("event");
        assertThat(driver.findElement(By.id("d-title")).getText()).contains((String) event.get("code_name"))
                .contains((String) event.get("day"));
        assertThat(driver.findElement(By.id("d-fields")).getText()).contains("Goldstein\n" + event.get("goldstein"))
                .contains("source\n" + event.get("source"));
        screenshot("dashboard-event-in-its-document");
        driver.findElement(By.id("d-whole")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.findElement(By.id("d-doc-text")).getText()
                .startsWith("Memo written for Dyad's tests."));
        assertThat(driver.findElement(By.cssSelector("#d-doc-text mark")).getText()).isEqualTo(TestStores.SENTENCE);
    }

    @Test
    @Order(6)
    void theApiIsReadableAtDocsWithoutTheNetwork() throws IOException {
        driver.get("http://127.0.0.1:" + server.port() + "/docs");
        int operations = new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
            int n = d.findElements(By.cssSelector(".opblock")).size();
            return n > 0 ? n : null;
        });
        assertThat(operations).isEqualTo(server.routes().size());
        assertThat(driver.findElement(By.tagName("body")).getText()).contains("/api/events/{id}").contains("Dyad API");
        screenshot("api-docs");
    }

    @Test
    @Order(7)
    void aDocumentAddedInThePageIsExtractedAndItsEventsExplained() throws IOException {
        Path memo = Path.of("target", "screenshots", "memo-1997.txt").toAbsolutePath();
        Files.writeString(memo, UploadApiTest.MEMO);
        driver.findElement(By.id("open-upload")).click();
        driver.findElement(By.id("u-file")).sendKeys(memo.toString());
        driver.findElement(By.id("u-pair")).sendKeys("IRN,AZE");
        driver.findElement(By.id("u-send")).click();
        new WebDriverWait(driver, Duration.ofSeconds(120)).until(d -> "done".equals(
                d.findElement(By.id("u-status")).getAttribute("data-state")));
        long text = ((Number) http.get("/api/events?a=AZE&b=IRN&origin=text&limit=1").object().get("total")).longValue();
        // the test document's event and the memo's
        assertThat(text).isGreaterThanOrEqualTo(4);
        assertThat(driver.findElement(By.id("u-status")).getText()).contains("events extracted from memo-1997.txt");
        screenshot("dashboard-upload-done");
        waitLoaded();
        new Select(driver.findElement(By.id("f-origin"))).selectByValue("text");
        driver.findElement(By.id("apply")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> tableIds().size() == Math.min(text, 50));
        String id = tableIds().stream().filter(x -> !x.equals(TestStores.TEXT_EVENT_ID)).findFirst().orElseThrow();
        driver.findElement(By.cssSelector("#events tbody tr[data-id='" + id + "']")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.findElement(By.id("d-why")).isDisplayed());
        driver.findElement(By.id("d-why")).click();
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> d.findElement(By.id("d-why-text")).getText()
                .contains(id));
        assertThat(driver.findElement(By.id("d-why-text")).getText())
                .isEqualTo(((String) http.get("/api/events/" + id + "/explain").object().get("text")).strip());
        screenshot("dashboard-explained");
    }

    @Test
    @Order(8)
    void thePageLoadsNothingFromTheNetworkAndLogsNoErrors() {
        Object external = ((JavascriptExecutor) driver).executeScript(
                "return performance.getEntriesByType('resource').map(function (r) { return r.name; })"
                        + ".filter(function (n) { return n.indexOf(location.origin) !== 0; });");
        assertThat((List<?>) external).isEmpty();
        List<LogEntry> severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                // an analysis that cannot run on a narrow selection answers 400 and the panel says why
                .filter(e -> !(e.getMessage().matches(".*/api/(leadlag|triad)\\?.*status of 400.*"))).toList();
        assertThat(severe).as("browser console errors").isEmpty();
    }
}
