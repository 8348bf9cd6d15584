package org.cxloop.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by Selenium; nothing downloads a browser. Browser tests skip only on a
 * machine without /usr/bin/chromium, and never when CX_REQUIRE_BROWSER is set (as .ci/run does, after installing it).
 */
public final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final WebDriver driver;
    private final Path userDataDir;

    private Browser(WebDriver driver, Path userDataDir) {
        this.driver = driver;
        this.userDataDir = userDataDir;
    }

    public static Browser open(int width, int height) throws IOException {
        var required = "true".equalsIgnoreCase(System.getenv("CX_REQUIRE_BROWSER"));
        if (!required) {
            Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                    "Debian's chromium and chromium-driver are not installed");
        }
        var userDataDir = Files.createTempDirectory("cx-chromium");
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
                "--disable-quic", "--lang=en-US", "--user-data-dir=" + userDataDir,
                "--window-size=" + width + "," + height);
        var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        var driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, height));
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        return new Browser(driver, userDataDir);
    }

    public WebDriver driver() {
        return driver;
    }

    /** Waits (up to 10 s) until the browser has navigated to a URL ending in {@code pathEnd}. */
    public void waitForPath(String pathEnd) {
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> java.net.URI.create(d.getCurrentUrl()).getPath().endsWith(pathEnd));
    }

    /** Saves a PNG of the page into target/screenshots for people to review. */
    public Path screenshot(String name) throws IOException {
        var directory = Path.of(System.getProperty("cx.screenshots.dir", "target/screenshots"));
        Files.createDirectories(directory);
        var file = directory.resolve(name + ".png");
        Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        return file;
    }

    /**
     * Saves a PNG of the whole page, not just the window: the window grows to the page's height for the shot (at the
     * same width, so the layout does not change) and then goes back.
     */
    public Path fullPageScreenshot(String name) throws IOException {
        var window = driver.manage().window();
        var size = window.getSize();
        var height = ((Number) ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return Math.ceil(document.documentElement.scrollHeight);")).intValue();
        window.setSize(new Dimension(size.getWidth(), Math.max(size.getHeight(), Math.min(height + 150, 12_000))));
        try {
            return screenshot(name);
        } finally {
            window.setSize(size);
        }
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var files = Files.walk(userDataDir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
