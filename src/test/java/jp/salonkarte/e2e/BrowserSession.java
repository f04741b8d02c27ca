package jp.salonkarte.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * One browser for one test: the WebDriver plus the helper processes (Xvfb, driver servers) that
 * must die with it. Create with {@link Browsers#open(String)}, use in try-with-resources.
 */
public final class BrowserSession implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(BrowserSession.class.getName());

    private final String browser;
    private final WebDriver driver;
    private final List<AutoCloseable> resources;

    BrowserSession(String browser, WebDriver driver, List<AutoCloseable> resources) {
        this.browser = browser;
        this.driver = driver;
        this.resources = new ArrayList<>(resources);
    }

    /** {@code chromium} or {@code webkit}. */
    public String browser() {
        return browser;
    }

    public WebDriver driver() {
        return driver;
    }

    /** Real touch tap in Chromium (touch emulation on), a plain click elsewhere; see {@link Touch}. */
    public void tap(WebElement element) {
        Touch.tap(driver, element);
    }

    /** Saves the current viewport as {@code target/e2e-screenshots/NAME-browser.png}. */
    public Path screenshot(String name) {
        Path file = Processes.targetDir().resolve("e2e-screenshots").resolve(name + "-" + browser + ".png");
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            LOG.info(() -> "Screenshot " + file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write screenshot " + file, e);
        }
    }

    /** For failure diagnostics: never lets a broken browser hide the original test failure. */
    public void screenshotQuietly(String name) {
        try {
            screenshot(name);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not take screenshot " + name + " in " + browser, e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Quitting " + browser + " failed; its processes are killed anyway", e);
        }
        // Reverse order: the driver server goes before the display it renders on.
        for (int i = resources.size() - 1; i >= 0; i--) {
            try {
                resources.get(i).close();
            } catch (Exception e) {
                LOG.log(Level.WARNING, "Cleanup of " + browser + " resource failed", e);
            }
        }
    }
}
