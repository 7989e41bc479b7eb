package org.dyad.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.dyad.model.Event;
import org.dyad.model.QuadClass;
import org.dyad.model.ontology.Ontology;
import org.dyad.report.HtmlReport;
import org.dyad.report.PairReport;
import org.dyad.store.DyadStore;
import org.dyad.store.EventQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The self-contained HTML report opened from a file in headless Chromium: its charts draw with no
 * server and no network, the timeline's tooltip shows the event, the table filters, and it prints.
 * Skipped where Chromium is not installed.
 */
class ReportBrowserTest {
    static WebDriver driver;
    static DyadStore store;
    static Path page;

    @BeforeAll
    static void start() throws IOException {
        driver = Browsers.startOrSkip(Files.createTempDirectory("dyad-chromium"));
        store = TestStores.caseStudyWithDocument();
        Files.createDirectories(Path.of("target", "screenshots"));
        page = Path.of("target", "screenshots", "report-iran-azerbaijan.html").toAbsolutePath();
        HtmlReport.write(report(), page);
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (store != null) {
            store.close();
        }
    }

    static PairReport report() {
        var countries = Ontology.standard().countries();
        return PairReport.build(store, countries.resolve("IRN"), countries.resolve("AZE"),
                EventQuery.builder().pair("IRN", "AZE").build());
    }

    private static Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    @Test
    void theReportDrawsOfflineShowsEventsOnHoverFiltersAndPrints() throws IOException {
        driver.get(page.toUri().toString());
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> !d.findElements(By.cssSelector("#timeline-chart svg")).isEmpty());
        for (String chart : List.of("index-chart", "timeline-chart", "dimension-chart", "quad-chart", "leadlag-chart")) {
            assertThat(driver.findElements(By.cssSelector("#" + chart + " svg path"))).as(chart).isNotEmpty();
        }
        // hover: ask ECharts for the tooltip of the first verbal-cooperation mark
        Event first = store.events().query(EventQuery.builder().pair("IRN", "AZE")
                .quadClass(QuadClass.VERBAL_COOPERATION).limit(1).build()).get(0);
        js("var c = echarts.getInstanceByDom(document.getElementById('timeline-chart'));"
                + "c.dispatchAction({type: 'showTip', seriesIndex: 0, dataIndex: 0});");
        String tip = new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> {
            Object t = js("var t = document.querySelector('#timeline-chart .dyad-tip'); return t ? t.innerText : null;");
            return t == null ? null : t.toString();
        });
        assertThat(tip).contains(first.date().isoStart()).contains(first.source().code()).contains(first.code().code())
                .contains(first.summary() != null ? first.summary() : first.provenance().quote())
                .contains(first.origin().id());
        ((ChromeDriver) driver).getScreenshotAs(OutputType.FILE).renameTo(
                Path.of("target", "screenshots", "report-timeline-tooltip.png").toFile());
        // filter the table by quad class: the count is the store's
        new Select(driver.findElement(By.id("f-quad"))).selectByValue("3");
        long conflict = store.events().count(EventQuery.builder().pair("IRN", "AZE")
                .quadClass(QuadClass.VERBAL_CONFLICT).build());
        long all = store.events().count(EventQuery.builder().pair("IRN", "AZE").build());
        assertThat(driver.findElement(By.id("shown")).getText()).isEqualTo(conflict + " of " + all + " events");
        // print: a PDF of several pages
        byte[] pdf = Base64.getDecoder().decode(((PrintsPage) driver).print(new PrintOptions()).getContent());
        Path out = Path.of("target", "screenshots", "report-printed.pdf");
        Files.write(out, pdf);
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(pdf.length).isGreaterThan(50_000);
        File shot = ((ChromeDriver) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), Path.of("target", "screenshots", "report-filtered.png"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
