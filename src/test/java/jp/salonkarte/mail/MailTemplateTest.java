package jp.salonkarte.mail;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MailTemplateTest {

    @Test
    void everyDefaultIsJapaneseAndFillsAllItsPlaceholders() {
        Map<String, String> values = new java.util.HashMap<>();
        MailTemplate.PLACEHOLDERS.forEach(p -> values.put(p, "X"));
        for (MailKind kind : java.util.stream.Stream.concat(MailKind.BOOKING_KINDS.stream(),
                java.util.stream.Stream.of(MailKind.RECEIPT, MailKind.CONSENT)).toList()) {
            MailTemplate.Filled mail = MailTemplate.defaults(kind).filled(values);
            assertThat(mail.subject()).startsWith("【X】");
            assertThat(mail.body()).startsWith("X 様").doesNotContain("{");
        }
    }

    @Test
    void anUnknownPlaceholderStaysVisibleAndALongMenuListDoesNotStopTheMail() {
        MailTemplate t = new MailTemplate(MailKind.CONFIRMATION, "{店舗名}\n{誤字}", "{メニュー}");
        MailTemplate.Filled mail = t.filled(Map.of(MailTemplate.STORE, "サロン", MailTemplate.MENUS, "カット、".repeat(2000)));
        assertThat(mail.subject()).isEqualTo("サロン {誤字}");
        assertThat(mail.body()).hasSizeGreaterThan(MailTemplate.BODY_MAX_LENGTH);
    }
}
