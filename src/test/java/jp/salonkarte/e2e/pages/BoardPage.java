package jp.salonkarte.e2e.pages;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.interactions.Interactive;
import org.openqa.selenium.interactions.PointerInput;
import org.openqa.selenium.interactions.Sequence;

/**
 * The reservation board ({@code /}): the toolbar ({@code board-date}, {@code board-next}, …), the
 * grid ({@code board}, the {@code karte-board} web component: columns {@code [data-key=s:STAFF]},
 * bookings {@code #booking-ID} in its shadow root) and the booking sheet ({@code booking-*}).
 */
public final class BoardPage extends VaadinPage {

    private static final int PX_PER_MINUTE = 2;

    private final String baseUrl;

    private BoardPage(WebDriver driver, String baseUrl) {
        super(driver);
        this.baseUrl = baseUrl;
    }

    public static BoardPage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "/");
        BoardPage page = new BoardPage(driver, baseUrl);
        page.byId("board");
        return page;
    }

    /** Shows the day by typing it into the date picker, as on the iPad keyboard. */
    public BoardPage showDay(LocalDate day) {
        WebElement input = byId("board-date").findElement(By.cssSelector("input"));
        js().executeScript("arguments[0].focus();", input); // a click can land on a toast still fading out
        input.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"));
        input.sendKeys(day.getYear() + "/" + day.getMonthValue() + "/" + day.getDayOfMonth());
        input.sendKeys(org.openqa.selenium.Keys.ENTER); // commits the typed date and closes the calendar
        waitForVaadin();
        waitFor(() -> "the board showing " + day).until(d -> byId("board-summary").getText()
                .startsWith(day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日"));
        return this;
    }

    private WebElement board() {
        return byId("board");
    }

    /** The staff ids of the columns, left to right. */
    @SuppressWarnings("unchecked")
    public List<Long> staffColumns() {
        List<String> keys = (List<String>) js().executeScript(
                "return Array.from(arguments[0].shadowRoot.querySelectorAll('.col')).map(c => c.dataset.key);", board());
        return keys.stream().filter(k -> k.startsWith("s:")).map(k -> Long.parseLong(k.substring(2))).toList();
    }

    /** The viewport point of a minute in a staff column (its middle, horizontally), scrolled into view. */
    @SuppressWarnings("unchecked")
    private Map<String, Number> point(long staffId, int minute) {
        return (Map<String, Number>) js().executeScript("""
                const board = arguments[0], model = board.model;
                const col = board.shadowRoot.querySelector('.col[data-key="s:' + arguments[1] + '"]');
                const scroller = board.shadowRoot.querySelector('.scroller');
                const y = (arguments[2] - model.open) * arguments[3];
                scroller.scrollTop = Math.max(0, y - 200);
                col.scrollIntoView({inline: 'center', block: 'nearest'});
                const r = col.getBoundingClientRect();
                return {x: Math.round(r.left + r.width / 2), y: Math.round(r.top + y + 6)};
                """, board(), staffId, minute, PX_PER_MINUTE);
    }

    /** Taps the free slot starting at the minute (from midnight) in the staff member's column. */
    public BoardPage tapSlot(long staffId, int minute) {
        Map<String, Number> p = point(staffId, minute);
        tapAt(p);
        byId("booking-save");
        return this;
    }

    /** A finger tap (a mouse click in WebKit) at a viewport point {x, y}. */
    private void tapAt(Map<String, Number> p) {
        PointerInput finger = pointer("finger");
        Sequence tap = new Sequence(finger, 0)
                .addAction(finger.createPointerMove(Duration.ZERO, PointerInput.Origin.viewport(), p.get("x").intValue(),
                        p.get("y").intValue()))
                .addAction(finger.createPointerDown(PointerInput.MouseButton.LEFT.asArg()))
                .addAction(finger.createPointerUp(PointerInput.MouseButton.LEFT.asArg()));
        ((Interactive) driver).perform(List.of(tap));
    }

    private PointerInput pointer(String name) {
        return new PointerInput(driver instanceof ChromiumDriver ? PointerInput.Kind.TOUCH : PointerInput.Kind.MOUSE,
                name);
    }

    /** In the open booking sheet: searches customers for the text, takes the first found, and saves; returns its label. */
    public String bookFirstCustomerFound(String customerSearch) {
        WebElement field = byId("booking-customer");
        WebElement input = field.findElement(By.cssSelector("input"));
        input.click();
        input.sendKeys(customerSearch);
        WebElement item = waitFor(() -> "customers found for " + customerSearch)
                .until(d -> openOptions(field).stream().findFirst().orElse(null));
        String label = item.getText().trim();
        tapOverlayItem(item);
        awaitClosed(field, "booking-customer");
        waitForVaadin();
        tapId("booking-save");
        waitFor(() -> "the booking sheet to close").until(d -> d.findElements(By.id("booking-save")).isEmpty());
        waitForVaadin();
        return label;
    }

    /** The board's bookings as drawn: id → "s:STAFF@minute". */
    @SuppressWarnings("unchecked")
    public Map<Long, String> items() {
        List<Map<String, Object>> items = (List<Map<String, Object>>) js().executeScript(
                "return arguments[0].model.items.map(i => ({id: i.id, where: i.col + '@' + i.start, title: i.title}));",
                board());
        Map<Long, String> result = new java.util.LinkedHashMap<>();
        items.forEach(i -> result.put(((Number) i.get("id")).longValue(), (String) i.get("where")));
        return result;
    }

    /** The id of the booking whose title contains the text, waiting for it to appear (e.g. pushed). */
    @SuppressWarnings("unchecked")
    public long awaitBooking(String titlePart) {
        return waitFor(() -> "a booking for " + titlePart + " on the board").until(d -> {
            List<Map<String, Object>> items = (List<Map<String, Object>>) js().executeScript(
                    "return arguments[0].model.items.map(i => ({id: i.id, title: i.title}));", board());
            return items.stream().filter(i -> ((String) i.get("title")).contains(titlePart))
                    .map(i -> ((Number) i.get("id")).longValue()).findFirst().orElse(null);
        });
    }

    /** Taps the booking on the board (a finger, no move) and waits for its sheet with the status bar. */
    public BoardPage openBooking(long bookingId) {
        @SuppressWarnings("unchecked")
        Map<String, Number> p = (Map<String, Number>) js().executeScript("""
                const board = arguments[0], id = arguments[1];
                const scroller = board.shadowRoot.querySelector('.scroller');
                const model = board.model.items.find(i => i.id === id);
                scroller.scrollTop = Math.max(0, (model.start - board.model.open) * arguments[2] - 80);
                const item = board.shadowRoot.querySelector('#booking-' + id);
                item.scrollIntoView({inline: 'center', block: 'nearest'});
                const r = item.getBoundingClientRect();
                return {x: Math.round(r.left + r.width / 2), y: Math.round(r.top + Math.min(12, r.height / 2))};""",
                board(), bookingId, PX_PER_MINUTE);
        tapAt(p);
        byId("booking-status");
        return this;
    }

    /**
     * Taps a status button of the open booking sheet, e.g. {@code arrived} (来店, goes on to the
     * karte) or {@code in-checkout} (会計へ, goes on to the register).
     */
    public void bookingAction(String action) {
        tapId("booking-action-" + action);
        waitFor(() -> "the booking sheet to close after " + action)
                .until(d -> d.findElements(By.id("booking-status")).isEmpty());
    }

    /** Drags the booking with a finger to the staff member's column at the minute, and waits for the board to show it. */
    public BoardPage drag(long bookingId, long toStaffId, int toMinute) {
        // Scroll the grid so the booking sits near the top, with room below for the drop; then measure both ends.
        @SuppressWarnings("unchecked")
        Map<String, Number> m = (Map<String, Number>) js().executeScript("""
                const board = arguments[0], id = arguments[1];
                const scroller = board.shadowRoot.querySelector('.scroller');
                const item = board.shadowRoot.querySelector('#booking-' + id);
                const model = board.model.items.find(i => i.id === id);
                scroller.scrollTop = Math.max(0, (model.start - board.model.open) * arguments[3] - 80);
                const r = item.getBoundingClientRect();
                const col = board.shadowRoot.querySelector('.col[data-key="s:' + arguments[2] + '"]').getBoundingClientRect();
                return {x: Math.round(r.left + r.width / 2), y: Math.round(r.top + 12), start: model.start,
                        toX: Math.round(col.left + col.width / 2)};""", board(), bookingId, toStaffId, PX_PER_MINUTE);
        int fromX = m.get("x").intValue();
        int fromY = m.get("y").intValue();
        int toX = m.get("toX").intValue();
        int toY = fromY + (toMinute - m.get("start").intValue()) * PX_PER_MINUTE;
        PointerInput finger = pointer("finger");
        Sequence drag = new Sequence(finger, 0)
                .addAction(finger.createPointerMove(Duration.ZERO, PointerInput.Origin.viewport(), fromX, fromY))
                .addAction(finger.createPointerDown(PointerInput.MouseButton.LEFT.asArg()));
        for (int i = 1; i <= 10; i++) {
            drag.addAction(finger.createPointerMove(Duration.ofMillis(30), PointerInput.Origin.viewport(),
                    fromX + (toX - fromX) * i / 10, fromY + (toY - fromY) * i / 10));
        }
        drag.addAction(finger.createPointerUp(PointerInput.MouseButton.LEFT.asArg()));
        ((Interactive) driver).perform(List.of(drag));
        String expected = "s:" + toStaffId + "@" + toMinute;
        waitFor(() -> "booking " + bookingId + " at " + expected + " (now " + items().get(bookingId) + ")")
                .until(d -> expected.equals(items().get(bookingId)));
        return this;
    }

    public BoardPage reload() {
        driver.navigate().refresh();
        BoardPage page = new BoardPage(driver, baseUrl);
        page.byId("board");
        return page;
    }
}
