package jp.salonkarte.consent.ui;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;

import jp.salonkarte.IntegrationTest;
import jp.salonkarte.consent.ConsentForm;
import jp.salonkarte.consent.ConsentService;
import jp.salonkarte.consent.ConsentTemplate;
import jp.salonkarte.consent.ConsentTemplateService;
import jp.salonkarte.consent.TestSignatures;
import jp.salonkarte.customer.Customer;
import jp.salonkarte.customer.CustomerService;
import jp.salonkarte.security.KioskLock;
import jp.salonkarte.store.StoreService;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Customer mode on the iPad: the form is signed only when complete; staff routes, typed or
 * navigated, land back on the kiosk while it is locked; a wrong PIN keeps it locked, the right one
 * opens the karte, which lists the signed form.
 */
@IntegrationTest
@WithUserDetails("staff@example.com")
class KioskScreenTest extends SpringBrowserlessTest {

    @Autowired CustomerService customers;
    @Autowired ConsentService consents;
    @Autowired ConsentTemplateService templates;
    @Autowired StoreService stores;

    private Customer customer() {
        Customer c = Customer.create("受付", "桜", "ウケツケ", "サクラ", Instant.now());
        return customers.save(new Customer(null, null, c.familyName(), c.givenName(), c.familyNameKana(),
                c.givenNameKana(), null, null, null, null, null, null, null, null, null, null, null, null, false,
                true, c.createdAt(), c.updatedAt(), Set.of(), 0));
    }

    private KioskView startKiosk(Customer c, String title) {
        navigate(ConsentStartView.class, Map.of("customerId", String.valueOf(c.id())));
        ConsentStartView start = (ConsentStartView) getCurrentView();
        ConsentTemplate template = templates.active(stores.currentStore().orElseThrow().id()).stream()
                .filter(t -> t.title().equals(title)).findFirst().orElseThrow();
        assertThat(start.start.isEnabled()).isFalse();
        start.template.setValue(template);
        test($(Button.class).withId("consent-start").single()).click();
        assertThat(getCurrentView()).isInstanceOf(KioskView.class);
        assertThat(KioskLock.current()).isPresent();
        return (KioskView) getCurrentView();
    }

    private static void sign(SignaturePad pad) {
        ComponentUtil.fireEvent(pad, new SignaturePad.ChangeEvent(pad, true,
                TestSignatures.dataUrl(TestSignatures.signed()), 3));
    }

    @Test
    void signStaysDisabledUntilEveryItemIsTickedTheRequiredQuestionAnsweredAndTheFormSigned() {
        Customer c = customer();
        KioskView kiosk = startKiosk(c, "ヘアカラー・パッチテスト同意書");
        Button signButton = $(Button.class).withId("consent-sign").single();
        assertThat(kiosk.getElement().getTextRecursively()).contains("受付 桜 様").doesNotContain("{{");
        assertThat(signButton.isEnabled()).isFalse();

        var boxes = $(Checkbox.class).all();
        assertThat(boxes).hasSize(3);
        test(boxes.get(0)).click();
        test(boxes.get(1)).click();
        assertThat(signButton.isEnabled()).isFalse();
        test(boxes.get(2)).click();
        assertThat(signButton.isEnabled()).as("the allergy question is required").isFalse();
        assertThat(kiosk.missing.getText()).contains("かぶれたことはありますか");
        test($(TextArea.class).withId("consent-answer-0").single()).setValue("ありません");
        assertThat(signButton.isEnabled()).as("not signed yet").isFalse();
        sign(kiosk.signature);
        assertThat(signButton.isEnabled()).isTrue();

        test(signButton).click();

        assertThat(kiosk.thanks.isVisible()).isTrue();
        assertThat(kiosk.form.isVisible()).isFalse();
        assertThat(jp.salonkarte.base.SystemActor.call("test", () -> consents.forCustomer(c.id()))).singleElement()
                .satisfies(f -> assertThat(f.answers().getFirst().answer()).isEqualTo("ありません"));
        assertThat(KioskLock.current()).as("still customer mode after signing").isPresent();
    }

    @Test
    void staffRoutesLandBackOnTheKioskWhileItIsLockedAndShowNoStaffData() {
        Customer c = customer();
        startKiosk(c, "まつげエクステ施術同意書");
        String kioskPath = KioskLock.current().orElseThrow().path();

        for (String staffRoute : new String[] {"", "customers", "customers/karte/" + c.id(), "settings/consent",
                "checkout"}) {
            UI.getCurrent().navigate(staffRoute);
            assertThat(getCurrentView()).as(staffRoute).isInstanceOf(KioskView.class);
            assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo(kioskPath);
        }
        assertThat($(com.vaadin.flow.component.applayout.AppLayout.class).exists()).as("no navigation").isFalse();
        assertThat($(com.vaadin.flow.component.grid.Grid.class).exists()).as("no staff lists").isFalse();
    }

    @Test
    void aWrongPinKeepsTheKioskLockedAndTheRightOneOpensTheKarteWithTheSignedForm() {
        Customer c = customer();
        KioskView kiosk = startKiosk(c, "ヘアカラー・パッチテスト同意書");
        $(Checkbox.class).all().forEach(b -> test(b).click());
        test($(TextArea.class).withId("consent-answer-0").single()).setValue("なし");
        sign(kiosk.signature);
        test($(Button.class).withId("consent-sign").single()).click();

        test($(Button.class).withId("kiosk-exit").single()).click();
        type("9999");
        PasswordField pin = $(PasswordField.class).withId("pin-input").single();
        assertThat(pin.isInvalid()).isTrue();
        assertThat(pin.getErrorMessage()).contains("PINが違います");
        assertThat(KioskLock.current()).isPresent();

        type("3333");
        assertThat(KioskLock.current()).isEmpty();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("customers/karte/" + c.id());
        ConsentForm signed = consents.forCustomer(c.id()).getFirst();
        assertThat($(Button.class).withId("consent-form-" + signed.id()).exists()).isTrue();
        test($(Button.class).withId("consent-form-" + signed.id()).single()).click();
        assertThat(test($(com.vaadin.flow.component.html.Span.class).withId("consent-verify").single()).getText())
                .contains("署名は有効です");
        test($(Button.class).withId("consent-print").single()).click();
        assertThat(lastNotification()).contains("書類用プリンターが設定されていません");
    }

    private void type(String digits) {
        for (char ch : digits.toCharArray()) {
            test($(Button.class).withId("pin-key-" + ch).single()).click();
        }
        test($(Button.class).withId("pin-key-ok").single()).click();
    }

    private String lastNotification() {
        var notes = $(com.vaadin.flow.component.notification.Notification.class).all();
        return notes.isEmpty() ? "" : test(notes.getLast()).getText();
    }
}
