package jp.salonkarte.e2e.pages;

import java.time.Duration;
import java.util.List;

import jp.salonkarte.e2e.Touch;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Interactive;
import org.openqa.selenium.interactions.PointerInput;
import org.openqa.selenium.interactions.Sequence;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * {@code /consent/kiosk/:token}: customer mode. Check items {@code consent-check-item-N}, answers
 * {@code consent-answer-N}, the signature pad {@code consent-signature} (the {@code karte-drawing}
 * component in signature mode, its canvas in the shadow root), {@code consent-sign}, the
 * thank-you screen {@code consent-thanks} and the way out {@code kiosk-exit}.
 */
public final class KioskPage extends VaadinPage {

    private final String baseUrl;

    KioskPage(WebDriver driver, String baseUrl) {
        super(driver);
        this.baseUrl = baseUrl;
        waitFor(() -> "the kiosk page (now at " + driver.getCurrentUrl() + ")")
                .until(d -> d.getCurrentUrl().contains("/consent/kiosk/"));
        byId("kiosk");
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    public int checkItemCount() {
        waitForVaadin();
        return driver.findElements(By.cssSelector("[id^=consent-check-item-]")).size();
    }

    public KioskPage tick(int index) {
        tap(byId("consent-check-item-" + index));
        return this;
    }

    public KioskPage answer(int index, String text) {
        typeIntoField("consent-answer-" + index, text);
        return this;
    }

    public boolean signEnabled() {
        waitForVaadin();
        return byId("consent-sign").getAttribute("disabled") == null;
    }

    /** Signs across the pad with a finger (a mouse in WebKitGTK, whose driver has no touch). */
    public KioskPage signWithFinger() {
        WebElement pad = byId("consent-signature");
        Touch.scrollIntoView(driver, pad);
        WebElement canvas = waitFor(() -> "the signature canvas laid out").until(d -> {
            WebElement c = pad.getShadowRoot().findElement(By.cssSelector("canvas"));
            return c.getSize().getWidth() > 100 && c.getSize().getHeight() > 50 ? c : null;
        });
        int w = canvas.getSize().getWidth();
        int h = canvas.getSize().getHeight();
        PointerInput finger = new PointerInput(driver instanceof org.openqa.selenium.chromium.ChromiumDriver
                ? PointerInput.Kind.TOUCH : PointerInput.Kind.MOUSE, "finger");
        Sequence stroke = new Sequence(finger, 0);
        stroke.addAction(finger.createPointerMove(Duration.ZERO, PointerInput.Origin.fromElement(canvas),
                -w / 3, h / 8));
        stroke.addAction(finger.createPointerDown(PointerInput.MouseButton.LEFT.asArg()));
        for (int i = 1; i <= 16; i++) {
            int x = -w / 3 + (2 * w / 3) * i / 16;
            int y = (int) (Math.sin(i / 2.0) * h / 5);
            stroke.addAction(finger.createPointerMove(Duration.ofMillis(15), PointerInput.Origin.fromElement(canvas),
                    x, y));
        }
        stroke.addAction(finger.createPointerUp(PointerInput.MouseButton.LEFT.asArg()));
        ((Interactive) driver).perform(List.of(stroke));
        waitFor(() -> "「署名して送信」 enabled after signing").until(d -> signEnabled());
        return this;
    }

    /**
     * 「署名して送信」. On a loaded machine a touch sequence can be dropped before it reaches the page
     * (CI once saw no click at all, the button still enabled): a customer would tap again, and so
     * does this, once. The button disables itself on click and the view ignores a second submit,
     * so a repeated tap can never sign twice.
     */
    public KioskPage send() {
        tapId("consent-sign");
        try {
            new WebDriverWait(driver, Duration.ofSeconds(5))
                    .until(d -> !d.findElements(By.cssSelector("#consent-thanks:not([hidden])")).isEmpty());
        } catch (TimeoutException e) {
            if (driver.findElements(By.id("consent-thanks")).stream().noneMatch(WebElement::isDisplayed)
                    && signEnabled()) {
                tapId("consent-sign");
            }
        }
        waitFor(() -> "the thank-you screen; on the page: " + visibleTexts("vaadin-notification-card, #consent-missing"))
                .until(d -> d.findElements(By.id("consent-thanks")).stream().anyMatch(WebElement::isDisplayed));
        return this;
    }

    public boolean showsThanks() {
        return byId("consent-thanks").isDisplayed();
    }

    /** Types another address into the browser, as a customer could. */
    public KioskPage typeAddress(String path) {
        driver.get(baseUrl + path);
        return new KioskPage(driver, baseUrl);
    }

    public KioskPage back() {
        driver.navigate().back();
        waitForVaadin();
        return new KioskPage(driver, baseUrl);
    }

    public KioskPage reload() {
        driver.navigate().refresh();
        return new KioskPage(driver, baseUrl);
    }

    /** Whether anything of the staff screens is on the page: the navigation, a karte, a customer list. */
    public boolean showsStaffData() {
        waitForVaadin();
        return !driver.findElements(By.cssSelector("#nav, #nav-toggle, #karte-name, #customer-grid, #view-title"))
                .isEmpty();
    }

    /** 「スタッフ用」, then the PIN on the keypad; returns the karte the staff member lands on. */
    public KartePage unlockWithPin(String pin) {
        tapId("kiosk-exit");
        byId("pin-input");
        for (char digit : pin.toCharArray()) {
            tapId("pin-key-" + digit);
        }
        tapId("pin-key-ok");
        waitFor(() -> "the karte after unlocking (now at " + driver.getCurrentUrl() + ")")
                .until(d -> d.getCurrentUrl().contains("/customers/karte/"));
        return KartePage.current(driver, baseUrl);
    }
}
