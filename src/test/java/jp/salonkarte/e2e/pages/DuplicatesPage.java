package jp.salonkarte.e2e.pages;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * {@code /customers/duplicates}: likely duplicates as cards {@code duplicate-group-N}, most
 * certain first, each with a merge button {@code duplicate-merge-N}. The demo data has groups
 * of its own, so tests find theirs by the customers' data rather than by position.
 */
public final class DuplicatesPage extends VaadinPage {

    public static final String PATH = "/customers/duplicates";
    static final String GROUP_PREFIX = "duplicate-group-";
    static final String MERGE_PREFIX = "duplicate-merge-";
    static final String NONE = "duplicates-none";

    private static final By GROUPS = By.cssSelector("[id^='" + GROUP_PREFIX + "']");

    private final String baseUrl;

    private DuplicatesPage(WebDriver driver, String baseUrl) {
        super(driver);
        this.baseUrl = baseUrl;
    }

    public static DuplicatesPage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + PATH);
        return shown(driver, baseUrl);
    }

    static DuplicatesPage shown(WebDriver driver, String baseUrl) {
        DuplicatesPage page = new DuplicatesPage(driver, baseUrl);
        page.waitFor(() -> "a duplicate group or #" + NONE + " at " + driver.getCurrentUrl())
                .until(d -> !d.findElements(GROUPS).isEmpty() || !d.findElements(By.id(NONE)).isEmpty());
        page.waitForVaadin();
        return page;
    }

    /** The index N of the group whose card shows every one of the texts (e.g. two names). */
    public OptionalInt groupShowing(String... texts) {
        for (WebElement group : driver.findElements(GROUPS)) {
            String text = group.getText();
            if (Arrays.stream(texts).allMatch(text::contains)) {
                return OptionalInt.of(Integer.parseInt(group.getDomAttribute("id").substring(GROUP_PREFIX.length())));
            }
        }
        return OptionalInt.empty();
    }

    /** Taps the merge button of group N: the merge screen for its first two customers. */
    public MergePage merge(int groupIndex) {
        tapId(MERGE_PREFIX + groupIndex);
        return MergePage.shown(driver, baseUrl);
    }

    /** Every card's text, one line per card, for failure messages. */
    public List<String> groupTexts() {
        return driver.findElements(GROUPS).stream().map(e -> e.getText().replace('\n', ' ')).toList();
    }
}
