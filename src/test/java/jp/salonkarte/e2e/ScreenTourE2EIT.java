package jp.salonkarte.e2e;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jp.salonkarte.e2e.pages.LoginPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every screen of the skeleton on an iPad in portrait and landscape (Chromium with touch):
 * it renders without a Vaadin error, names itself in the navbar, and every visible button
 * and field is at least 44 px high. The screenshots are for people to look at.
 */
@ExtendWith(AppUnderTest.class)
class ScreenTourE2EIT {

    private static final String VISIBLE_CONTROLS_UNDER_44PX = """
            const small = [];
            const visit = root => {
              root.querySelectorAll('vaadin-button, vaadin-text-field, vaadin-integer-field, vaadin-email-field,'
                  + ' vaadin-password-field, vaadin-select, vaadin-time-picker, .drawer-nav a,'
                  + ' vaadin-checkbox, vaadin-radio-button, vaadin-drawer-toggle').forEach(e => {
                const r = e.getBoundingClientRect();
                const visible = r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight;
                const fieldHeight = e.shadowRoot && e.shadowRoot.querySelector('[part=input-field]')
                    ? e.shadowRoot.querySelector('[part=input-field]').getBoundingClientRect().height : r.height;
                if (visible && Math.min(r.height, fieldHeight) < 44) {
                  small.push((e.id || e.localName) + ':' + Math.round(Math.min(r.height, fieldHeight)));
                }
              });
              root.querySelectorAll('*').forEach(e => { if (e.shadowRoot) visit(e.shadowRoot); });
            };
            visit(document);
            return small;
            """;

    @Test
    void everyScreenRendersWithTouchSizedControlsInBothOrientations() {
        try (BrowserSession session = Browsers.open(Browsers.CHROMIUM)) {
            WebDriver driver = session.driver();
            LoginPage.open(driver, AppUnderTest.baseUrl()).loginAsDemoOwner();
            for (String orientation : List.of("portrait", "landscape")) {
                boolean portrait = orientation.equals("portrait");
                ((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                        "width", portrait ? 820 : 1180, "height", portrait ? 1180 : 820,
                        "deviceScaleFactor", 2, "mobile", true));
                for (String[] screen : new String[][] {{"", "予約台帳"}, {"customers", "顧客・カルテ"},
                        {"checkout", "会計"}, {"settings", "設定"},
                        {"settings/staff", "設定"}, {"settings/menus", "設定"}, {"customers/karte/1", "顧客・カルテ"},
                        {"settings/karte-fields", "設定"}, {"settings/shifts", "設定"}, {"customers/duplicates", "顧客・カルテ"},
                        {"customers/import", "顧客・カルテ"}, {"checkout/tickets", "会計"}, {"checkout/close", "会計"},
                        {"printing/jobs", "印刷状況"}, {"settings/printers", "設定"}, {"settings/consent", "設定"},
                        {"settings/web-booking", "設定"}, {"settings/mail", "設定"}, {"settings/audit", "設定"},
                        {"customers/consent/1", "顧客・カルテ"}, {"reports", "集計"}}) {
                    open(driver, screen[0]);
                    String name = (screen[0].isEmpty() ? "reservations" : screen[0].replace('/', '-'));
                    session.screenshot("tour-" + name + "-" + orientation);
                    assertThat(driver.findElements(By.cssSelector(".v-system-error"))).as(name).isEmpty();
                    assertThat(driver.findElement(By.id("view-title")).getText()).as(name).isEqualTo(screen[1]);
                    assertThat(smallControls(driver)).as("controls under 44 px on %s (%s)", name, orientation)
                            .isEmpty();
                    assertThat(undefinedElements(driver)).as("components missing from the bundle on %s", name).isEmpty();
                }
                // The booking sheet: a dialog of the board, whose components the board's chunk must bring.
                open(driver, "");
                session.tap(driver.findElement(By.id("board-new")));
                waitFor(driver, By.id("booking-save"));
                session.screenshot("tour-booking-sheet-" + orientation);
                assertThat(smallControls(driver)).as("booking sheet (%s)", orientation).isEmpty();
                assertThat(undefinedElements(driver)).as("components missing from the bundle on the booking sheet")
                        .isEmpty();
                open(driver, "settings/menus");
                session.tap(driver.findElement(By.id("menu-new")));
                waitFor(driver, By.id("menu-save"));
                session.screenshot("tour-menu-editor-" + orientation);
                assertThat(smallControls(driver)).as("menu editor (%s)", orientation).isEmpty();
                open(driver, "customers/karte/1");
                session.tap(driver.findElement(By.id("karte-new-visit")));
                waitFor(driver, By.id("visit-save"));
                session.screenshot("tour-visit-editor-" + orientation);
                assertThat(smallControls(driver)).as("visit editor (%s)", orientation).isEmpty();
                open(driver, "customers/karte/1");
                var sheetButtons = driver.findElements(By.cssSelector("[id^=visit-sheet-]"));
                if (!sheetButtons.isEmpty()) { // demo customer 1 has visits unless the demo data changed
                    session.tap(sheetButtons.getFirst());
                    waitFor(driver, By.id("sheet-template-head"));
                    session.screenshot("tour-sheet-chooser-" + orientation);
                    assertThat(smallControls(driver)).as("sheet chooser (%s)", orientation).isEmpty();
                }
            }
        }
    }

