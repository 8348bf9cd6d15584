package org.cxloop.testsupport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openqa.selenium.MutableCapabilities;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.remote.RemoteWebDriver;

/**
 * WebKit, the engine inside Safari, from Debian's packages: WebKitGTK's MiniBrowser under a private Xvfb display,
 * driven through WebKitWebDriver. Safari itself only runs on Apple's systems; this is the same engine (JavaScriptCore,
 * WebCore), which is what a "works in Safari" claim about a script rests on.
 */
final class WebKit implements AutoCloseable {

    static final Path DRIVER = Path.of("/usr/bin/WebKitWebDriver");
    static final Path XVFB = Path.of("/usr/bin/Xvfb");
    static final List<Path> MINIBROWSERS = List.of(
            Path.of("/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser"),
            Path.of("/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser"));

    private final Process display;
    private final Process driverProcess;
    private final RemoteWebDriver driver;

    private WebKit(Process display, Process driverProcess, RemoteWebDriver driver) {
        this.display = display;
        this.driverProcess = driverProcess;
        this.driver = driver;
    }

    static boolean installed() {
        return Files.isExecutable(DRIVER) && Files.isExecutable(XVFB) && miniBrowser() != null;
    }

    static WebKit start() throws IOException {
        var display = new ProcessBuilder(XVFB.toString(), "-displayfd", "1", "-screen", "0", "1920x1080x24", "-nolisten", "tcp")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Process driverProcess = null;
        try {
            var number = new BufferedReader(new InputStreamReader(display.getInputStream(), StandardCharsets.US_ASCII)).readLine();
            if (number == null || number.isBlank()) {
                throw new IOException("Xvfb did not report a display number");
            }
            var port = freePort();
            var builder = new ProcessBuilder(DRIVER.toString(), "--port=" + port)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
            builder.environment().put("DISPLAY", ":" + number.trim());
            driverProcess = builder.start();
            waitForPort(port);
            var capabilities = new MutableCapabilities();
            capabilities.setCapability("webkitgtk:browserOptions",
                    Map.of("binary", miniBrowser().toString(), "args", List.of("--automation")));
            var driver = new RemoteWebDriver(URI.create("http://127.0.0.1:" + port).toURL(), capabilities);
            return new WebKit(display, driverProcess, driver);
        } catch (IOException | RuntimeException e) {
            if (driverProcess != null) {
                driverProcess.destroyForcibly();
            }
            display.destroyForcibly();
            throw e;
        }
    }

    WebDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            stop(driverProcess);
            stop(display);
        }
    }

    private static void stop(Process process) {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static Path miniBrowser() {
        return MINIBROWSERS.stream().filter(Files::isExecutable).findFirst().orElse(null);
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void waitForPort(int port) throws IOException {
        var deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            try (var ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while waiting for WebKitWebDriver", e);
                }
            }
        }
        throw new IOException("WebKitWebDriver did not listen on port " + port + " within 20 s");
    }
}
