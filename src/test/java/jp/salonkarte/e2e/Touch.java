package jp.salonkarte.e2e;

import java.time.Duration;
import java.util.List;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.interactions.Interactive;
import org.openqa.selenium.interactions.Pause;
import org.openqa.selenium.interactions.PointerInput;
import org.openqa.selenium.interactions.Sequence;

/**
 * Taps like a finger on an iPad. Staff use touch only, so in Chromium (where touch emulation is
 * on) we send W3C pointer actions of kind touch, which fire touchstart/touchend and the
 * compatibility click. This WebKitGTK has no touch support, so there a tap is a normal click.
 */
public final class Touch {

    private static final Duration PRESS = Duration.ofMillis(60);

    private Touch() {
    }

    public static void tap(WebDriver driver, WebElement element) {
        scrollIntoView(driver, element);
        if (driver instanceof ChromiumDriver && driver instanceof Interactive interactive) {
            PointerInput finger = new PointerInput(PointerInput.Kind.TOUCH, "finger");
            Sequence tap = new Sequence(finger, 0)
                    .addAction(finger.createPointerMove(Duration.ZERO, PointerInput.Origin.fromElement(element), 0, 0))
                    .addAction(finger.createPointerDown(PointerInput.MouseButton.LEFT.asArg()))
                    .addAction(new Pause(finger, PRESS))
                    .addAction(finger.createPointerUp(PointerInput.MouseButton.LEFT.asArg()));
            interactive.perform(List.of(tap));
        } else {
            element.click();
        }
    }

    /** Centered, because sticky headers or the iPad's bottom bar would cover edge-aligned elements. */
    public static void scrollIntoView(WebDriver driver, WebElement element) {
        ((JavascriptExecutor) driver).executeScript(
                "arguments[0].scrollIntoView({block: 'center', inline: 'center'});", element);
    }

    /** A horizontal swipe across the element's middle by dx pixels (negative: to the left). */
    public static void swipe(WebDriver driver, WebElement element, int dx) {
        scrollIntoView(driver, element);
        PointerInput.Kind kind = driver instanceof ChromiumDriver ? PointerInput.Kind.TOUCH : PointerInput.Kind.MOUSE;
        PointerInput finger = new PointerInput(kind, "swipe");
        Sequence swipe = new Sequence(finger, 0)
                .addAction(finger.createPointerMove(Duration.ZERO, PointerInput.Origin.fromElement(element), -dx / 2, 0))
                .addAction(finger.createPointerDown(PointerInput.MouseButton.LEFT.asArg()))
                .addAction(finger.createPointerMove(Duration.ofMillis(120), PointerInput.Origin.fromElement(element), 0, 5))
                .addAction(finger.createPointerMove(Duration.ofMillis(120), PointerInput.Origin.fromElement(element),
                        dx / 2, 5))
                .addAction(finger.createPointerUp(PointerInput.MouseButton.LEFT.asArg()));
        ((Interactive) driver).perform(List.of(swipe));
    }
}
