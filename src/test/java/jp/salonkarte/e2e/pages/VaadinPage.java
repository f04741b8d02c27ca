package jp.salonkarte.e2e.pages;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.logging.Logger;

import jp.salonkarte.e2e.Touch;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Base of our page objects, TestBench style: elements by stable id, every step waits for the
 * Vaadin client to finish its server round trip, and helpers that reach into Vaadin web
 * components (light-DOM inputs, dropdown items, shadow roots where nothing else reaches).
 */
public abstract class VaadinPage {

    private static final Logger LOG = Logger.getLogger(VaadinPage.class.getName());
    protected static final Duration TIMEOUT = Duration.ofSeconds(20);

    /** Same check TestBench uses: no Flow client has a request in flight. */
    private static final String VAADIN_IDLE = """
            const flow = window.Vaadin && window.Vaadin.Flow;
            if (!flow) { return document.readyState === 'complete'; }
            if (flow.devServerIsNotLoaded) { return false; }
            const clients = flow.clients || {};
            return Object.keys(clients).every(id => !clients[id].isActive || !clients[id].isActive());
            """;

    /** Finds visible elements matching a selector in the document and in every open shadow root. */
    private static final String DEEP_VISIBLE = """
            const selector = arguments[0];
            const found = [];
            const visit = root => {
              root.querySelectorAll(selector).forEach(e => {
                const r = e.getBoundingClientRect();
                if (r.width > 0 && r.height > 0) { found.push(e); }
              });
              root.querySelectorAll('*').forEach(e => { if (e.shadowRoot) { visit(e.shadowRoot); } });
            };
            visit(document);
            return found;
            """;

    protected final WebDriver driver;
    protected final WebDriverWait wait;

    protected VaadinPage(WebDriver driver) {
        this.driver = Objects.requireNonNull(driver);
        this.wait = new WebDriverWait(driver, TIMEOUT);
    }

    protected JavascriptExecutor js() {
        return (JavascriptExecutor) driver;
    }

    /**
     * A wait whose timeout says what we waited for. A fresh one each time, because
     * {@code withMessage} changes the wait it is called on and would mislabel later timeouts.
     */
    protected WebDriverWait waitFor(Supplier<String> what) {
        WebDriverWait described = new WebDriverWait(driver, TIMEOUT);
        described.withMessage(what);
        return described;
    }

    public void waitForVaadin() {
        wait.until(d -> Boolean.TRUE.equals(js().executeScript(VAADIN_IDLE)));
    }

