package jp.salonkarte.e2e.pages;

import java.util.List;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The register ({@code /checkout}, from a booking {@code checkout?booking=ID}): item buttons
 * {@code item-ID}, ticket lines {@code checkout-line-N}, {@code checkout-total},
 * {@code checkout-pay}; the payment dialog ({@code payment-method-*}, keypad {@code keypad-*},
 * {@code payment-exact}, {@code payment-change}, {@code checkout-commit}); afterwards
 * {@code checkout-done} with {@code checkout-receipt-no}, {@code checkout-change}, {@code checkout-new}.
 */
public final class CheckoutPage extends VaadinPage {

    private CheckoutPage(WebDriver driver) {
        super(driver);
    }

    /** The register as the booking sheet's 会計へ left it. */
    public static CheckoutPage awaitFromBooking(WebDriver driver, long bookingId) {
        CheckoutPage page = new CheckoutPage(driver);
        page.waitFor(() -> "the checkout of booking " + bookingId + " (now at " + driver.getCurrentUrl() + ")")
                .until(d -> d.getCurrentUrl().contains("checkout?booking=" + bookingId));
        page.byId("checkout-pay");
        return page;
    }

    /** The register for a walk-in customer ({@code /checkout}), with an empty ticket. */
    public static CheckoutPage openWalkIn(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "/checkout");
        CheckoutPage page = new CheckoutPage(driver);
        page.byId("checkout-pay");
        return page;
    }

    /** 新しい伝票 after a commit: back to an empty walk-in ticket. */
    public CheckoutPage newTicket() {
        // The payment dialog fades out after the commit; until it is gone its overlay takes the tap.
        WebElement button = byId("checkout-new");
        waitFor(() -> "the payment dialog gone from over 新しい伝票").until(d -> Boolean.TRUE.equals(js().executeScript("""
                const b = arguments[0], r = b.getBoundingClientRect();
                const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
                return !!hit && (hit === b || b.contains(hit) || hit.closest('vaadin-button') === b);""", button)));
        tapId("checkout-new");
        byId("checkout-pay");
        waitFor(() -> "an empty ticket").until(d -> lineTexts().isEmpty());
        return this;
    }

    /** The names of the ticket's lines, as shown (name, ※, ×n; without the amount). */
    public List<String> lineTexts() {
        waitForVaadin();
        return visible("[id^='checkout-line-']").stream().map(e -> e.getText().trim()).toList();
    }

    /** The names of the ticket's lines, without ※ and quantity (their first span's text, the same in every engine). */
    public List<String> lineNames() {
        waitForVaadin();
        return visible("[id^='checkout-line-']").stream()
                .map(e -> firstSpan(e).replace(" ※", "").replaceAll(" ×\\d+$", "").strip()).toList();
    }

    private String firstSpan(WebElement element) {
        Object text = js().executeScript("const s = arguments[0].querySelector('span'); return s ? s.textContent : '';",
                element);
        return text == null ? "" : text.toString();
    }

    /**
     * Adds the first item of the category shown first (a service in the demo menu) and returns
     * its name, as the stylist does for a booking made without a menu.
     */
    public String addFirstItemShown() {
        int before = lineTexts().size();
        WebElement item = visible("[id^='item-']").stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("No menu item buttons on the register"));
        String name = firstSpan(item).replace(" ※", "").strip();
        tap(item);
        waitFor(() -> "a ticket line for " + name).until(d -> lineTexts().size() > before);
        return name;
    }

    /** The ticket total in yen as shown in {@code checkout-total}, e.g. 「合計 ￥5,500」 → 5500. */
    public long total() {
        return yen(byId("checkout-total").getText());
    }

    /** Puts the ticket on a customer found by typing {@code name} in the customer picker. */
    public CheckoutPage chooseCustomer(String name) {
        if (driver instanceof org.openqa.selenium.chromium.ChromiumDriver) {
            choose("checkout-customer-picker", name);
        } else {
            // WebKitGTK's driver does not type Japanese into the field: the text goes in as an input
            // event, as an IME commits it, and the matching option is tapped.
            WebElement field = byId("checkout-customer-picker");
            WebElement input = field.findElement(org.openqa.selenium.By.cssSelector("input"));
            input.click();
            js().executeScript("arguments[0].value = arguments[1];"
                    + " arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", input, name);
            WebElement item = waitFor(() -> "option '" + name + "' in #checkout-customer-picker")
                    .until(d -> openOptions(field).stream().filter(e -> e.getText().trim().startsWith(name)).findFirst()
                            .orElse(null));
            tapOverlayItem(item);
            awaitClosed(field, "checkout-customer-picker");
            waitForVaadin();
        }
        waitFor(() -> "the ticket on " + name).until(d -> byId("checkout-customer").getText().contains(name));
        return this;
    }

    /** Opens the payment dialog, chooses cash and keys in the tendered amount on the keypad. */
    public CheckoutPage payCash(long tendered) {
        tapId("checkout-pay");
        tapId("payment-method-cash");
        tapId("keypad-clear");
        for (char digit : Long.toString(tendered).toCharArray()) {
            tapId("keypad-" + digit);
        }
        waitFor(() -> "the keypad to show " + tendered + " (shows " + byId("keypad-display").getText() + ")")
                .until(d -> yen(byId("keypad-display").getText()) == tendered);
        // by the component's own state: WebKitGTK's isEnabled() does not answer for a vaadin-button
        waitFor(() -> "会計確定 enabled").until(d -> Boolean.TRUE.equals(js().executeScript(
                "return !arguments[0].disabled && !arguments[0].hasAttribute('disabled');", byId("checkout-commit"))));
        return this;
    }

    /** The change the payment dialog shows now. */
    public long dialogChange() {
        return yen(byId("payment-change").getText());
    }

    /** The commit button of the open payment dialog, for callers that time the tap. */
    public WebElement commitButton() {
        return byId("checkout-commit");
    }

    /** Taps 会計確定 and waits for the receipt summary; returns the change it shows. */
    public long commit() {
        tap(commitButton());
        return awaitDone();
    }

    /** Waits for the receipt summary after the commit; returns the change it shows. */
    public long awaitDone() {
        byId("checkout-done");
        return yen(byId("checkout-change").getText());
    }

    public String receiptNo() {
        return byId("checkout-receipt-no").getText();
    }

    /** Digits of a yen amount in a text such as 「お釣り ￥4,500」. */
    static long yen(String text) {
        String digits = text.replaceAll("[^0-9]", "");
        return digits.isEmpty() ? -1 : Long.parseLong(digits);
    }
}
