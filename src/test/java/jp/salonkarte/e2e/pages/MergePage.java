package jp.salonkarte.e2e.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * {@code /customers/merge/a/b}: which record stays ({@code merge-survivor}), a choice per field
 * ({@code merge-field-name}, {@code merge-field-cautions}, ...), a preview of what moves
 * ({@code merge-preview}) and {@code merge-confirm}, which lands on the surviving record.
 */
public final class MergePage extends VaadinPage {

    public static final String SURVIVOR = "merge-survivor";
    public static final String FIELD_PREFIX = "merge-field-";
    public static final String PREVIEW = "merge-preview";
    public static final String CONFIRM = "merge-confirm";

    private final String baseUrl;

    private MergePage(WebDriver driver, String baseUrl) {
        super(driver);
        this.baseUrl = baseUrl;
    }

    static MergePage shown(WebDriver driver, String baseUrl) {
        MergePage page = new MergePage(driver, baseUrl);
        page.waitFor(() -> "#" + SURVIVOR + " at " + driver.getCurrentUrl())
                .until(d -> !d.findElements(By.id(SURVIVOR)).isEmpty());
        page.byId(CONFIRM);
        return page;
    }

    /**
     * Chooses the record that stays by text on its option, e.g. the customer's name; the field
     * choices below are rebuilt for that survivor.
     */
    public MergePage chooseSurvivor(String optionText) {
        chooseRadio(SURVIVOR, optionText);
        waitFor(() -> "#" + SURVIVOR + " to have '" + optionText + "' checked (checked: '"
                        + checkedRadio(SURVIVOR) + "')")
                .until(d -> checkedRadio(SURVIVOR).contains(optionText));
        return this;
    }

    public String survivor() {
        return checkedRadio(SURVIVOR);
    }

    /** The option checked for a field, e.g. {@code cautions}: its value as shown. */
    public String choice(String field) {
        return checkedRadio(FIELD_PREFIX + field);
    }

    public String preview() {
        return byId(PREVIEW).getText();
    }

    /** Taps merge and waits for the surviving record's screen. */
    public CustomerEditPage confirm() {
        tapId(CONFIRM);
        return CustomerEditPage.shown(driver, baseUrl);
    }
}
