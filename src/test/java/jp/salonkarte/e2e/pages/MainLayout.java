package jp.salonkarte.e2e.pages;

import org.openqa.selenium.WebDriver;

/** The signed-in shell with the side navigation; its items have stable ids {@code nav-*}. */
public final class MainLayout extends VaadinPage {

    public static final String NAV_RESERVATIONS = "nav-reservations";
    public static final String NAV_CUSTOMERS = "nav-customers";
    public static final String NAV_CHECKOUT = "nav-checkout";
    public static final String NAV_REPORTS = "nav-reports";
    public static final String NAV_SETTINGS = "nav-settings";

    private final String baseUrl;

    MainLayout(WebDriver driver, String baseUrl) {
        super(driver);
        this.baseUrl = baseUrl;
    }

    /**
     * The settings entry is the owner's landmark; on a narrow screen the drawer may be closed,
     * so presence in the DOM is enough here rather than visibility.
     */
    MainLayout waitUntilShown() {
        waitForVaadin();
        waitFor(() -> "main layout with #" + NAV_SETTINGS + " at " + driver.getCurrentUrl())
                .until(d -> !d.findElements(org.openqa.selenium.By.id(NAV_SETTINGS)).isEmpty());
        return this;
    }

    /** Taps a side-nav item, e.g. {@link #NAV_CUSTOMERS}. */
    public void navigate(String navItemId) {
        tapId(navItemId);
    }

    public MenuSettingsPage openMenuSettings() {
        return MenuSettingsPage.open(driver, baseUrl);
    }

    public String baseUrl() {
        return baseUrl;
    }
}
