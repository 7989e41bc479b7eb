package org.dyad.web;

import java.io.File;
import java.nio.file.Path;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/** Finding and starting headless Chromium for the browser tests; skipping them where it is not installed. */
final class Browsers {
    private Browsers() {
    }

    static String find(String... names) {
        for (String n : names) {
            for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
                File f = new File(dir, n);
                if (f.canExecute()) {
                    return f.getAbsolutePath();
                }
            }
        }
        return null;
    }

    static WebDriver headless(String chromium, String chromedriver, Path userData) {
        ChromeOptions o = new ChromeOptions();
        o.setBinary(chromium);
        o.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1800", "--hide-scrollbars",
                "--user-data-dir=" + userData.toAbsolutePath());
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        o.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(chromedriver)).usingAnyFreePort().build();
        return new ChromeDriver(service, o);
    }

    /** Headless Chromium with a fresh profile, or the test is skipped (with the reason) where there is none. */
    static WebDriver startOrSkip(Path userData) {
        String chromium = find("chromium", "chromium-browser", "google-chrome");
        String chromedriver = find("chromedriver");
        Assumptions.assumeTrue(chromium != null && chromedriver != null,
                "headless Chromium and chromedriver are not installed (apt-get install chromium chromium-driver);"
                        + " the browser tests are skipped");
        return headless(chromium, chromedriver, userData);
    }
}
