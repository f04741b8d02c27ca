package jp.salonkarte.mail;

/** The mails a booking gets: confirmation (予約確認), change (変更), cancellation (キャンセル), reminder (前日リマインド). */
public enum MailKind {
    CONFIRMATION, CHANGE, CANCELLATION, REMINDER,
    /** A receipt (電子レシート) staff sent from the register, with its PDF; not from an editable template. */
    RECEIPT;

    /** Kinds whose text the owner edits under settings → メール. */
    public static java.util.List<MailKind> templated() {
        return java.util.List.of(CONFIRMATION, CHANGE, CANCELLATION, REMINDER);
    }

    public String labelKey() {
        return "mail.kind." + name();
    }
}
