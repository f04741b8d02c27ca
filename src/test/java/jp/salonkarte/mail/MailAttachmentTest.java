package jp.salonkarte.mail;

import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;

import jp.salonkarte.IntegrationTest;
import jp.salonkarte.store.StoreService;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/** Outbox mail with a file attached (a consent form's PDF): stored with the mail, sent once, after an outage too. */
@IntegrationTest
@WithUserDetails("staff@example.com")
class MailAttachmentTest {

    private static GreenMail smtp = start(0);

    private static GreenMail start(int port) {
        GreenMail g = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        g.start();
        return g;
    }

    @AfterAll
    static void stop() {
        smtp.stop();
    }

    @Autowired MailOutbox outbox;
    @Autowired StoreService stores;
    @Autowired JdbcClient jdbc;

    private OutboxSender sender() {
        return TestSenders.against(smtp, outbox, stores);
    }

    @Test
    void anAttachedPdfWaitsOutAMailServerOutageAndArrivesOnceWithTheMail() throws Exception {
        long store = stores.currentStore().orElseThrow().id();
        String email = "consent-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        byte[] pdf = "%PDF-1.7 テスト".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String key = "CONSENT:test:" + UUID.randomUUID();
        MailOutbox.Attachment file = new MailOutbox.Attachment("CF-20261124-000001.pdf", "application/pdf", pdf);
        assertThat(outbox.enqueue(store, MailKind.CONSENT, null, key, email, "【店】同意書の控え", "本文", List.of(file)))
                .isTrue();
        assertThat(outbox.enqueue(store, MailKind.CONSENT, null, key, email, "【店】同意書の控え", "本文", List.of(file)))
                .as("the same request twice is one mail").isFalse();
        long mailId = jdbc.sql("select id from mail_outbox where dedupe_key = ?").param(key).query(Long.class).single();
        assertThat(outbox.attachments(mailId)).singleElement().satisfies(a -> assertThat(a.content()).isEqualTo(pdf));

        int port = smtp.getSmtp().getPort();
        OutboxSender toStoppedServer = sender();
        smtp.stop();
        try {
            toStoppedServer.sendDue();
            assertThat(outbox.find(mailId).orElseThrow().status()).isEqualTo(MailOutbox.Status.PENDING);
        } finally {
            smtp = start(port);
        }
        jdbc.sql("update mail_outbox set next_attempt_at = next_attempt_at - interval 2 minute where id = ?")
                .param(mailId).update();
        OutboxSender sender = sender();
        sender.sendDue();
        sender.sendDue();

        assertThat(TestSenders.received(smtp, email)).hasSize(1);
        Multipart parts = (Multipart) TestSenders.received(smtp, email).getFirst().getContent();
        BodyPart attachment = null;
        for (int i = 0; i < parts.getCount(); i++) {
            if ("CF-20261124-000001.pdf".equals(parts.getBodyPart(i).getFileName())) {
                attachment = parts.getBodyPart(i);
            }
        }
        assertThat(attachment).isNotNull();
        assertThat(attachment.getContentType()).startsWith("application/pdf");
        assertThat(attachment.getInputStream().readAllBytes()).isEqualTo(pdf);
        assertThat(outbox.find(mailId).orElseThrow().status()).isEqualTo(MailOutbox.Status.SENT);
    }
}
