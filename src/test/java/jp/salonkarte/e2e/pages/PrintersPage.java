package jp.salonkarte.e2e.pages;

import java.util.List;

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

    /** Edits the (first) printer in the grid, e.g. to switch its Japanese mode. */
    public PrintersPage editFirstPrinter(String name, String host, int port, int widthMm, String modeLabel) {
        List<WebElement> edits = visible("[id^='printer-edit-']");
        if (edits.isEmpty()) {
            throw new IllegalStateException("No printer in the grid to edit");
        }
        tap(edits.get(0));
        fill(name, host, port, widthMm, modeLabel);
        return this;
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
        waitFor(() -> "the grid to list " + address + " " + expected + " (grid: " + byId("printer-grid").getText() + ")")
                .until(d -> {
                    String text = byId("printer-grid").getText();
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
