package jp.salonkarte.e2e.pages;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * {@code /settings/menus}: the owner's list of services and retail products ({@code menu-grid})
 * and the editor opened by {@code menu-new}.
 */
public final class MenuSettingsPage extends VaadinPage {

    public static final String PATH = "/settings/menus";
    public static final String GRID = "menu-grid";
    public static final String NEW = "menu-new";
    public static final String KIND = "menu-kind";
    public static final String CATEGORY = "menu-category";
    public static final String NAME = "menu-name";
    public static final String PRICE = "menu-price";
    public static final String TAX_RATE = "menu-tax-rate";
    public static final String DURATION = "menu-duration";
    public static final String SAVE = "menu-save";
    public static final String EDITOR = "menu-editor";

    private static final String GRID_TEXTS = """
            return Array.from(arguments[0].querySelectorAll('vaadin-grid-cell-content'))
                .map(c => c.textContent.trim());
            """;

    private final String baseUrl;

    private MenuSettingsPage(WebDriver driver, String baseUrl) {
        super(driver);
        this.baseUrl = baseUrl;
    }

    public static MenuSettingsPage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + PATH);
        return new MenuSettingsPage(driver, baseUrl).waitUntilShown();
    }

    private MenuSettingsPage waitUntilShown() {
        waitFor(() -> "#" + GRID + " on " + driver.getCurrentUrl())
                .until(d -> !d.findElements(By.id(GRID)).isEmpty());
        byId(GRID);
        return this;
    }

    /** Reloads the page: what is still listed afterwards came from the database, not the UI state. */
    public MenuSettingsPage reload() {
        driver.navigate().refresh();
        return new MenuSettingsPage(driver, baseUrl).waitUntilShown();
    }

    /** Opens the editor, fills the given fields (null ones keep the editor's defaults) and saves. */
    public void create(MenuItemForm item) {
        openNewEditor();
        fill(item);
        save();
    }

    /** Opens the empty editor; then {@link #fill}, {@link #options} and {@link #save} apply to it. */
    public void openNewEditor() {
        tapId(NEW);
        byId(NAME);
    }

    /** Taps save; see {@link #awaitEditorClosed()} for whether it was accepted. */
    public void save() {
        tapId(SAVE);
    }

    public void fill(MenuItemForm item) {
        if (item.kind() != null) {
            choose(KIND, item.kind());
        }
        if (item.category() != null) {
            choose(CATEGORY, item.category());
        }
        if (item.name() != null) {
            typeIntoField(NAME, item.name());
        }
        if (item.price() != null) {
            typeIntoField(PRICE, item.price().toString());
        }
        if (item.taxRate() != null) {
            choose(TAX_RATE, item.taxRate());
        }
        if (item.durationMinutes() != null) {
            typeIntoField(DURATION, item.durationMinutes().toString());
        }
    }

    /** Option texts of the kind, category or tax-rate field of the open editor. */
    public List<String> options(String fieldId) {
        return optionsOf(fieldId);
    }

    /**
     * Waits for the editor dialog to close, which it does only after a successful save; false
     * means it stayed open, typically with a validation message.
     */
    public boolean awaitEditorClosed() {
        try {
            waitForVaadin();
            // The button can leave the page between finding it and asking it (the dialog closing): gone counts as closed.
            wait.until(d -> d.findElements(By.id(SAVE)).stream().noneMatch(MenuSettingsPage::shownStill));
            return true;
        } catch (org.openqa.selenium.TimeoutException e) {
            return false;
        }
    }

    private static boolean shownStill(WebElement element) {
        try {
            return element.isDisplayed();
        } catch (org.openqa.selenium.StaleElementReferenceException gone) {
            return false;
        }
    }

    /** Validation messages currently shown in the editor, for failure messages. */
    public List<String> editorErrors() {
        // Only the open editor has fields, so any visible field error message belongs to it.
        return visibleTexts("[slot='error-message']").stream().filter(t -> !t.isBlank()).toList();
    }

    /**
     * Whether a row shows exactly this text in some cell. The grid renders only the rows in
     * view, so it scrolls through all rows, letting each page load from the server.
     */
    public boolean isListed(String cellText) {
        WebElement grid = byId(GRID);
        if (gridTexts(grid).contains(cellText)) {
            return true;
        }
        long size = ((Number) js().executeScript("return arguments[0].size || 0;", grid)).longValue();
        int step = Math.max(1, visibleRowCount(grid));
        for (long index = 0; index < size; index += step) {
            js().executeScript("arguments[0].scrollToIndex(arguments[1]);", grid, index);
            waitForGridLoaded(grid);
            if (gridTexts(grid).contains(cellText)) {
                return true;
            }
        }
        js().executeScript("arguments[0].scrollToIndex(0);", grid);
        return false;
    }

    /** Waits (up to the page timeout) until the text shows up in the grid. */
    public boolean awaitListed(String cellText) {
        try {
            wait.until(d -> isListed(cellText));
            return true;
        } catch (org.openqa.selenium.TimeoutException e) {
            return false;
        }
    }

    /** All cell texts currently rendered, for failure messages. */
    public List<String> renderedCellTexts() {
        return gridTexts(byId(GRID));
    }

    @SuppressWarnings("unchecked")
    private List<String> gridTexts(WebElement grid) {
        Object texts = js().executeScript(GRID_TEXTS, grid);
        return texts instanceof List<?> list ? (List<String>) list : List.of();
    }

    private int visibleRowCount(WebElement grid) {
        Object count = js().executeScript("""
                const g = arguments[0];
                const body = g.shadowRoot && g.shadowRoot.querySelector('tbody#items');
                if (!body) { return 10; }
                const h = g.getBoundingClientRect().height;
                const rows = Array.from(body.children).filter(r => !r.hidden);
                const rowH = rows.length ? rows[0].getBoundingClientRect().height : 40;
                return Math.max(1, Math.floor(h / Math.max(rowH, 1)) - 2);
                """, grid);
        return ((Number) count).intValue();
    }

    private void waitForGridLoaded(WebElement grid) {
        waitForVaadin();
        wait.until(d -> Boolean.FALSE.equals(js().executeScript(
                "return !!(arguments[0].loading || arguments[0].hasAttribute('loading'));", grid)));
    }

    /**
     * What the editor should get. {@code kind}, {@code category} and {@code taxRate} are the
     * option texts as shown (e.g. "10%"); nulls leave the editor's defaults.
     */
    public record MenuItemForm(String kind, String category, String name, Integer price, String taxRate,
            Integer durationMinutes) {

        public static MenuItemForm service(String name, int price, int durationMinutes) {
            return new MenuItemForm(null, null, name, price, null, durationMinutes);
        }

        public MenuItemForm withKind(String optionText) {
            return new MenuItemForm(optionText, category, name, price, taxRate, durationMinutes);
        }

        public MenuItemForm withCategory(String optionText) {
            return new MenuItemForm(kind, optionText, name, price, taxRate, durationMinutes);
        }

        public MenuItemForm withTaxRate(String optionText) {
            return new MenuItemForm(kind, category, name, price, optionText, durationMinutes);
        }
    }
}
