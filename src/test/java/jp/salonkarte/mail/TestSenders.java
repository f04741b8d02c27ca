package jp.salonkarte.mail;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import jp.salonkarte.store.StoreService;

/**
 * An outbox sender of a test's own against its GreenMail server: the shared test context has no
 * mail server (its scheduled sender does nothing), and a second Spring context is avoided (pom.xml).
 */
final class TestSenders {

    private TestSenders() {
    }

    /** The mails the server received for this address. */
    static List<MimeMessage> received(GreenMail smtp, String email) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(email));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    static OutboxSender against(GreenMail smtp, MailOutbox outbox, StoreService stores) {
        JavaMailSenderImpl mail = new JavaMailSenderImpl();
        mail.setHost("127.0.0.1");
        mail.setPort(smtp.getSmtp().getPort());
        mail.setDefaultEncoding("UTF-8");
        return new OutboxSender(outbox, new StaticListableBeanFactory(Map.of("mailSender", mail))
                .getBeanProvider(JavaMailSender.class), stores, "no-reply@salon-karte.invalid", Duration.ofMinutes(5));
    }
}
