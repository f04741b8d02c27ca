package jp.salonkarte.e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;

/**
 * A private X display plus a WebKitWebDriver server on free numbers, started and stopped by PID
 * so parallel runs and developer desktops are never touched.
 */
final class WebKitServer implements AutoCloseable {

    /** Debian's paths; overridable with -Dsalonkarte.e2e.xvfb / .webkitdriver / .minibrowser. */
    static final Path XVFB = Path.of(System.getProperty("salonkarte.e2e.xvfb", "/usr/bin/Xvfb"));
    static final Path DRIVER = Path.of(System.getProperty("salonkarte.e2e.webkitdriver", "/usr/bin/WebKitWebDriver"));
    static final Path MINI_BROWSER = Path.of(System.getProperty("salonkarte.e2e.minibrowser",
            "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser"));

    private static final Logger LOG = Logger.getLogger(WebKitServer.class.getName());
    private static final Duration STARTUP = Duration.ofSeconds(30);

    private Process xvfb;
    private Process driver;
    private String display;
    private int port;

    static WebKitServer start() {
        WebKitServer server = new WebKitServer();
        try {
            server.startXvfb();
            server.startDriver();
            return server;
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /** The address RemoteWebDriver connects to. */
    String url() {
        return "http://127.0.0.1:" + port;
    }

    private void startXvfb() {
        // -displayfd makes Xvfb choose an unused display itself and print its number: no race
        // with lock files of other X servers, unlike probing :99, :100 ...
        try {
            xvfb = new ProcessBuilder(XVFB.toString(), "-displayfd", "1",
                    "-screen", "0", "1920x1600x24", "-nolisten", "tcp")
                    .redirectError(Processes.targetDir().resolve("e2e-xvfb.log").toFile())
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + XVFB, e);
        }
        BufferedReader out = new BufferedReader(new InputStreamReader(xvfb.getInputStream(), StandardCharsets.US_ASCII));
        CompletableFuture<String> number = CompletableFuture.supplyAsync(() -> {
            try {
                return out.readLine();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        try {
            String line = number.get(STARTUP.toSeconds(), TimeUnit.SECONDS);
            if (line == null || !line.trim().matches("\\d+")) {
                throw new IllegalStateException("Xvfb did not report a display number (got " + line
                        + "); see target/e2e-xvfb.log");
            }
            display = ":" + line.trim();
            LOG.info(() -> "Xvfb pid " + xvfb.pid() + " on display " + display);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while starting Xvfb", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Xvfb did not start within " + STARTUP + "; see target/e2e-xvfb.log", e);
        }
    }

    private void startDriver() {
        port = Processes.freePort();
        ProcessBuilder builder = new ProcessBuilder(List.of(DRIVER.toString(), "--port=" + port, "--host=local"))
                .redirectErrorStream(true)
                .redirectOutput(Processes.targetDir().resolve("e2e-webkitdriver.log").toFile());
        builder.environment().put("DISPLAY", display);
        // Without this GTK looks for an accessibility bus that does not exist and stalls.
        builder.environment().put("NO_AT_BRIDGE", "1");
        // Without CPU rendering WebKit's screenshots come back blank under Xvfb.
        builder.environment().put("WEBKIT_SKIA_ENABLE_CPU_RENDERING", "1");
        try {
            driver = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + DRIVER, e);
        }
        Processes.awaitListening(driver, "WebKitWebDriver", port, STARTUP);
        LOG.info(() -> "WebKitWebDriver pid " + driver.pid() + " on port " + port);
    }

    @Override
    public void close() {
        // The driver first: it owns MiniBrowser and its web processes, which need the display.
        Processes.killTree(driver, "WebKitWebDriver", Duration.ofSeconds(5));
        Processes.killTree(xvfb, "Xvfb", Duration.ofSeconds(5));
        driver = null;
        xvfb = null;
    }
}
