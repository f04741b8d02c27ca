package jp.salonkarte.mail.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;

import jp.salonkarte.IntegrationTest;
import jp.salonkarte.mail.MailKind;
import jp.salonkarte.mail.MailTemplates;
import jp.salonkarte.store.StoreService;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/** The owner edits the reminder text with a live preview; staff cannot open mail or web booking settings. */
@IntegrationTest
class MailSettingsScreenTest extends SpringBrowserlessTest {

    @Autowired MailTemplates templates;
    @Autowired StoreService stores;

    @Test
    @WithUserDetails("owner@example.com")
    void theOwnerEditsTheReminderTextSeesItFilledInAndCanGoBackToTheDefault() {
        long storeId = stores.currentStore().orElseThrow().id();
        MailSettingsView view = navigate(MailSettingsView.class);
        assertThat(view.preview.getText()).contains("山田 花子 様").contains("ご予約ありがとうございます")
                .doesNotContain("{お客様名}");
        test(view.kind).selectItem("前日リマインド");
        test(view.subject).setValue("【{店舗名}】明日お待ちしています");
        assertThat(view.preview.getText()).contains("明日お待ちしています").doesNotContain("{店舗名}");
        test($(Button.class).withId("mail-template-save").single()).click();
        assertThat(templates.template(storeId, MailKind.REMINDER).subject()).isEqualTo("【{店舗名}】明日お待ちしています");

        test(view.body).setValue("");
        test($(Button.class).withId("mail-template-save").single()).click();
        assertThat(view.body.isInvalid()).isTrue();
        assertThat(templates.template(storeId, MailKind.REMINDER).body()).isNotBlank();

        test($(Button.class).withId("mail-template-reset").single()).click();
        assertThat(templates.isCustomised(storeId, MailKind.REMINDER)).isFalse();
        assertThat(view.subject.getValue()).contains("明日のご予約のお知らせ");
    }

    @Test
    @WithUserDetails("staff@example.com")
    void staffCannotOpenMailOrWebBookingSettings() {
        for (String url : new String[] {"settings/mail", "settings/web-booking"}) {
            try {
                navigate(url, Component.class);
            } catch (Exception | AssertionError refused) {
                // refused: the check below is the proof
            }
            assertThat(getCurrentView().getClass().getSimpleName()).isNotIn("MailSettingsView",
                    "WebBookingSettingsView");
        }
    }
}
