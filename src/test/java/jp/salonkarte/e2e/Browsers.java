package jp.salonkarte.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.MalformedURLException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.MutableCapabilities;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.remote.RemoteWebDriver;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Opens the browsers our salons use, as close to an iPad as this Linux machine allows:
 * Chromium with iPad viewport and touch emulation, and WebKit (Safari's engine) via WebKitGTK.
 * Driver and browser paths are always explicit so Selenium Manager never downloads anything.
 */
public final class Browsers {

    public static final String CHROMIUM = "chromium";
    public static final String WEBKIT = "webkit";
    public static final int IPAD_WIDTH = 820;
    public static final int IPAD_HEIGHT = 1180;

    /** Debian's paths; other distributions can pass -Dsalonkarte.e2e.chromium / .chromedriver. */
    static final Path CHROMIUM_BINARY = Path.of(System.getProperty("salonkarte.e2e.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("salonkarte.e2e.chromedriver", "/usr/bin/chromedriver"));

    /** WebKitGTK's window frame eats about 40 px, so the window is taller than the viewport we want. */
    private static final int WEBKIT_FRAME_HEIGHT = 40;
    private static final Logger LOG = Logger.getLogger(Browsers.class.getName());

    static {
        // Belt and braces: even code paths that ignore the Service's executable find the driver here.
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
    }

    private Browsers() {
    }

    /**
     * Starts {@code chromium} or {@code webkit}. Skips the calling test when the browser is not
     * installed, except on CI ({@code CI=true}) where a missing browser is a broken pipeline.
     */
    public static BrowserSession open(String browser) {
        return switch (browser) {
            case CHROMIUM -> openChromium();
            case WEBKIT -> openWebKit();
            default -> throw new IllegalArgumentException("Unknown browser '" + browser + "', use "
                    + CHROMIUM + " or " + WEBKIT);
        };
    }

    private static BrowserSession openChromium() {
        requireInstalled(CHROMIUM, "apt-get install chromium chromium-driver", CHROMIUM_BINARY, CHROMEDRIVER);
        Path profile = tempDir("salonkarte-e2e-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM_BINARY.toFile());
        // Background-networking flags: without them Chromium keeps retrying the closed network.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-dev-shm-usage",
                // A fake camera (a moving test pattern), allowed without asking: the karte's live camera.
                "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream",
                "--window-size=" + IPAD_WIDTH + "," + IPAD_HEIGHT,
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withLogFile(Processes.targetDir().resolve("e2e-chromedriver.log").toFile())
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        try {
            emulateIpad(driver);
        } catch (RuntimeException e) {
            driver.quit();
            Processes.deleteRecursively(profile);
            throw e;
        }
        LOG.info("Chromium started with iPad touch emulation");
        return new BrowserSession(CHROMIUM, driver, List.of(() -> Processes.deleteRecursively(profile)));
    }

    /**
     * The window size alone gives an 820 px desktop page without touch; device metrics plus touch
     * emulation give a coarse pointer, maxTouchPoints 5 and taps that fire touch events.
     */
    private static void emulateIpad(ChromeDriver driver) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", IPAD_WIDTH,
                "height", IPAD_HEIGHT,
                "deviceScaleFactor", 2,
                "mobile", true));
        driver.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of(
                "enabled", true,
                "maxTouchPoints", 5));
    }

    private static BrowserSession openWebKit() {
        requireInstalled(WEBKIT, "apt-get install webkit2gtk-driver xvfb",
                WebKitServer.XVFB, WebKitServer.DRIVER, WebKitServer.MINI_BROWSER);
        List<AutoCloseable> resources = new ArrayList<>();
        WebKitServer server = WebKitServer.start();
        resources.add(server);
        try {
            MutableCapabilities capabilities = new MutableCapabilities();
            capabilities.setCapability("browserName", "MiniBrowser");
            capabilities.setCapability("webkitgtk:browserOptions", Map.of(
                    "binary", WebKitServer.MINI_BROWSER.toString(),
                    "args", List.of("--automation")));
            WebDriver driver = new RemoteWebDriver(URI.create(server.url()).toURL(), capabilities);
            driver.manage().window().setSize(new Dimension(IPAD_WIDTH, IPAD_HEIGHT + WEBKIT_FRAME_HEIGHT));
            LOG.info("WebKit (MiniBrowser) started");
            return new BrowserSession(WEBKIT, driver, resources);
        } catch (MalformedURLException e) {
            server.close();
            throw new IllegalStateException(e);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    private static void requireInstalled(String browser, String installHint, Path... binaries) {
        List<Path> missing = new ArrayList<>();
        for (Path binary : binaries) {
            if (!Processes.isExecutable(binary)) {
                missing.add(binary);
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        String message = browser + " end-to-end test needs " + missing + " which is not installed (" + installHint + ")";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(message + "; CI installs these, so this is a broken CI image, not a skip");
        }
        Assumptions.abort(message + "; skipping");
    }

    private static Path tempDir(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create temp dir " + prefix, e);
        }
    }
}
