package jp.salonkarte.e2e;

import jp.salonkarte.e2e.pages.KartePage;
import jp.salonkarte.e2e.pages.KioskPage;
import jp.salonkarte.e2e.pages.LoginPage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A consent form signed on the iPad (Chromium with touch, and WebKit): staff open the hair colour
 * form from a customer's karte and hand over; the customer ticks, answers and signs with a finger;
 * a typed address, the back button and a reload all stay in customer mode without staff data;
 * the staff PIN unlocks, and the karte lists the signed form.
 */
@ExtendWith(AppUnderTest.class)
class ConsentKioskE2EIT {

    private static final String FORM = "ヘアカラー・パッチテスト同意書";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {Browsers.CHROMIUM, Browsers.WEBKIT})
    void aFormSignedInCustomerModeCannotBeLeftWithoutThePinAndIsKeptOnTheKarte(String browser) {
        try (BrowserSession session = Browsers.open(browser)) {
            try {
                LoginPage.open(session.driver(), AppUnderTest.baseUrl()).loginAsDemoOwner();
                long customerId = browser.equals(Browsers.CHROMIUM) ? 7 : 77;
                KartePage karte = KartePage.open(session.driver(), AppUnderTest.baseUrl(), customerId);
                int before = karte.consentForms().size();

                KioskPage kiosk = karte.askForConsent().startCustomerMode(FORM);
                assertThat(kiosk.showsStaffData()).isFalse();
                assertThat(kiosk.checkItemCount()).isEqualTo(3);
                assertThat(kiosk.signEnabled()).isFalse();
                kiosk.tick(0).tick(1).tick(2);
                assertThat(kiosk.signEnabled()).as("the allergy question is required").isFalse();
                kiosk.answer(0, "なし");
                assertThat(kiosk.signEnabled()).as("not signed yet").isFalse();
                kiosk.signWithFinger();
                session.screenshot("consent-kiosk-signed-" + browser);
                kiosk.send();
                assertThat(kiosk.showsThanks()).isTrue();
                String kioskUrl = kiosk.url();

                KioskPage typed = kiosk.typeAddress("/");
                assertThat(typed.url()).isEqualTo(kioskUrl);
                assertThat(typed.showsStaffData()).isFalse();
                typed = typed.typeAddress("/customers/karte/" + customerId);
                assertThat(typed.url()).isEqualTo(kioskUrl);
                assertThat(typed.showsStaffData()).isFalse();
                KioskPage back = typed.back();
                assertThat(back.url()).isEqualTo(kioskUrl);
                assertThat(back.showsStaffData()).isFalse();
                KioskPage reloaded = back.reload();
                assertThat(reloaded.showsThanks()).as("still the thank-you screen after a reload").isTrue();
                assertThat(reloaded.showsStaffData()).isFalse();
                session.screenshot("consent-kiosk-locked-" + browser);

                KartePage after = reloaded.unlockWithPin("1111");
                assertThat(after.consentForms()).hasSize(before + 1)
                        .anySatisfy(f -> assertThat(f).contains(FORM).contains("第1版"));
                session.screenshot("consent-karte-" + browser);
            } catch (RuntimeException | AssertionError e) {
                session.screenshotQuietly("failure-consent-kiosk-" + browser);
                throw e;
            }
        }
    }
}
