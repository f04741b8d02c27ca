package jp.salonkarte.mail;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;

import jp.salonkarte.base.Access;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The store's mail texts (メールテンプレート) and mail rules, as the owner edits them. */
@Service
public class MailTemplates {

    private final JdbcClient jdbc;
    private final Clock clock;

    MailTemplates(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The store's template of this kind, or the default when it never edited one. */
    @Access.Staff
    @Transactional(readOnly = true)
    public MailTemplate template(long storeId, MailKind kind) {
        return jdbc.sql("select subject, body from mail_template where store_id = ? and kind = ?")
                .params(storeId, kind.name())
                .query((rs, n) -> new MailTemplate(kind, rs.getString("subject"), rs.getString("body")))
                .optional().orElseGet(() -> MailTemplate.defaults(kind));
    }

    @Access.Staff
    @Transactional(readOnly = true)
    public boolean isCustomised(long storeId, MailKind kind) {
        return jdbc.sql("select count(*) from mail_template where store_id = ? and kind = ?")
                .params(storeId, kind.name()).query(Integer.class).single() > 0;
    }

    @Access.Manager
    @Transactional
    public MailTemplate save(long storeId, MailTemplate template) {
        jdbc.sql("""
                insert into mail_template (store_id, kind, subject, body, updated_at) values (?, ?, ?, ?, ?)
                on duplicate key update subject = values(subject), body = values(body), updated_at = values(updated_at)""")
                .params(storeId, template.kind().name(), template.subject(), template.body(),
                        Timestamp.from(clock.instant()))
                .update();
        return template(storeId, template.kind());
    }

    /** Back to the default text. */
    @Access.Manager
    @Transactional
    public MailTemplate reset(long storeId, MailKind kind) {
        jdbc.sql("delete from mail_template where store_id = ? and kind = ?").params(storeId, kind.name()).update();
        return MailTemplate.defaults(kind);
    }

    /** Whether bookings staff made (phone, counter) also get mail when the customer has an e-mail address. */
    @Access.Staff
    @Transactional(readOnly = true)
    public boolean staffBookingMails(long storeId) {
        return jdbc.sql("select staff_booking_mails from mail_settings where store_id = ?").param(storeId)
                .query(Boolean.class).optional().orElse(false);
    }

    @Access.Manager
    @Transactional
    public void saveStaffBookingMails(long storeId, boolean on) {
        jdbc.sql("""
                insert into mail_settings (store_id, staff_booking_mails) values (?, ?)
                on duplicate key update staff_booking_mails = values(staff_booking_mails)""")
                .params(storeId, on).update();
    }

    /** The store's name, phone and address for the placeholders every template may use. */
    public static Map<String, String> storeValues(jp.salonkarte.store.Store store) {
        return BookingMails.storeValues(store);
    }

    /** The template filled with a made-up booking, for the settings screen. */
    public static MailTemplate.Filled preview(MailTemplate template, Map<String, String> storeValues) {
        Map<String, String> values = new java.util.LinkedHashMap<>(storeValues);
        values.put(MailTemplate.CUSTOMER, "山田 花子");
        values.put(MailTemplate.WHEN, "2026/12/05(土) 14:00〜15:30");
        values.put(MailTemplate.MENUS, "カット、ワンカラー");
        values.put(MailTemplate.STAFF, "指名なし");
        values.put(MailTemplate.PRICE, "¥13,200");
        values.put(MailTemplate.MANAGE_URL, "https://example.jp/book/manage/XXXXXXXX");
        values.put(MailTemplate.CUTOFF, "2026/12/04(金) 14:00");
        values.put(MailTemplate.RECEIPT_NO, "00123");
        values.put(MailTemplate.TOTAL, "¥13,200");
        values.put(MailTemplate.MANAGE_GUIDE, BookingMails.guideOnline("https://example.jp/book/manage/XXXXXXXX",
                "2026/12/04(金) 14:00", storeValues.get(MailTemplate.STORE_PHONE)));
        return template.filled(values);
    }
}
