package jp.salonkarte.e2e;

import jp.salonkarte.e2e.pages.CheckoutPage;
import jp.salonkarte.e2e.pages.LoginPage;
import jp.salonkarte.e2e.pages.ReportsPage;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The drill-down in a real browser at iPad size: a customer's ticket paid at the register shows as
 * today's bar on the reports chart; a tap on the bar lists the day's tickets and the row opens that
 * customer's karte. The ticket is paid first, so the test does not depend on what the demo salon
 * has paid by the test clock's hour.
 */
@ExtendWith(AppUnderTest.class)
class ReportsE2EIT {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {Browsers.CHROMIUM, Browsers.WEBKIT})
    void aTapOnABarOpensItsTicketsAndARowTheKarte(String browser) {
        try (BrowserSession ipad = Browsers.open(browser)) {
            try {
                LoginPage.open(ipad.driver(), AppUnderTest.baseUrl()).loginAsDemoOwner();
                CheckoutPage register = CheckoutPage.openWalkIn(ipad.driver(), AppUnderTest.baseUrl());
                register.chooseCustomer("岩崎");
                register.addFirstItemShown();
                register.payCash(register.total());
                register.commit();

                ReportsPage reports = ReportsPage.open(ipad.driver(), AppUnderTest.baseUrl());
                ipad.screenshot("reports-" + browser);
                reports.tapTallestBar();
                ipad.screenshot("reports-drill-" + browser);
                assertThat(reports.karteButtons()).as("rows with a customer").isNotEmpty();

                var karte = reports.openKarte(reports.karteButtons().getFirst(), AppUnderTest.baseUrl());
                assertThat(ipad.driver().getCurrentUrl()).contains("/customers/karte/");
                assertThat(karte).isNotNull();
                ipad.screenshot("reports-karte-" + browser);
            } catch (RuntimeException | AssertionError e) {
                ipad.screenshotQuietly("failure-reports-" + browser);
                throw e;
            }
        }
    }
}
