package jp.salonkarte.e2e.pages;

import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * {@code /customers/edit[/id]}: one customer's record. New customers arrive here prefilled from
 * the search box; after a save the URL carries the customer's id. Shows cautions
 * ({@code customer-caution}) and the merge history with undo buttons ({@code merge-undo-<id>}).
 */
public final class CustomerEditPage extends VaadinPage {

    public static final String TITLE = "customer-title";
    public static final String CAUTION = "customer-caution";
    public static final String SAVE = "customer-save";
    public static final String BACK = "customer-back";
    public static final String FAMILY_NAME = "customer-family-name";
    public static final String GIVEN_NAME = "customer-given-name";
    public static final String FAMILY_KANA = "customer-family-kana";
    public static final String GIVEN_KANA = "customer-given-kana";
    public static final String MOBILE = "customer-mobile";
    public static final String CAUTIONS = "customer-cautions";
    public static final String MERGE_HISTORY = "customer-merge-history";
    static final String UNDO_PREFIX = "merge-undo-";

    private static final Pattern SAVED_URL = Pattern.compile("/customers/edit/(\\d+)(?:[?#].*)?$");
    private static final By UNDO_BUTTONS = By.cssSelector("#" + MERGE_HISTORY + " [id^='" + UNDO_PREFIX + "']");

    private final String baseUrl;

    private CustomerEditPage(WebDriver driver, String baseUrl) {
        super(driver);
        this.baseUrl = baseUrl;
    }

    static CustomerEditPage shown(WebDriver driver, String baseUrl) {
        CustomerEditPage page = new CustomerEditPage(driver, baseUrl);
        page.waitFor(() -> "customer form (#" + FAMILY_NAME + ") at " + driver.getCurrentUrl())
                .until(d -> !d.findElements(By.id(FAMILY_NAME)).isEmpty());
        page.byId(SAVE);
        return page;
    }

    /** What a form field holds now, e.g. {@link #FAMILY_KANA} after the furigana suggestion. */
    public String value(String fieldId) {
        return fieldValue(fieldId);
    }

    public CustomerEditPage enterMobile(String phone) {
        typeIntoField(MOBILE, phone);
        return this;
    }

    public CustomerEditPage enterCautions(String cautions) {
        typeIntoField(CAUTIONS, cautions);
        return this;
    }

    /**
     * Taps save and waits for the record's own URL, which the screen moves to once the customer
     * is stored; empty when it stays put, typically with validation messages ({@link #errors()}).
     */
    public OptionalLong save() {
        tapId(SAVE);
        try {
            wait.until(d -> SAVED_URL.matcher(d.getCurrentUrl()).find());
            waitForVaadin();
            return id();
        } catch (TimeoutException e) {
            return OptionalLong.empty();
        }
    }

    /** The customer's id from the URL; empty for a customer not yet saved. */
    public OptionalLong id() {
        Matcher m = SAVED_URL.matcher(driver.getCurrentUrl());
        return m.find() ? OptionalLong.of(Long.parseLong(m.group(1))) : OptionalLong.empty();
    }

    /** Waits for the record with this id, e.g. where a merge lands. */
    public boolean awaitShowing(long customerId) {
        try {
            wait.until(d -> id().equals(OptionalLong.of(customerId)));
            waitForVaadin();
            return true;
        } catch (TimeoutException e) {
            return false;
        }
    }

    /** The heading: name, reading and customer number. */
    public String title() {
        return byId(TITLE).getText();
    }

    /** Whether the caution banner above the form is shown (it is hidden when there are none). */
    public boolean isCautionShown() {
        waitForVaadin();
        List<WebElement> banner = driver.findElements(By.id(CAUTION));
        return !banner.isEmpty() && banner.get(0).isDisplayed();
    }

    /** The caution banner's text, "" when hidden. */
    public String cautionText() {
        return isCautionShown() ? driver.findElement(By.id(CAUTION)).getText() : "";
    }

    /** Ids of the merges that can still be undone from this record's history, newest first. */
    public List<String> undoButtonIds() {
        waitForVaadin();
        return driver.findElements(UNDO_BUTTONS).stream().map(e -> e.getDomAttribute("id")).toList();
    }

    /** Taps undo on the newest merge that can be undone; waits until its button is gone. */
    public CustomerEditPage undoNewestMerge() {
        List<String> undo = undoButtonIds();
        if (undo.isEmpty()) {
            throw new IllegalStateException("No merge to undo in #" + MERGE_HISTORY + ": "
                    + driver.findElements(By.id(MERGE_HISTORY)).stream().map(WebElement::getText).toList());
        }
        String button = undo.get(0);
        tapId(button);
        waitFor(() -> "#" + button + " to go after the undo")
                .until(d -> d.findElements(By.id(button)).isEmpty());
        waitForVaadin();
        return this;
    }

    /** Validation messages shown in the form, for failure messages. */
    public List<String> errors() {
        return visibleTexts("[slot='error-message']").stream().filter(t -> !t.isBlank()).toList();
    }

    /** Taps back: the customer list with an empty search. */
    public CustomersPage back() {
        tapId(BACK);
        return CustomersPage.shown(driver, baseUrl);
    }
}
