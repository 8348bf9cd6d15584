package org.cxloop.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by Selenium, or WebKit (Safari's engine) through {@link WebKit}; nothing downloads
 * a browser. Browser tests skip only on a machine without the browser, and never when CX_REQUIRE_BROWSER is set (as
 * .ci/run does, after installing them).
 */
public final class Browser implements AutoCloseable {

    /** The engines the tests can drive. Firefox is missing: Debian packages no geckodriver. */
    public enum Engine { CHROMIUM, WEBKIT }

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final WebDriver driver;
    private final Path userDataDir;
    private final WebKit webKit;

    private Browser(WebDriver driver, Path userDataDir, WebKit webKit) {
        this.driver = driver;
        this.userDataDir = userDataDir;
        this.webKit = webKit;
    }

    public static Browser open(Engine engine, int width, int height) throws IOException {
        return engine == Engine.WEBKIT ? openWebKit(width, height) : open(width, height);
    }

    /** WebKitGTK's MiniBrowser under Xvfb (packages webkit2gtk-driver and xvfb). */
    public static Browser openWebKit(int width, int height) throws IOException {
        if (!required()) {
            Assumptions.assumeTrue(WebKit.installed(), "Debian's webkit2gtk-driver and xvfb are not installed");
        }
        var webKit = WebKit.start();
        var driver = webKit.driver();
        driver.manage().window().setSize(new Dimension(width, height));
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        return new Browser(driver, null, webKit);
    }

    public static Browser open(int width, int height) throws IOException {
        if (!required()) {
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
        return new Browser(driver, userDataDir, null);
    }

    private static boolean required() {
        return "true".equalsIgnoreCase(System.getenv("CX_REQUIRE_BROWSER"));
    }

    public WebDriver driver() {
        return driver;
    }

    /** Signs in through the form at {@code loginUrl} and waits for the overview. */
    public void signIn(String loginUrl, String email, String password) {
        driver.get(loginUrl);
        driver.findElement(By.id("username")).sendKeys(email);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        waitForPath("/");
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
        // WebKit may hand back the previous paint: wait until two animation frames have been drawn.
        ((JavascriptExecutor) driver).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "requestAnimationFrame(function () { requestAnimationFrame(function () { done(true); }); });");
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
        if (webKit != null) {
            webKit.close();
            return;
        }
        driver.quit();
        try (var files = Files.walk(userDataDir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
