package jp.salonkarte.e2e.pages;

import java.nio.file.Path;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * {@code /customers/karte/:id}: the customer's karte with its visit timeline
 * ({@code karte-timeline}); each visit card has thumbnails ({@code visit-thumb-VISIT-N}) and the
 * photo upload ({@code visit-upload-VISIT}).
 */
public final class KartePage extends VaadinPage {

    private final String baseUrl;

    private KartePage(WebDriver driver, String baseUrl) {
        super(driver);
        this.baseUrl = baseUrl;
    }

    public static KartePage open(WebDriver driver, String baseUrl, long customerId) {
        driver.get(baseUrl + "/customers/karte/" + customerId);
        KartePage page = new KartePage(driver, baseUrl);
        page.byId("karte-new-visit");
        return page;
    }

    /** The visit count in the header ("来店 8回・…"). */
    public int visitCount() {
        String stats = byId("karte-stats").getText();
        return Integer.parseInt(stats.replaceAll("^\\D*(\\d+).*$", "$1"));
    }

    /** The id of the newest visit on the timeline (the first card). */
    public long newestVisitId() {
        WebElement card = waitFor(() -> "a visit card on the timeline").until(d -> {
            List<WebElement> cards = d.findElements(By.cssSelector("[id^=visit-card-]"));
            return cards.isEmpty() ? null : cards.getFirst();
        });
        return Long.parseLong(card.getAttribute("id").substring("visit-card-".length()));
    }

    /** Chooses files in the visit's photo upload, as picking them from the photo library does. */
    public KartePage addPhotos(long visitId, Path... files) {
        WebElement upload = byId("visit-upload-" + visitId);
        List<WebElement> inputs = upload.findElements(By.cssSelector("input[type=file]"));
        WebElement input = inputs.isEmpty() ? upload.getShadowRoot().findElement(By.cssSelector("input[type=file]"))
                : inputs.getFirst();
        input.sendKeys(String.join("\n", java.util.Arrays.stream(files).map(Path::toString).toList()));
        return this;
    }

    /** Waits until the visit shows this many thumbnails, each of them loaded from the server; returns their sizes. */
    public List<String> awaitLoadedThumbnails(long visitId, int count) {
        String selector = "[id^=visit-thumb-" + visitId + "-]";
        return waitFor(() -> count + " loaded thumbnails on visit " + visitId).until(d -> {
            @SuppressWarnings("unchecked")
            List<String> sizes = (List<String>) js().executeScript("""
                    return Array.from(document.querySelectorAll(arguments[0]))
                        .filter(i => i.complete && i.naturalWidth > 0)
                        .map(i => i.naturalWidth + 'x' + i.naturalHeight);""", selector);
            return sizes.size() == count ? sizes : null;
        });
    }

    /** The thumbnail's image URL (it changes when handwriting is saved: the drawn version is shown). */
    public String thumbnailSrc(long visitId, int index) {
        return byId("visit-thumb-" + visitId + "-" + index).getAttribute("src");
    }

    /** Opens a thumbnail full screen and from there the handwriting canvas. */
    public DrawingPage drawOn(long visitId, int index) {
        tapId("visit-thumb-" + visitId + "-" + index);
        tapId("photo-viewer-draw");
        return new DrawingPage(driver);
    }

    /** Closes the full-screen viewer. */
    public KartePage closeViewer() {
        tapId("photo-viewer-close");
        return this;
    }

    public KartePage reload() {
        driver.navigate().refresh();
        KartePage page = new KartePage(driver, baseUrl);
        page.byId("karte-new-visit");
        return page;
    }
}
