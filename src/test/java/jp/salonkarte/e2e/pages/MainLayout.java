package jp.salonkarte.e2e.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The signed-in shell with the side navigation; its items have stable ids {@code nav-*}. */
public final class MainLayout extends VaadinPage {

    public static final String NAV_RESERVATIONS = "nav-reservations";
    public static final String NAV_CUSTOMERS = "nav-customers";
    public static final String NAV_CHECKOUT = "nav-checkout";
    public static final String NAV_SETTINGS = "nav-settings";
    /** The menu button that opens the drawer where it is an overlay (portrait). */
    public static final String NAV_TOGGLE = "nav-toggle";
    /** The side navigation itself. */
    public static final String NAV = "nav";

    private static final By SIDE_NAV = By.cssSelector("#" + NAV + ", [id^='nav-']:not(#nav-toggle)");

    private static final String DRAWER_CLOSED_OVER_CONTENT = """
            const layout = document.querySelector('vaadin-app-layout');
            return !!layout && layout.overlay === true && !layout.drawerOpened;
            """;

    private final String baseUrl;

    MainLayout(WebDriver driver, String baseUrl) {
        super(driver);
        this.baseUrl = baseUrl;
    }

    /**
     * Any side-nav entry will do as the landmark: staff without the owner's rights see fewer
     * items (no settings), and on a narrow screen the drawer may be closed, so presence in the
     * DOM is enough rather than visibility.
     */
    MainLayout waitUntilShown() {
        waitForVaadin();
        waitFor(() -> "main layout (#" + NAV + " or a nav-* item) at " + driver.getCurrentUrl())
                .until(d -> !d.findElements(SIDE_NAV).isEmpty());
        return this;
    }

    /** Whether the signed-in role sees this side-nav item, e.g. {@link #NAV_SETTINGS}. */
    public boolean hasNavItem(String navItemId) {
        waitForVaadin();
        return !driver.findElements(By.id(navItemId)).isEmpty();
    }

    /** Taps a side-nav item, e.g. {@link #NAV_CUSTOMERS}. */
    public void navigate(String navItemId) {
        tapId(navItemId);
    }

    /**
     * Opens the customers screen from the side navigation, as staff do: in portrait the drawer
     * is an overlay and closed, so the menu button opens it first.
     */
    public CustomersPage openCustomers() {
        waitForVaadin();
        for (int attempt = 0; attempt < 3 && Boolean.TRUE.equals(js().executeScript(DRAWER_CLOSED_OVER_CONTENT));
                attempt++) {
            // A tap while the first view is still laying out can be lost: tap again until the drawer is open.
            tapId(NAV_TOGGLE);
            try {
                new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(5))
                        .until(d -> !Boolean.TRUE.equals(js().executeScript(DRAWER_CLOSED_OVER_CONTENT)));
            } catch (org.openqa.selenium.TimeoutException e) {
                // still closed: the loop taps the menu button again
            }
        }
        navigate(NAV_CUSTOMERS);
        return CustomersPage.shown(driver, baseUrl);
    }

    public MenuSettingsPage openMenuSettings() {
        return MenuSettingsPage.open(driver, baseUrl);
    }

    public String baseUrl() {
        return baseUrl;
    }
}
