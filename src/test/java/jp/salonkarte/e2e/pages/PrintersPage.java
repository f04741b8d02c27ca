package jp.salonkarte.e2e.pages;

import java.time.Duration;
import java.util.List;
import java.util.logging.Logger;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Printer settings ({@code /settings/printers}): {@code printer-add}, the grid {@code printer-grid}
 * with {@code printer-edit-ID} per row, and the editor dialog ({@code printer-name},
 * {@code printer-host}, {@code printer-port}, radio groups {@code printer-width} and
 * {@code printer-mode}, checkboxes {@code printer-receipt} and {@code printer-active},
 * {@code printer-save}).
 */
public final class PrintersPage extends VaadinPage {

    private static final Logger LOG = Logger.getLogger(PrintersPage.class.getName());

    /** The labels of the Japanese modes in the editor (translations_ja). */
    public static final String MODE_KANJI = "漢字モード";
    public static final String MODE_RASTER = "画像モード";

    private PrintersPage(WebDriver driver) {
        super(driver);
    }

    public static PrintersPage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "/settings/printers");
        PrintersPage page = new PrintersPage(driver);
        page.byId("printer-add");
        return page;
    }

    /** Adds the store's receipt printer at the address, and waits for the grid to list it. */
    public PrintersPage addReceiptPrinter(String name, String host, int port, int widthMm, String modeLabel) {
        tapId("printer-add");
        fill(name, host, port, widthMm, modeLabel);
        return this;
    }

    /** Points the store's receipt printer at the address: edits the first printer listed, or adds one when there is none. */
    public PrintersPage setUpReceiptPrinter(String name, String host, int port, int widthMm, String modeLabel) {
        byId("printer-grid");
        waitForVaadin();
        return visible("[id^='printer-edit-']").isEmpty() ? addReceiptPrinter(name, host, port, widthMm, modeLabel)
                : editFirstPrinter(name, host, port, widthMm, modeLabel);
    }

    /** Edits the (first) printer in the grid, e.g. to switch its Japanese mode. */
    public PrintersPage editFirstPrinter(String name, String host, int port, int widthMm, String modeLabel) {
        List<WebElement> edits = visible("[id^='printer-edit-']");
        if (edits.isEmpty()) {
            throw new IllegalStateException("No printer in the grid to edit");
        }
        WebElement edit = edits.get(0);
        tap(edit);
        if (!editorOpens(Duration.ofSeconds(3))) {
            // WebKitGTK's driver clicks a button inside a vaadin-grid cell without the button
            // seeing it (the grid scrolls sideways at iPad width); the button's own click still works.
            LOG.warning("The printer editor did not open on a tap on the grid's edit button; clicking it via JS");
            js().executeScript("arguments[0].click();", edit);
            waitForVaadin();
        }
        fill(name, host, port, widthMm, modeLabel);
        return this;
    }

    /**
     * The text of the grid's cells (light-DOM {@code vaadin-grid-cell-content}); WebKitGTK's
     * {@code getText()} leaves out cells scrolled sideways out of view.
     */
    private String gridText() {
        Object text = js().executeScript("return arguments[0].textContent;", byId("printer-grid"));
        return text == null ? "" : text.toString();
    }

    private boolean editorOpens(Duration timeout) {
        try {
            new org.openqa.selenium.support.ui.WebDriverWait(driver, timeout)
                    .until(d -> !d.findElements(By.id("printer-name")).isEmpty());
            return true;
        } catch (org.openqa.selenium.TimeoutException e) {
            return false;
        }
    }

    private void fill(String name, String host, int port, int widthMm, String modeLabel) {
        byId("printer-name");
        typeIntoField("printer-name", name);
        typeIntoField("printer-host", host);
        typeIntoField("printer-port", Integer.toString(port));
        chooseRadio("printer-width", widthMm + " mm");
        chooseRadio("printer-mode", modeLabel);
        check("printer-receipt");
        check("printer-active");
        tapId("printer-save");
        waitFor(() -> "the printer editor to close").until(d -> d.findElements(By.id("printer-save")).isEmpty());
        String address = host + ":" + port;
        String expected = widthMm + " mm / " + modeLabel;
        waitFor(() -> "the grid to list " + address + " " + expected + " (grid: " + gridText() + ")")
                .until(d -> {
                    String text = gridText();
                    return text.contains(address) && text.contains(expected);
                });
    }

    private void check(String checkboxId) {
        WebElement box = byId(checkboxId);
        if (!Boolean.TRUE.equals(js().executeScript("return arguments[0].checked === true;", box))) {
            tap(box.findElement(By.cssSelector("label")));
            waitFor(() -> "#" + checkboxId + " checked")
                    .until(d -> Boolean.TRUE.equals(js().executeScript("return arguments[0].checked === true;", box)));
        }
    }
}
