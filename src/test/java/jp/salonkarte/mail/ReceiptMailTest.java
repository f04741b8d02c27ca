package jp.salonkarte.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

import jp.salonkarte.IntegrationTest;
import jp.salonkarte.checkout.CheckoutException;
import jp.salonkarte.checkout.CheckoutService;
import jp.salonkarte.checkout.Discount;
import jp.salonkarte.checkout.LineKind;
import jp.salonkarte.checkout.PaidTicket;
import jp.salonkarte.checkout.Payment;
import jp.salonkarte.checkout.Receipts;
import jp.salonkarte.checkout.TicketDraft;
import jp.salonkarte.checkout.TicketLine;
import jp.salonkarte.store.StoreService;

/** The receipt PDF mailed to the customer: queued once per request, sent once, through a real SMTP server. */
@IntegrationTest
@WithUserDetails("staff@example.com")
class ReceiptMailTest {

    private static final GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    static {
        smtp.start();
    }

    @AfterAll
    static void stop() {
        smtp.stop();
    }

    @Autowired CheckoutService checkout;
    @Autowired Receipts receipts;
    @Autowired StoreService stores;
    @Autowired MailOutbox outbox;
    @Autowired JdbcClient jdbc;

    private OutboxSender sender() {
        return TestSenders.against(smtp, outbox, stores);
    }

    private PaidTicket paid() {
        long store = stores.currentStore().orElseThrow().id();
        TicketDraft draft = new TicketDraft(store, null, null, List.of(
                new TicketLine(LineKind.SERVICE, null, "カット", 5500, 1, 10, null, Discount.NONE),
                new TicketLine(LineKind.PRODUCT, null, "ハーブティー", 1080, 1, 8, null, Discount.NONE)), Discount.NONE);
        return checkout.commit(draft, UUID.randomUUID(), List.of(Payment.cash(6580, 10000)));
    }

    private int receiptMails(String to) {
        return jdbc.sql("select count(*) from mail_outbox where kind = 'RECEIPT' and recipient = ?").params(to)
                .query(Integer.class).single();
    }

    @Test
    void theReceiptPdfIsMailedOnceEvenWhenStaffTapSendTwice() throws Exception {
        PaidTicket ticket = paid();
        String to = "receipt-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        UUID request = UUID.randomUUID();

        assertThat(receipts.mail(ticket, to, request)).isTrue();
        assertThat(receipts.mail(ticket, to, request)).as("the double tap").isFalse();
        assertThat(receiptMails(to)).isEqualTo(1);

        OutboxSender sender = sender();
        sender.sendDue();
        sender.sendDue();
        List<MimeMessage> received = TestSenders.received(smtp, to);
        assertThat(received).hasSize(1);
        MimeMessage mail = received.getFirst();
        assertThat(mail.getSubject()).contains("領収書 No." + ticket.receiptNo());

        BodyPart pdfPart = attachment((Multipart) mail.getContent());
        assertThat(pdfPart.getContentType()).startsWith("application/pdf");
        assertThat(pdfPart.getFileName()).isEqualTo("receipt-" + ticket.receiptNo() + ".pdf");
        try (InputStream in = pdfPart.getInputStream(); PdfReader pdf = new PdfReader(in.readAllBytes())) {
            String text = new PdfTextExtractor(pdf).getTextFromPage(1).replaceAll("\\s*\\n\\s*", "");
            assertThat(text).contains("領収書", "No." + ticket.receiptNo(), "ハーブティー ※", "お預り（現金）",
                    "¥10,000");
        }
    }

    @Test
    void aWrongAddressIsRefusedAndNothingIsQueued() {
        PaidTicket ticket = paid();
        assertThatThrownBy(() -> receipts.mail(ticket, "hanako@example", UUID.randomUUID()))
                .isInstanceOfSatisfying(CheckoutException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("receipt.error.email"));
        assertThat(receiptMails("hanako@example")).isZero();
    }

    private static BodyPart attachment(Multipart multipart) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                return part;
            }
            if (part.getContent() instanceof Multipart nested) {
                BodyPart found = attachment(nested);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
