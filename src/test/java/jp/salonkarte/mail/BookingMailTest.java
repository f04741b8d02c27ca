package jp.salonkarte.mail;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.internet.MimeMessage;

import jp.salonkarte.IntegrationTest;
import jp.salonkarte.reservation.BookingService;
import jp.salonkarte.reservation.WebBookingFixtures;
import jp.salonkarte.reservation.WebBookingService;
import jp.salonkarte.store.StoreService;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/** Booking mail through a real SMTP server (GreenMail): written once, sent once, retried after a failure. */
@IntegrationTest
@WithUserDetails("staff@example.com")
class BookingMailTest {

    private static GreenMail smtp = start(0);

    private static GreenMail start(int port) {
        GreenMail g = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        g.start();
        return g;
    }

    private OutboxSender sender() {
        return TestSenders.against(smtp, outbox, stores);
    }

    @AfterAll
    static void stop() {
        smtp.stop();
    }

    @Autowired WebBookingService web;
    @Autowired BookingService bookings;
    @Autowired StoreService stores;
    @Autowired MailOutbox outbox;
    private OutboxSender sender;

    @BeforeEach
    void sender_() {
        sender = sender();
    }
    @Autowired BookingMails mails;
    @Autowired JdbcClient jdbc;

    private long storeId() {
        return stores.currentStore().orElseThrow().id();
    }

    private WebBookingService.Confirmation book(String email) {
        List<Long> menus = WebBookingFixtures.firstMenu(web, storeId());
        LocalDateTime start = WebBookingFixtures.freeStart(web, storeId(), menus);
        return web.book(WebBookingFixtures.form(storeId(), menus, start, email));
    }

    private static String uniqueEmail() {
        return "mail-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    @Test
    void aWebBookingSendsExactlyOneJapaneseConfirmationWithTheManageLinkEvenWhenTheSenderRunsTwice() throws Exception {
        String email = uniqueEmail();
        WebBookingService.Confirmation booked = book(email);

        assertThat(outbox.forBooking(booked.bookingId())).singleElement()
                .satisfies(m -> assertThat(m.kind()).isEqualTo(MailKind.CONFIRMATION));
        sender.sendDue();
        sender.sendDue();

        assertThat(TestSenders.received(smtp, email)).hasSize(1);
        MimeMessage mail = TestSenders.received(smtp, email).getFirst();
        assertThat(mail.getSubject()).startsWith("【").contains("ご予約ありがとうございます");
        String body = GreenMailUtil.getBody(mail);
        String text = mail.getContent().toString();
        assertThat(text).contains("予約 花子 様")
                .contains("/book/manage/" + booked.token())
                .contains("まで下記のページから承ります");
        assertThat(body).isNotBlank();
        assertThat(mail.getFrom()[0].toString()).contains("no-reply@salon-karte.invalid");
        assertThat(outbox.forBooking(booked.bookingId())).singleElement()
                .satisfies(m -> assertThat(m.status()).isEqualTo(MailOutbox.Status.SENT));
    }

    @Test
    void aMailTheServerRefusedStaysPendingAndGoesOutOnALaterRun() throws Exception {
        String email = uniqueEmail();
        WebBookingService.Confirmation booked = book(email);
        int port = smtp.getSmtp().getPort();
        smtp.stop();
        try {
            sender.sendDue();
            MailOutbox.Entry failed = outbox.forBooking(booked.bookingId()).getFirst();
            assertThat(failed.status()).isEqualTo(MailOutbox.Status.PENDING);
            assertThat(failed.attempts()).isEqualTo(1);
            assertThat(failed.lastError()).isNotBlank();
        } finally {
            smtp = start(port);
        }
        sender = sender();
        sender.sendDue();
        assertThat(TestSenders.received(smtp, email)).as("not yet due: the retry waits a minute").isEmpty();

        jdbc.sql("update mail_outbox set next_attempt_at = next_attempt_at - interval 2 minute where booking_id = ?")
                .param(booked.bookingId()).update();
        sender.sendDue();
        assertThat(TestSenders.received(smtp, email)).hasSize(1);
        assertThat(outbox.forBooking(booked.bookingId()).getFirst().status()).isEqualTo(MailOutbox.Status.SENT);
    }

    @Test
    void theReminderJobQueuesOneReminderForTheDayBeforeAndNeverASecond() throws Exception {
        String email = uniqueEmail();
        WebBookingService.Confirmation booked = book(email);
        var day = bookings.find(booked.bookingId()).orElseThrow().startsAt().toLocalDate();

        assertThat(mails.enqueueReminders(day)).isGreaterThanOrEqualTo(1);
        mails.enqueueReminders(day);
        assertThat(outbox.forBooking(booked.bookingId())).extracting(MailOutbox.Entry::kind)
                .containsExactly(MailKind.CONFIRMATION, MailKind.REMINDER);

        sender.sendDue();
        sender.sendDue();
        assertThat(TestSenders.received(smtp, email)).extracting(MimeMessage::getSubject)
                .anySatisfy(s -> assertThat(s).contains("明日のご予約のお知らせ"))
                .hasSize(2);
    }

    @Test
    void cancellingThroughTheLinkAndMovingSendChangeAndCancellationMail() {
        String email = uniqueEmail();
        WebBookingService.Confirmation booked = book(email);
        LocalDateTime other = WebBookingFixtures.freeStart(web, storeId(),
                WebBookingFixtures.firstMenu(web, storeId()));
        try {
            web.reschedule(booked.token(), other);
        } catch (RuntimeException e) {
            // the random time may be this booking's own neighbourhood; another try is enough
            web.reschedule(booked.token(), WebBookingFixtures.freeStart(web, storeId(),
                    WebBookingFixtures.firstMenu(web, storeId())));
        }
        web.cancel(booked.token());

        assertThat(outbox.forBooking(booked.bookingId())).extracting(MailOutbox.Entry::kind)
                .containsExactly(MailKind.CONFIRMATION, MailKind.CHANGE, MailKind.CANCELLATION);
        assertThat(outbox.forBooking(booked.bookingId()).get(2).subject()).contains("キャンセル");
    }

    @Test
    void bookingsStaffMakeGetNoMailUnlessTheStoreTurnedItOn() {
        var store = stores.currentStore().orElseThrow();
        var day = bookings.find(book(uniqueEmail()).bookingId()).orElseThrow().startsAt().toLocalDate();
        long before = jdbc.sql("select count(*) from mail_outbox").query(Long.class).single();
        // The demo salon's own bookings (made by staff, customers with and without e-mail) on that day.
        bookings.day(store.id(), day).stream().filter(b -> b.source() != jp.salonkarte.reservation.BookingSource.WEB)
                .forEach(b -> mails.enqueue(b.id(), MailKind.REMINDER));
        assertThat(jdbc.sql("select count(*) from mail_outbox").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void mailThatCouldNotGoOutBeforeTheBookingStartedIsDroppedNotSentLate() {
        String email = uniqueEmail();
        WebBookingService.Confirmation booked = book(email);
        // As if the mail server had been down until after the appointment.
        jdbc.sql("update booking set starts_at = starts_at - interval 400 day, ends_at = ends_at - interval 400 day"
                + " where id = ?").param(booked.bookingId()).update();

        sender.sendDue();

        assertThat(TestSenders.received(smtp, email)).isEmpty();
        assertThat(outbox.forBooking(booked.bookingId())).singleElement().satisfies(m -> {
            assertThat(m.status()).isEqualTo(MailOutbox.Status.FAILED);
            assertThat(m.lastError()).contains("過ぎた");
        });
    }
}
