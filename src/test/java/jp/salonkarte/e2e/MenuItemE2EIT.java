package jp.salonkarte.e2e;

import jp.salonkarte.e2e.pages.LoginPage;
import jp.salonkarte.e2e.pages.MainLayout;
import jp.salonkarte.e2e.pages.MenuSettingsPage;
import jp.salonkarte.e2e.pages.MenuSettingsPage.MenuItemForm;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The salon owner adds a service to the menu on an iPad-size screen, in Chromium (touch) and
 * WebKit (Safari's engine), and it survives a reload, i.e. it was stored.
 */
@ExtendWith(AppUnderTest.class)
class MenuItemE2EIT {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {Browsers.CHROMIUM, Browsers.WEBKIT})
    void ownerCreatesMenuItemThatIsPersisted(String browser) {
        try (BrowserSession session = Browsers.open(browser)) {
            try {
                LoginPage login = LoginPage.open(session.driver(), AppUnderTest.baseUrl());
                session.screenshot("login");
                MainLayout main = login.loginAsDemoOwner();

                MenuSettingsPage menus = main.openMenuSettings();
                // Unique per browser: both browsers share one app and database in a run.
                String name = "E2Eカット" + System.currentTimeMillis();
                // The tax rate is the default already; choosing it still exercises a vaadin-select overlay.
                menus.create(MenuItemForm.service(name, 5500, 60).withTaxRate("10%"));

                assertTrue(menus.awaitEditorClosed(),
                        () -> "editor still open after save; shown errors: " + menus.editorErrors());
                assertTrue(menus.awaitListed(name),
                        () -> name + " not in #menu-grid; rendered cells: " + menus.renderedCellTexts());
                session.screenshot("menus");

                MenuSettingsPage reloaded = menus.reload();
                assertTrue(reloaded.awaitListed(name),
                        () -> name + " gone after reload, so not persisted; rendered cells: "
                                + reloaded.renderedCellTexts());
            } catch (RuntimeException | AssertionError e) {
                session.screenshotQuietly("failure-menu-item");
                throw e;
            }
        }
    }
}
