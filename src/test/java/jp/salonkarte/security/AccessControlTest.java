package jp.salonkarte.security;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;

import jp.salonkarte.IntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/** Who may open what: a STAFF user cannot reach settings, not even by typing the URL. */
@IntegrationTest
class AccessControlTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("staff@example.com")
    void staffCannotOpenSettingsByUrl() {
        for (String url : new String[] {"settings", "settings/menus", "settings/staff", "customers/import",
                "settings/karte-fields"}) {
            try {
                navigate(url, com.vaadin.flow.component.Component.class);
            } catch (Exception | AssertionError refused) {
                // Refused navigation is what we want; the check below is the proof.
            }
            assertThat(getCurrentView().getClass().getSimpleName())
                    .as("view shown for /%s", url)
                    .isNotIn("StoreSettingsView", "MenuView", "StaffView", "CustomerImportView", "KarteFieldsView");
        }
    }

    @Test
    @WithUserDetails("staff@example.com")
    void staffSeeNoSettingsInTheNavigation() {
        assertThat(MenuConfiguration.getMenuEntries()).extracting(MenuEntry::path)
                .contains("/", "/customers", "/checkout").doesNotContain("/settings");
    }

    @Test
    @WithUserDetails("manager@example.com")
    void managersSeeSettings() {
        assertThat(MenuConfiguration.getMenuEntries()).extracting(MenuEntry::path).contains("/settings");
    }
}