    @Test
    void aStaffMemberTypingTheSettingsUrlDoesNotGetThere() {
        try (BrowserSession session = Browsers.open(Browsers.CHROMIUM)) {
            WebDriver driver = session.driver();
            LoginPage.open(driver, AppUnderTest.baseUrl()).login("staff@example.com", LoginPage.DEMO_OWNER_PASSWORD);
            driver.get(AppUnderTest.baseUrl() + "/settings/menus");
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                    .executeScript("return document.readyState === 'complete' && !!(window.Vaadin && window.Vaadin.Flow"
                            + " && window.Vaadin.Flow.clients && Object.keys(window.Vaadin.Flow.clients).length"
                            + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive()))")));
            session.screenshot("tour-staff-denied-settings");
            assertThat(driver.findElements(By.id("menu-grid"))).isEmpty();
            assertThat(driver.findElement(By.id("not-found")).getText()).contains("この画面は開けません");
            assertThat(driver.findElements(By.id("nav-settings"))).isEmpty();

            open(driver, "");
            session.screenshot("tour-staff-board");
            session.tap(driver.findElement(By.id("nav-toggle")));
            try {
                new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElement(By.id("logout")).isDisplayed());
            } catch (RuntimeException e) {
                session.screenshotQuietly("failure-tour-staff-logout");
                throw e;
            }
            session.tap(driver.findElement(By.id("logout")));
            try {
                new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("/login"));
            } catch (RuntimeException e) {
                session.screenshotQuietly("failure-tour-staff-after-logout");
                throw e;
            }
            driver.get(AppUnderTest.baseUrl() + "/settings");
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("/login"));
        }
    }

    @Test
    void everyScreenRendersInWebKit() {
        try (BrowserSession session = Browsers.open(Browsers.WEBKIT)) {
            WebDriver driver = session.driver();
            LoginPage.open(driver, AppUnderTest.baseUrl()).loginAsDemoOwner();
            for (String[] screen : new String[][] {{"", "予約台帳"}, {"customers", "顧客・カルテ"},
                    {"settings", "設定"}, {"settings/staff", "設定"}, {"settings/menus", "設定"},
                    {"customers/karte/1", "顧客・カルテ"}, {"checkout", "会計"}, {"settings/printers", "設定"},
                    {"settings/consent", "設定"}, {"customers/consent/1", "顧客・カルテ"}}) {
                open(driver, screen[0]);
                String name = screen[0].isEmpty() ? "reservations" : screen[0].replace('/', '-');
                session.screenshot("tour-" + name);
                assertThat(driver.findElements(By.cssSelector(".v-system-error"))).as(name).isEmpty();
                assertThat(driver.findElement(By.id("view-title")).getText()).as(name).isEqualTo(screen[1]);
            }
        }
    }

    @Test
    void addToHomeScreenOpensTheAppFullScreen() throws Exception {
        var client = java.net.http.HttpClient.newHttpClient();
        var manifest = client.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(AppUnderTest.baseUrl() + "/manifest.webmanifest")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(manifest.statusCode()).isEqualTo(200);
        assertThat(manifest.body()).contains("\"display\":\"standalone\"").contains("icon-512x512.png");
        var login = client.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(AppUnderTest.baseUrl() + "/login")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(login.body()).contains("rel=\"apple-touch-icon\"").contains("apple-mobile-web-app-capable");
    }

    private static void open(WebDriver driver, String path) {
        driver.get(AppUnderTest.baseUrl() + "/" + path);
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("return !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                        + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive()))"
                        + " && document.querySelector('vaadin-app-layout, vaadin-login-form') !== null")));
    }

    private static void waitFor(WebDriver driver, By by) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !d.findElements(by).isEmpty());
    }

    /**
     * Web components on the page that the browser does not know: a component a view uses whose code
     * is not in that route's chunk of the production bundle (the bundle must be rebuilt). Flow's own
     * {@code flow-container-root-*} and the {@code *-content} wrappers Vaadin puts around cells and
     * dialog content ({@code vaadin-grid-cell-content}, {@code vaadin-dialog-content}) are plain elements.
     */
    @SuppressWarnings("unchecked")
    private static List<String> undefinedElements(WebDriver driver) {
        String script = """
                return [...new Set([...document.querySelectorAll(':not(:defined)')].map(e => e.localName)
                    .filter(n => /^(vaadin|salon|karte)-/.test(n) && !n.endsWith('-content')))];""";
        try {
            // A chunk still arriving gets a few seconds; a component that is not in the bundle never arrives.
            new WebDriverWait(driver, Duration.ofSeconds(5)).until(d ->
                    ((List<String>) ((JavascriptExecutor) d).executeScript(script)).isEmpty());
        } catch (org.openqa.selenium.TimeoutException stillUndefined) {
            // reported below
        }
        return (List<String>) ((JavascriptExecutor) driver).executeScript(script);
    }

    @SuppressWarnings("unchecked")
    private static List<String> smallControls(WebDriver driver) {
        return (List<String>) ((JavascriptExecutor) driver).executeScript(VISIBLE_CONTROLS_UNDER_44PX);
    }
}
