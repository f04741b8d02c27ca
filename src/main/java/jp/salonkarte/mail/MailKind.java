package jp.salonkarte.mail;

/**
 * The mails a booking gets: confirmation (予約確認), change (変更), cancellation (キャンセル), reminder
 * (前日リマインド); a receipt sent from the register; the copy of a signed consent form (同意書の控え).
 */
public enum MailKind {
    CONFIRMATION, CHANGE, CANCELLATION, REMINDER,
    /** A receipt (電子レシート) staff sent from the register, with its PDF. */
    RECEIPT,
    /** The copy of a signed consent form (同意書の控え), with its PDF. */
    CONSENT,
    /** The weekly summary of the reports to the owner (週次レポート, issue 14). */
    WEEKLY_REPORT;

    /** The kinds about a booking, whose texts the owner edits under settings → メール. */
    public static final java.util.List<MailKind> BOOKING_KINDS = java.util.List.of(CONFIRMATION, CHANGE, CANCELLATION,
            REMINDER);

    /** The kinds whose texts the owner edits under settings → メール: the booking mails and the receipt. */
    public static final java.util.List<MailKind> EDITABLE_KINDS = java.util.List.of(CONFIRMATION, CHANGE,
            CANCELLATION, REMINDER, RECEIPT);

    public String labelKey() {
        return "mail.kind." + name();
    }
}
