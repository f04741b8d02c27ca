package jp.salonkarte.mail;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import jp.salonkarte.base.SystemActor;
import jp.salonkarte.store.Store;
import jp.salonkarte.store.StoreService;

/**
 * Sends due outbox mail through Spring Mail every few seconds (DD017). Each mail is claimed
 * first, so two app nodes never both send it; a failure is retried with growing pauses and
 * given up (FAILED, logged) after {@link MailOutbox#MAX_ATTEMPTS}. Without {@code spring.mail.host}
 * (a development start with no configuration) there is no mail sender: mail stays PENDING and goes
 * out once a host is configured.
 */
@Component
class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final int BATCH = 50;

    private final MailOutbox outbox;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final StoreService stores;
    private final String from;
    private final Duration claimHold;
    private boolean warnedNoSender;

    @org.springframework.beans.factory.annotation.Autowired
    OutboxSender(MailOutbox outbox, ObjectProvider<JavaMailSender> mailSender, StoreService stores,
            jp.salonkarte.base.SalonKarteProperties properties) {
        this(outbox, mailSender, stores, properties.mail().from(), properties.mail().claimHold());
    }

    OutboxSender(MailOutbox outbox, ObjectProvider<JavaMailSender> mailSender, StoreService stores, String from,
            Duration claimHold) {
        this.outbox = outbox;
        this.mailSender = mailSender;
        this.stores = stores;
        this.from = from;
        this.claimHold = claimHold;
    }

    @Scheduled(fixedDelayString = "${salonkarte.mail.send-interval:PT5S}",
            initialDelayString = "${salonkarte.mail.send-initial-delay:PT20S}")
    void scheduled() {
        try {
            sendDue();
        } catch (RuntimeException e) {
            log.warn("Sending mail failed; the next run tries again", e);
        }
    }

    /** Sends every mail due now; returns how many went out. */
    int sendDue() {
        return SystemActor.call("mail-sender", this::sendDueNow);
    }

    private int sendDueNow() {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            if (!warnedNoSender) {
                warnedNoSender = true;
                log.info("No mail server configured (spring.mail.host): booking mail waits in the outbox");
            }
            return 0;
        }
        int sent = 0;
        for (Long id : outbox.due(BATCH)) {
            if (!outbox.claim(id, claimHold)) {
                continue; // another node took it
            }
            MailOutbox.Entry mail = outbox.find(id).orElseThrow();
            if (outbox.bookingPassed(id)) {
                outbox.dropped(id, "予約の日時を過ぎたため送信しませんでした");
                log.info("Mail {} ({}) dropped: its booking has already started", id, mail.kind());
                continue;
            }
            try {
                sender.send(message(sender, mail));
                outbox.sent(id);
                sent++;
            } catch (MailException | MessagingException | UnsupportedEncodingException e) {
                if (outbox.failed(id, mail.attempts(), e.getMessage())) {
                    log.error("Gave up mail {} ({}) to {} after {} attempts: {}", id, mail.kind(), mail.recipient(),
                            mail.attempts(), e.getMessage());
                } else {
                    log.warn("Mail {} ({}) not sent, attempt {}: {}", id, mail.kind(), mail.attempts(), e.getMessage());
                }
            }
        }
        return sent;
    }

    private MimeMessage message(JavaMailSender sender, MailOutbox.Entry mail)
            throws MessagingException, UnsupportedEncodingException {
        MimeMessage message = sender.createMimeMessage();
        List<MailOutbox.Attachment> attachments = outbox.attachments(mail.id());
        MimeMessageHelper helper = new MimeMessageHelper(message, !attachments.isEmpty(), StandardCharsets.UTF_8.name());
        String storeName = stores.find(mail.storeId()).map(Store::name).orElse("Salon Karte");
        helper.setFrom(new InternetAddress(from, storeName, StandardCharsets.UTF_8.name()));
        helper.setTo(mail.recipient());
        helper.setSubject(mail.subject());
        helper.setText(mail.body(), false);
        for (MailOutbox.Attachment a : attachments) {
            helper.addAttachment(a.filename(), new ByteArrayResource(a.content()), a.contentType());
        }
        // Marks the mail as automatic (RFC 3834), so vacation responders stay quiet.
        message.setHeader("Auto-Submitted", "auto-generated");
        message.setHeader("X-Salon-Karte-Mail", mail.kind().name() + "-" + mail.id());
        return message;
    }
}
