package jp.salonkarte.e2e.pages;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.PointerInput;
import org.openqa.selenium.interactions.Sequence;

/**
 * The handwriting canvas over a photo ({@code drawing-canvas}, the {@code karte-drawing} web
 * component): its tools and canvas live in the component's shadow root.
 */
public final class DrawingPage extends VaadinPage {

    public DrawingPage(WebDriver driver) {
        super(driver);
        byId("drawing-canvas");
    }

    private SearchContext shadow() {
        return byId("drawing-canvas").getShadowRoot();
    }

    /** Draws a stroke as an Apple Pencil would: pen pointer down, moves with pressure, up. Fractions of the canvas. */
    public DrawingPage drawWithPen(double fromX, double fromY, double toX, double toY) {
        WebElement canvas = waitFor(() -> "the drawing canvas laid out").until(d -> {
            WebElement c = shadow().findElement(By.cssSelector("canvas"));
            return c.getSize().getWidth() > 50 && c.getSize().getHeight() > 50 ? c : null;
        });
        int w = canvas.getSize().getWidth();
        int h = canvas.getSize().getHeight();
        // WebKitWebDriver has no pen pointers: there the stroke is a mouse drag, which the component also draws.
        PointerInput pen = new PointerInput(driver instanceof org.openqa.selenium.chromium.ChromiumDriver
                ? PointerInput.Kind.PEN : PointerInput.Kind.MOUSE, "pencil");
        Sequence stroke = new Sequence(pen, 0);
        stroke.addAction(pen.createPointerMove(Duration.ZERO, PointerInput.Origin.fromElement(canvas),
                (int) ((fromX - 0.5) * w), (int) ((fromY - 0.5) * h)));
        stroke.addAction(pen.createPointerDown(PointerInput.MouseButton.LEFT.asArg()));
        for (int i = 1; i <= 10; i++) {
            double x = fromX + (toX - fromX) * i / 10;
            double y = fromY + (toY - fromY) * i / 10;
            stroke.addAction(pen.createPointerMove(Duration.ofMillis(20), PointerInput.Origin.fromElement(canvas),
                    (int) ((x - 0.5) * w), (int) ((y - 0.5) * h)));
        }
        stroke.addAction(pen.createPointerUp(PointerInput.MouseButton.LEFT.asArg()));
        ((org.openqa.selenium.interactions.Interactive) driver).perform(java.util.List.of(stroke));
        return this;
    }

    public long strokeCount() {
        return ((Number) js().executeScript("return arguments[0].strokeCount;", byId("drawing-canvas"))).longValue();
    }

    public void save() {
        shadow().findElement(By.id("save")).click();
        waitFor(() -> "the drawing dialog to close after saving").until(
                d -> d.findElements(By.id("drawing-canvas")).isEmpty());
        waitForVaadin();
    }
}
