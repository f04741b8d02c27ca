package jp.salonkarte.e2e;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import jp.salonkarte.e2e.pages.DrawingPage;
import jp.salonkarte.e2e.pages.KartePage;
import jp.salonkarte.e2e.pages.LoginPage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * At the chair, on an iPad-size screen (Chromium with touch): the stylist adds two photos to
 * the latest visit of a demo customer; the thumbnails come back from the server (so storage,
 * processing and the staff-only photo URL work), draws on one with a pen pointer, saves, and
 * after a reload the thumbnail shows the drawing.
 */
@ExtendWith(AppUnderTest.class)
class KartePhotoE2EIT {

    private static Path photo(Path dir, String name, int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(200, 150, 110), width, height, new Color(60, 40, 30)));
        g.fillRect(0, 0, width, height);
        g.dispose();
        Path file = dir.resolve(name);
        ImageIO.write(image, "jpeg", file.toFile());
        return file;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {Browsers.CHROMIUM, Browsers.WEBKIT})
    void photosAddedToAVisitAreShownAndKept(String browser, @TempDir Path dir) throws Exception {
        Path landscape = photo(dir, "before.jpg", 1600, 1200);
        Path portrait = photo(dir, "after.jpg", 900, 1200);
        try (BrowserSession session = Browsers.open(browser)) {
            try {
                LoginPage.open(session.driver(), AppUnderTest.baseUrl()).loginAsDemoOwner();
                // The demo seeds 0-8 visits per customer: take the first customer who has one
                // (a different one per browser, so each run starts from a visit without photos).
                KartePage karte = null;
                long visitId = -1;
                for (long customerId = browser.equals(Browsers.CHROMIUM) ? 3 : 60; visitId < 0 && customerId < 200; customerId++) {
                    karte = KartePage.open(session.driver(), AppUnderTest.baseUrl(), customerId);
                    if (karte.visitCount() > 0) {
                        visitId = karte.newestVisitId();
                    }
                }
                assertThat(visitId).as("a demo customer with a visit").isPositive();

                karte.addPhotos(visitId, landscape, portrait);
                assertThat(karte.awaitLoadedThumbnails(visitId, 2)).containsExactlyInAnyOrder("400x300", "300x400");
                session.screenshot("karte-photos-" + browser);

                // Handwriting with the pencil over the first photo: saved as vectors, shown flattened.
                String before = karte.thumbnailSrc(visitId, 0);
                DrawingPage drawing = karte.drawOn(visitId, 0);
                drawing.drawWithPen(0.2, 0.3, 0.8, 0.7);
                assertThat(drawing.strokeCount()).as("the stroke stays in the browser until saved").isEqualTo(1);
                session.screenshot("karte-drawing-" + browser);
                drawing.save();
                karte.closeViewer();
                final long visit = visitId;
                final KartePage page = karte;
                new org.openqa.selenium.support.ui.WebDriverWait(session.driver(), java.time.Duration.ofSeconds(20))
                        .until(d -> !page.thumbnailSrc(visit, 0).equals(before));

                KartePage reloaded = karte.reload();
                assertThat(reloaded.awaitLoadedThumbnails(visitId, 2)).hasSize(2);
                assertThat(reloaded.thumbnailSrc(visitId, 0)).as("the drawn version after a reload")
                        .isNotEqualTo(before);

                // Full screen, a swipe to the left shows the next photo.
                reloaded.openViewer(visitId, 0);
                String first = reloaded.viewerImageSrc();
                reloaded.swipeToNext();
                assertThat(reloaded.viewerImageSrc()).isNotEqualTo(first);
                reloaded.closeViewer();

                if (browser.equals(Browsers.CHROMIUM)) { // WebKitGTK's driver has no fake camera
                    // Today's visit: a photo taken with the live camera, last visit's photo laid over it.
                    long today = reloaded.recordVisitToday();
                    reloaded.takePhotoMatchingLastVisit(today);
                    session.screenshot("karte-ghost-camera");
                    assertThat(reloaded.awaitLoadedThumbnails(today, 1)).hasSize(1);
                    reloaded.closeCamera();
                }
            } catch (RuntimeException | AssertionError e) {
                session.screenshotQuietly("failure-karte-photos-" + browser);
                throw e;
            }
        }
    }
}