    /** An element by id once it is rendered and visible. */
    protected WebElement byId(String id) {
        waitForVaadin();
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    protected WebElement find(By by) {
        waitForVaadin();
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    protected void tap(WebElement element) {
        wait.until(ExpectedConditions.elementToBeClickable(element));
        Touch.tap(driver, element);
        waitForVaadin();
    }

    protected void tapId(String id) {
        tap(byId(id));
    }

    /**
     * Types into a Vaadin text/number/password field. Its {@code <input>} is a light-DOM child
     * (slot="input"), so the real keyboard path works in both engines. Tab afterwards fires the
     * change event that makes Flow sync the value, as leaving the field does for a user.
     */
    protected void typeInto(WebElement input, String text) {
        Touch.scrollIntoView(driver, input);
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"));
        input.sendKeys(Keys.BACK_SPACE);
        input.sendKeys(text);
        String typed = input.getDomProperty("value");
        if (!text.equals(typed)) {
            // WebKitGTK's driver cannot type every non-ASCII character (e.g. katakana); that is a
            // driver limit, not app behaviour, so fall back to setting the value like an IME would.
            LOG.warning(() -> "Typed '" + typed + "' instead of '" + text + "'; setting the value directly");
            js().executeScript("""
                    const input = arguments[0];
                    input.value = arguments[1];
                    input.dispatchEvent(new Event('input', {bubbles: true, composed: true}));
                    """, input, text);
        }
        input.sendKeys(Keys.TAB);
        waitForVaadin();
    }

    /** Types into a text field or text area by the component's id (its light-DOM input or textarea). */
    protected void typeIntoField(String fieldId, String text) {
        typeInto(find(By.cssSelector("#" + fieldId + " input, #" + fieldId + " textarea")), text);
    }

    /** The current client-side value of a Vaadin field, e.g. one the server filled in. */
    protected String fieldValue(String fieldId) {
        Object value = js().executeScript("return arguments[0].value;", byId(fieldId));
        return value == null ? "" : value.toString();
    }

    /**
     * Taps the option of a {@code vaadin-radio-group} whose text contains {@code optionText}
     * (test data such as a customer's name, not a UI label).
     */
    protected void chooseRadio(String groupId, String optionText) {
        WebElement group = byId(groupId);
        WebElement label = waitFor(() -> "option containing '" + optionText + "' in #" + groupId + " (options: "
                        + texts(group.findElements(By.cssSelector("vaadin-radio-button"))) + ")")
                .until(d -> group.findElements(By.cssSelector("vaadin-radio-button")).stream()
                        .filter(b -> b.getText().contains(optionText))
                        .findFirst().map(b -> b.findElement(By.cssSelector("label"))).orElse(null));
        tap(label);
    }

    /** The text of the checked option of a {@code vaadin-radio-group}, "" when none is checked. */
    protected String checkedRadio(String groupId) {
        return byId(groupId).findElements(By.cssSelector("vaadin-radio-button[checked]")).stream()
                .map(b -> b.getText().trim()).findFirst().orElse("");
    }

    /**
     * Chooses an option by its visible text (or a prefix of it) in a {@code vaadin-select} or
     * {@code vaadin-combo-box} with the given id, by opening it and tapping the item as a user would.
     */
    protected void choose(String fieldId, String optionText) {
        WebElement field = byId(fieldId);
        if (isComboBox(field)) {
            WebElement input = field.findElement(By.cssSelector("input"));
            input.click();
            input.sendKeys(Keys.chord(Keys.CONTROL, "a"), optionText);
        } else {
            tap(field);
        }
        // Exact text first; a prefix such as "10%" also matches "10% (standard rate)", so tests
        // can pick options without depending on the UI language.
        WebElement item = waitFor(() -> "option '" + optionText + "' in #" + fieldId + " (options: "
                        + texts(openOptions(field)) + ")")
                .until(d -> {
                    List<WebElement> items = openOptions(field);
                    return items.stream().filter(e -> optionText.equals(e.getText().trim())).findFirst()
                            .or(() -> items.stream().filter(e -> e.getText().trim().startsWith(optionText)).findFirst())
                            .orElse(null);
                });
        tapOverlayItem(item);
        awaitClosed(field, fieldId);
        waitForVaadin();
    }

    /** Visible texts of the options of a select or combo box, opening it to read them. */
    protected List<String> optionsOf(String fieldId) {
        WebElement field = byId(fieldId);
        tap(field);
        wait.until(d -> !openOptions(field).isEmpty());
        List<String> texts = texts(openOptions(field));
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(Keys.ESCAPE).perform();
        awaitClosed(field, fieldId);
        waitForVaadin();
        return texts;
    }

    /**
     * The items of the field's open dropdown. Vaadin 25 keeps them in the field's light DOM
     * (slot="overlay"); the selected value is shown by a cloned item in the value button, which
     * must not count as an option. Falls back to a document-wide search for overlays that live
     * elsewhere (older versions teleported them to body).
     */
    @SuppressWarnings("unchecked")
    protected List<WebElement> openOptions(WebElement field) {
        String itemTag = isComboBox(field) ? "vaadin-combo-box-item" : "vaadin-select-item";
        Object result = js().executeScript("""
                const field = arguments[0], tag = arguments[1];
                const shown = e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0; };
                const option = e => shown(e) && !e.closest('vaadin-select-value-button');
                const own = Array.from(field.querySelectorAll(tag)).filter(option);
                if (own.length) { return own; }
                const deep = [];
                const visit = root => {
                  root.querySelectorAll(tag).forEach(e => { if (option(e)) { deep.push(e); } });
                  root.querySelectorAll('*').forEach(e => { if (e.shadowRoot) { visit(e.shadowRoot); } });
                };
                visit(document);
                return deep;
                """, field, itemTag);
        return result instanceof List<?> list ? (List<WebElement>) list : List.of();
    }

    /**
     * {@code opened} turns false when the closing animation starts; until it ends the fading
     * overlay still swallows taps on the fields below it, so also wait for the items to go.
     */
    protected void awaitClosed(WebElement field, String fieldId) {
        waitFor(() -> "#" + fieldId + " to close its dropdown")
                .until(d -> !Boolean.TRUE.equals(js().executeScript("return !!arguments[0].opened;", field))
                        && openOptions(field).isEmpty());
    }

    private static boolean isComboBox(WebElement field) {
        return field.getTagName().equalsIgnoreCase("vaadin-combo-box");
    }

    private static List<String> texts(List<WebElement> elements) {
        return elements.stream().map(e -> e.getText().trim()).toList();
    }

    @SuppressWarnings("unchecked")
    protected List<WebElement> visible(String selector) {
        Object result = js().executeScript(DEEP_VISIBLE, selector);
        return result instanceof List<?> list ? (List<WebElement>) list : List.of();
    }

    protected List<String> visibleTexts(String selector) {
        return visible(selector).stream().map(e -> e.getText().trim()).toList();
    }

    /**
     * Overlay items may sit in a shadow root, where some drivers refuse pointer actions on the
     * element reference; a JS click still goes through the item's own click handler.
     */
    protected void tapOverlayItem(WebElement item) {
        try {
            Touch.tap(driver, item);
        } catch (RuntimeException e) {
            LOG.fine(() -> "Tapping overlay item failed (" + e.getMessage() + "), clicking via JS");
            js().executeScript("arguments[0].click();", item);
        }
    }
}
