package jp.salonkarte.e2e;

import jp.salonkarte.e2e.pages.LoginPage;
import jp.salonkarte.e2e.pages.MainLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Cookie;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PIN staff switch on a shared iPad, in a real browser against the real server: the new staff
 * member gets a new session id (DD033), so an id seen before the switch cannot ride on their login.
 * Browserless tests cannot show this (their requests cannot change the session id).
 */
@ExtendWith(AppUnderTest.class)
class StaffSwitchE2EIT {

    @Test
    void switchingStaffByPinGivesANewSessionId() {
        try (BrowserSession ipad = Browsers.open(Browsers.CHROMIUM)) {
            try {
                MainLayout shell = LoginPage.open(ipad.driver(), AppUnderTest.baseUrl()).loginAsDemoOwner();
                String owner = shell.currentStaff();
                Cookie before = ipad.driver().manage().getCookieNamed("JSESSIONID");
                assertThat(before).isNotNull();

                MainLayout switched = shell.switchStaff("佐藤 健太", "2222");
                ipad.screenshot("staff-switched-chromium");

                assertThat(switched.currentStaff()).contains("佐藤 健太").isNotEqualTo(owner);
                Cookie after = ipad.driver().manage().getCookieNamed("JSESSIONID");
                assertThat(after.getValue()).as("a new session id for the new person").isNotEqualTo(before.getValue());
            } catch (RuntimeException | AssertionError e) {
                ipad.screenshotQuietly("failure-staff-switch-chromium");
                throw e;
            }
        }
    }
}
