package jp.salonkarte.mail;

import java.util.List;
import java.util.Map;

/**
 * The subject and body of one kind of mail, with placeholders in braces such as {@code {お客様名}}
 * that are filled in when a mail is written. Each store may edit its own; the Japanese defaults
 * here apply until it does. A placeholder the text does not know stays as typed, so a typo shows
 * in the preview instead of vanishing.
 */
public record MailTemplate(MailKind kind, String subject, String body) {

    public static final int SUBJECT_MAX_LENGTH = 200;
    public static final int BODY_MAX_LENGTH = 4000;

    public static final String CUSTOMER = "{お客様名}";
    public static final String WHEN = "{日時}";
    public static final String MENUS = "{メニュー}";
    public static final String STAFF = "{担当}";
    public static final String PRICE = "{料金}";
    public static final String STORE = "{店舗名}";
    public static final String STORE_PHONE = "{店舗電話}";
    public static final String STORE_ADDRESS = "{店舗住所}";
    public static final String MANAGE_URL = "{変更・キャンセルURL}";
    public static final String CUTOFF = "{キャンセル期限}";
    public static final String MANAGE_GUIDE = "{変更・キャンセル案内}";
    public static final String RECEIPT_NO = "{領収書番号}";
    public static final String TOTAL = "{合計}";

    /** Every placeholder, in the order the settings screen lists them. */
    public static final List<String> PLACEHOLDERS = List.of(CUSTOMER, WHEN, MENUS, STAFF, PRICE, STORE, STORE_PHONE,
            STORE_ADDRESS, MANAGE_GUIDE, MANAGE_URL, CUTOFF, RECEIPT_NO, TOTAL);

    public MailTemplate {
        if (kind == null) {
            throw new IllegalArgumentException("kind is required");
        }
        if (subject == null || subject.isBlank() || subject.strip().length() > SUBJECT_MAX_LENGTH) {
            throw new IllegalArgumentException("subject must be 1.." + SUBJECT_MAX_LENGTH + " characters");
        }
        if (body == null || body.isBlank() || body.length() > BODY_MAX_LENGTH) {
            throw new IllegalArgumentException("body must be 1.." + BODY_MAX_LENGTH + " characters");
        }
        subject = subject.strip().replaceAll("[\\r\\n]+", " ");
        body = body.replace("\r\n", "\n");
    }

    /** The text with every known placeholder replaced; unknown ones stay. */
    public static String fill(String text, Map<String, String> values) {
        String out = text;
        for (Map.Entry<String, String> e : values.entrySet()) {
            out = out.replace(e.getKey(), e.getValue());
        }
        return out;
    }

    /** A mail written from a template: no length rule on the body (a long menu list must not stop a booking). */
    public record Filled(String subject, String body) {
    }

    public Filled filled(Map<String, String> values) {
        String s = fill(subject, values).replaceAll("[\\r\\n]+", " ");
        return new Filled(s.length() > SUBJECT_MAX_LENGTH ? s.substring(0, SUBJECT_MAX_LENGTH) : s, fill(body, values));
    }

    private static final String FOOTER = """

            ――――――――――――――――
            {店舗名}
            {店舗住所}
            TEL {店舗電話}
            ※このメールは送信専用です。ご返信いただいてもお答えできません。
            """;

    private static final String DETAILS = """
            ■ 日時：{日時}
            ■ メニュー：{メニュー}
            ■ 担当：{担当}
            ■ 料金の目安：{料金}（税込）
            """;

    /** The Japanese default of each kind. */
    public static MailTemplate defaults(MailKind kind) {
        return switch (kind) {
            case CONFIRMATION -> new MailTemplate(kind, "【{店舗名}】ご予約ありがとうございます（{日時}）", """
                    {お客様名} 様

                    {店舗名}です。このたびはご予約いただき、ありがとうございます。
                    以下の内容でご予約を承りました。

                    """ + DETAILS + """

                    {変更・キャンセル案内}

                    ご来店を心よりお待ちしております。
                    """ + FOOTER);
            case CHANGE -> new MailTemplate(kind, "【{店舗名}】ご予約の変更を承りました（{日時}）", """
                    {お客様名} 様

                    {店舗名}です。ご予約の内容を以下のとおり変更いたしました。

                    """ + DETAILS + """

                    {変更・キャンセル案内}

                    ご来店を心よりお待ちしております。
                    """ + FOOTER);
            case CANCELLATION -> new MailTemplate(kind, "【{店舗名}】ご予約のキャンセルを承りました", """
                    {お客様名} 様

                    {店舗名}です。以下のご予約をキャンセルいたしました。

                    ■ 日時：{日時}
                    ■ メニュー：{メニュー}

                    またのご利用を心よりお待ちしております。
                    """ + FOOTER);
            case REMINDER -> new MailTemplate(kind, "【{店舗名}】明日のご予約のお知らせ（{日時}）", """
                    {お客様名} 様

                    {店舗名}です。明日のご予約のお知らせです。

                    """ + DETAILS + """

                    {変更・キャンセル案内}

                    お気をつけてお越しください。お会いできるのを楽しみにしております。
                    """ + FOOTER);
            case RECEIPT -> new MailTemplate(kind, "【{店舗名}】領収書 No.{領収書番号}", """
                    {お客様名} 様

                    このたびはご来店ありがとうございました。
                    領収書（No.{領収書番号}、合計 {合計}）をPDFでお送りします。
                    """ + FOOTER);
            case CONSENT -> new MailTemplate(kind, "【{店舗名}】同意書の控えをお送りします", """
                    {お客様名} 様

                    {店舗名}です。本日はご来店いただき、ありがとうございました。
                    ご署名いただいた同意書の控え（PDF）をお送りします。添付のファイルをご確認ください。

                    このPDFには改ざんを防ぐ電子署名が付いています。大切に保管してください。
                    """ + FOOTER);
            // To the owner, not a customer: its text is the figures (analytics.WeeklySummary), not a template.
            case WEEKLY_REPORT -> throw new IllegalArgumentException("the weekly summary has no template");
        };
    }
}
