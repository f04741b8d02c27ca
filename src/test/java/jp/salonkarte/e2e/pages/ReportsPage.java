package jp.salonkarte.e2e.pages;

import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.interactions.Interactive;
import org.openqa.selenium.interactions.Pause;
import org.openqa.selenium.interactions.PointerInput;
import org.openqa.selenium.interactions.Sequence;

/**
 * The reports screen ({@code /reports}): figure cards {@code reports-kpi-*}, the daily chart
 * {@code reports-chart} (an ECharts SVG in the element's shadow root), the drill-down dialog
 * {@code reports-drill} whose rows have {@code drill-karte-TICKET} and {@code drill-ticket-TICKET}.
 */
public final class ReportsPage extends VaadinPage {

    public static final String PATH = "/reports";

    /** The middle of the tallest bar of this period's series (the app's primary colour), scrolled into view. */
    private static final String TALLEST_BAR = """
            const chart = document.getElementById('reports-chart');
            chart.scrollIntoView({block: 'center'});
            const root = chart.shadowRoot || chart;
            const bars = [...root.querySelectorAll('path')]
                .filter(p => (p.getAttribute('fill') || '').toLowerCase() === '#7b3f61')
                .map(p => p.getBoundingClientRect()).filter(r => r.height > 2 && r.width > 0)
                .sort((a, b) => b.height - a.height);
            return bars.length ? [Math.round(bars[0].x + bars[0].width / 2), Math.round(bars[0].y + bars[0].height / 2)] : null;
            """;

    private ReportsPage(WebDriver driver) {
        super(driver);
    }

    public static ReportsPage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + PATH);
        ReportsPage page = new ReportsPage(driver);
        page.byId("reports-kpi-sales");
        return page;
    }

    public String figure(String kpiId) {
        return byId(kpiId).getText();
    }

    /** Taps the tallest bar of the chart as a finger does (a click in WebKit) and waits for its tickets. */
    public ReportsPage tapTallestBar() {
        waitForVaadin();
        @SuppressWarnings("unchecked")
        List<Long> at = (List<Long>) waitFor(() -> "a bar in #reports-chart")
                .until(d -> js().executeScript(TALLEST_BAR));
        PointerInput.Kind kind = driver instanceof ChromiumDriver ? PointerInput.Kind.TOUCH : PointerInput.Kind.MOUSE;
        PointerInput finger = new PointerInput(kind, "finger");
        Sequence tap = new Sequence(finger, 0)
                .addAction(finger.createPointerMove(Duration.ZERO, PointerInput.Origin.viewport(),
                        at.get(0).intValue(), at.get(1).intValue()))
                .addAction(finger.createPointerDown(PointerInput.MouseButton.LEFT.asArg()))
                .addAction(new Pause(finger, Duration.ofMillis(60)))
                .addAction(finger.createPointerUp(PointerInput.MouseButton.LEFT.asArg()));
        ((Interactive) driver).perform(List.of(tap));
        byId("reports-drill-count");
        waitForVaadin();
        return this;
    }

    /** The ids of the karte buttons of the drill-down's rows, in the list's order. */
    public List<String> karteButtons() {
        return driver.findElements(By.cssSelector("[id^='drill-karte-']")).stream().map(e -> e.getDomAttribute("id"))
                .toList();
    }

    /** Opens the karte of the drill-down row with this karte button. */
    public KartePage openKarte(String buttonId, String baseUrl) {
        tapId(buttonId);
        return KartePage.current(driver, baseUrl);
    }
}
