package jp.salonkarte.e2e.pages;

import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * {@code /customers}: one search box that finds as you type ({@code customer-search}), the
 * results ({@code customer-grid}) and, when nobody matches, the offer to create the customer
 * from what was typed ({@code customer-not-found} with {@code customer-create-from-search}).
 */
public final class CustomersPage extends VaadinPage {

    public static final String PATH = "/customers";
    public static final String SEARCH = "customer-search";
    public static final String GRID = "customer-grid";
    public static final String NOT_FOUND = "customer-not-found";
    public static final String CREATE_FROM_SEARCH = "customer-create-from-search";
    public static final String DUPLICATES = "customer-duplicates";
    /** Class of a name cell of a deactivated (e.g. merged) customer; it is shown greyed out. */
    static final String INACTIVE_CELL = "inactive";

    /**
     * Each rendered row of the grid as the texts of its cells joined by " | ", plus whether its
     * name cell is marked inactive. Rows live in the grid's shadow DOM; their cell contents are
     * light-DOM {@code vaadin-grid-cell-content} elements slotted into them. Rows the grid keeps
     * hidden, or has not filled yet, are left out.
     */
    private static final String ROWS = """
            const grid = arguments[0];
            const body = grid.shadowRoot && grid.shadowRoot.querySelector('#items');
            if (!body || grid.hidden || grid.getBoundingClientRect().height === 0) { return []; }
            return Array.from(body.querySelectorAll('tr'))
                .filter(r => !r.hidden && r.getBoundingClientRect().height > 0)
                .map(r => {
                  const cells = Array.from(r.querySelectorAll('slot')).flatMap(s => s.assignedElements());
                  return {
                    text: cells.map(c => c.textContent.trim()).join(' | '),
                    inactive: cells.some(c => c.querySelector('.inactive') !== null),
                    cell: cells[0] || null
                  };
                })
                .filter(row => row.text.replace(/[|\\s]/g, '').length > 0);
            """;

    private final String baseUrl;

    private CustomersPage(WebDriver driver, String baseUrl) {
        super(driver);
        this.baseUrl = baseUrl;
    }

    public static CustomersPage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + PATH);
        return shown(driver, baseUrl);
    }

    static CustomersPage shown(WebDriver driver, String baseUrl) {
        CustomersPage page = new CustomersPage(driver, baseUrl);
        page.byId(SEARCH);
        return page;
    }

    /**
     * Types into the search box. The screen searches on a pause in typing, so what it shows
     * next must be awaited with {@link #awaitNotFoundOffer} or {@link #awaitOnlyRowsContaining}.
     */
    public CustomersPage search(String query) {
        typeIntoField(SEARCH, query);
        return this;
    }

    /**
     * Waits for the "nobody matches" panel about exactly this query: it repeats what was typed,
     * which tells it apart from the panel of a shorter query caught while typing.
     */
    public boolean awaitNotFoundOffer(String query) {
        try {
            wait.until(d -> {
                List<WebElement> panel = d.findElements(By.id(NOT_FOUND));
                return !panel.isEmpty() && panel.get(0).isDisplayed() && panel.get(0).getText().contains(query)
                        && !d.findElements(By.id(CREATE_FROM_SEARCH)).isEmpty();
            });
            return true;
        } catch (TimeoutException e) {
            return false;
        }
    }

    /** Taps "create from search" in the not-found panel: the new customer's form, prefilled. */
    public CustomerEditPage createFromSearch() {
        tapId(CREATE_FROM_SEARCH);
        return CustomerEditPage.shown(driver, baseUrl);
    }

    /**
     * Waits until the grid lists at least one row and every rendered row contains the text. That
     * tells search results apart from the full list shown before the search arrives, whose rows
     * do not all share, say, one phone number.
     */
    public boolean awaitOnlyRowsContaining(String text) {
        try {
            waitForVaadin();
            wait.until(d -> {
                List<Row> rows = rows();
                return !rows.isEmpty() && rows.stream().allMatch(r -> r.text().contains(text));
            });
            return true;
        } catch (TimeoutException e) {
            return false;
        }
    }

    /** Whether the row containing the text shows its customer as inactive (e.g. merged away). */
    public boolean isInactive(String rowText) {
        return row(rowText).inactive();
    }

    /** Taps the row containing the text, e.g. a customer's name: that customer's record. */
    public CustomerEditPage openRow(String rowText) {
        tap(row(rowText).cell());
        return CustomerEditPage.shown(driver, baseUrl);
    }

    /** Taps the duplicates button: likely duplicates, grouped. */
    public DuplicatesPage openDuplicates() {
        tapId(DUPLICATES);
        return DuplicatesPage.shown(driver, baseUrl);
    }

    /** The rendered rows as "cell | cell | cell", for failure messages. */
    public List<String> rowTexts() {
        return rows().stream().map(Row::text).toList();
    }

    /** Text of the not-found panel, "" when it is hidden; for failure messages. */
    public String notFoundText() {
        List<WebElement> panel = driver.findElements(By.id(NOT_FOUND));
        return panel.isEmpty() || !panel.get(0).isDisplayed() ? "" : panel.get(0).getText();
    }

    private Row row(String rowText) {
        return waitFor(() -> "a row containing '" + rowText + "' in #" + GRID + " (rows: " + rowTexts() + ")")
                .until(d -> rows().stream().filter(r -> r.text().contains(rowText)).findFirst().orElse(null));
    }

    @SuppressWarnings("unchecked")
    private List<Row> rows() {
        List<WebElement> grids = driver.findElements(By.id(GRID));
        if (grids.isEmpty()) {
            return List.of();
        }
        Object result = js().executeScript(ROWS, grids.get(0));
        if (!(result instanceof List<?> list)) {
            return List.of();
        }
        return list.stream().map(o -> (Map<String, Object>) o)
                .map(m -> new Row((String) m.get("text"), Boolean.TRUE.equals(m.get("inactive")),
                        (WebElement) m.get("cell")))
                .toList();
    }

    private record Row(String text, boolean inactive, WebElement cell) {
    }
}
