package jp.salonkarte.mail;

import jp.salonkarte.IntegrationTest;
import jp.salonkarte.store.StoreService;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/** The owner edits the receipt mail under settings → メール like the booking mails. */
@IntegrationTest
@WithUserDetails("manager@example.com")
class ReceiptTemplateTest {

    @Autowired MailTemplates templates;
    @Autowired StoreService stores;

    @Test
    void anEditedReceiptTemplateIsStoredAndResetGivesTheDefaultBack() {
        long storeId = stores.currentStore().orElseThrow().id();
        try {
            templates.save(storeId, new MailTemplate(MailKind.RECEIPT, "{店舗名} 領収書 {領収書番号}", "{お客様名} 様\n{合計}"));
            assertThat(templates.isCustomised(storeId, MailKind.RECEIPT)).isTrue();
            assertThat(templates.template(storeId, MailKind.RECEIPT).subject()).isEqualTo("{店舗名} 領収書 {領収書番号}");
        } finally {
            templates.reset(storeId, MailKind.RECEIPT);
        }
        assertThat(templates.template(storeId, MailKind.RECEIPT)).isEqualTo(MailTemplate.defaults(MailKind.RECEIPT));
    }
}
