package jp.salonkarte.e2e.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

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
        openDrawer();
        for (int attempt = 0; ; attempt++) {
            try {
                navigate(NAV_CUSTOMERS);
                break;
            } catch (org.openqa.selenium.ElementNotInteractableException | org.openqa.selenium.TimeoutException
                    stillSliding) {
                // WebKit: the drawer is on screen but still sliding in, or closed again under a slow
                // first layout; open it again and tap a moment later.
                if (attempt >= 4) {
                    throw stillSliding;
                }
                sleepQuietly(500);
                openDrawer();
            }
        }
        return CustomersPage.shown(driver, baseUrl);
    }

    /** In portrait the drawer is an overlay and closed: the menu button opens it. */
    private void openDrawer() {
        waitForVaadin();
        for (int attempt = 0; attempt < 6 && !drawerShown(); attempt++) {
            if (!Boolean.TRUE.equals(js().executeScript(DRAWER_CLOSED_OVER_CONTENT))) {
                // The layout has not decided yet whether the drawer is an overlay: give it a moment.
                sleepQuietly(500);
                continue;
            }
            // A tap while the first view is still laying out can be lost (seen in WebKit): wait for Vaadin
            // and tap again until the drawer is open.
            waitForVaadin();
            tapId(NAV_TOGGLE);
            try {
                new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(5))
                        .until(d -> drawerShown());
            } catch (org.openqa.selenium.TimeoutException e) {
                // still closed: the loop taps the menu button again
            }
        }
    }

    private boolean drawerShown() {
        return Boolean.TRUE.equals(js().executeScript(
                "const n = document.getElementById('" + NAV_CUSTOMERS + "'); return !!n && n.getClientRects().length > 0"
                        + " && (() => { const r = n.getBoundingClientRect(); return r.right > 0 && r.left < innerWidth; })();"));
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Who the drawer says is working the iPad (「…が作業中」). */
    public String currentStaff() {
        waitForVaadin();
        // In portrait the drawer is closed: read the text whether or not it is on screen.
        waitFor(() -> "#current-staff").until(d -> !d.findElements(By.id("current-staff")).isEmpty());
        return driver.findElement(By.id("current-staff")).getDomProperty("textContent");
    }

    /**
     * The quick staff switch: 「スタッフ切替」 in the drawer, the staff member's chip (found by their
     * name), their PIN on the keypad. The page reloads as the new staff member.
     */
    public MainLayout switchStaff(String displayName, String pin) {
        openDrawer();
        tapId("staff-switch");
        waitFor(() -> "staff chip " + displayName).until(d -> d.findElements(By.cssSelector("vaadin-button[id^='staff-switch-']:not(#staff-switch-cancel)"))
                .stream().anyMatch(b -> b.getText().contains(displayName)));
        WebElement chip = driver.findElements(By.cssSelector("vaadin-button[id^='staff-switch-']:not(#staff-switch-cancel)")).stream()
                .filter(b -> b.getText().contains(displayName)).findFirst().orElseThrow();
        tap(chip);
        byId("pin-input");
        for (char digit : pin.toCharArray()) {
            tapId("pin-key-" + digit);
        }
        tapId("pin-key-ok");
        waitFor(() -> "the page reloaded as " + displayName)
                .until(d -> !d.findElements(By.id("current-staff")).isEmpty()
                        && String.valueOf(d.findElement(By.id("current-staff")).getDomProperty("textContent"))
                                .contains(displayName));
        return waitUntilShown();
    }

    public MenuSettingsPage openMenuSettings() {
        return MenuSettingsPage.open(driver, baseUrl);
    }

    public String baseUrl() {
        return baseUrl;
    }
}
