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

    /** The karte the browser is on now (e.g. after leaving customer mode). */
    public static KartePage current(WebDriver driver, String baseUrl) {
        KartePage page = new KartePage(driver, baseUrl);
        page.byId("karte-new-visit");
        return page;
    }

    /** 「同意書をお願いする」 in the karte's consent section. */
    public ConsentStartPage askForConsent() {
        tapId("karte-consent-new");
        return new ConsentStartPage(driver, baseUrl);
    }

    /** The signed consent forms listed on the karte, as their buttons read (title, version, date). */
    public List<String> consentForms() {
        byId("karte-consents");
        return driver.findElements(By.cssSelector("#karte-consents [id^=consent-form-]")).stream()
                .map(e -> e.getDomProperty("textContent").trim()).toList(); // getText is "" in WebKitGTK here
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
        if (driver instanceof org.openqa.selenium.chromium.ChromiumDriver) {
            fileInput(visitId).sendKeys(String.join("\n", java.util.Arrays.stream(files).map(Path::toString).toList()));
        } else { // WebKitWebDriver attaches only the first of several files: one at a time there
            String selector = "[id^=visit-thumb-" + visitId + "-]";
            for (Path file : files) {
                int before = driver.findElements(By.cssSelector(selector)).size();
                fileInput(visitId).sendKeys(file.toString());
                waitFor(() -> "the photo " + file.getFileName() + " added").until(
                        d -> d.findElements(By.cssSelector(selector)).size() > before);
            }
        }
        return this;
    }

    private WebElement fileInput(long visitId) {
        WebElement upload = byId("visit-upload-" + visitId);
        List<WebElement> inputs = upload.findElements(By.cssSelector("input[type=file]"));
        return inputs.isEmpty() ? upload.getShadowRoot().findElement(By.cssSelector("input[type=file]"))
                : inputs.getFirst();
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
        // The full-screen viewer is a modal overlay: a tap on the karte while it is still closing lands on
        // the overlay and is lost (seen as "来店を記録" not opening the editor).
        waitFor(() -> "the photo viewer closed").until(d -> Boolean.TRUE.equals(js().executeScript(
                "const b = document.getElementById('photo-viewer-close');"
                        + " return !b || b.getClientRects().length === 0;")));
        waitForVaadin();
        return this;
    }

    public KartePage reload() {
        driver.navigate().refresh();
        KartePage page = new KartePage(driver, baseUrl);
        page.byId("karte-new-visit");
        return page;
    }

    /** The photo the full-screen viewer shows. */
    public String viewerImageSrc() {
        return byId("photo-viewer-image").getAttribute("src");
    }

    /** Opens a thumbnail full screen. */
    public KartePage openViewer(long visitId, int index) {
        tapId("visit-thumb-" + visitId + "-" + index);
        byId("photo-viewer-image");
        return this;
    }

    /** Swipes the full-screen photo to the left (the next photo) and waits until it changed. */
    public KartePage swipeToNext() {
        String before = viewerImageSrc();
        jp.salonkarte.e2e.Touch.swipe(driver, byId("photo-viewer-image"), -300);
        waitFor(() -> "the next photo after a swipe").until(d -> !viewerImageSrc().equals(before));
        return this;
    }

    /** Records today's visit with the editor's defaults (today, the logged-in stylist); returns its id. */
    public long recordVisitToday() {
        long before = newestVisitId();
        tapId("karte-new-visit");
        tapId("visit-save");
        return waitFor(() -> "the new visit on top of the timeline").until(d -> {
            long newest = newestVisitId();
            return newest != before ? newest : null;
        });
    }

    /**
     * Opens the live camera with the last visit's photo laid over it, waits until the camera shows
     * frames and the faded photo has loaded, and takes a photo.
     */
    public KartePage takePhotoMatchingLastVisit(long visitId) {
        tapId("visit-ghost-camera-" + visitId);
        WebElement camera = byId("ghost-camera");
        waitFor(() -> "the camera showing frames").until(d -> camera.getDomAttribute("ready") != null);
        waitFor(() -> "the last visit's photo over the camera").until(d -> Boolean.TRUE.equals(js().executeScript(
                "const g = arguments[0].shadowRoot.querySelector('#ghost'); return !!g && g.complete && g.naturalWidth > 0;",
                camera)));
        jp.salonkarte.e2e.Touch.tap(driver, camera.getShadowRoot().findElement(By.cssSelector("#shutter")));
        return this;
    }

    public KartePage closeCamera() {
        tapId("ghost-camera-close");
        return this;
    }
}
