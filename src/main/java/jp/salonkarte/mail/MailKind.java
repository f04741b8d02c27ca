package jp.salonkarte.mail;

/**
 * The mails a booking gets: confirmation (予約確認), change (変更), cancellation (キャンセル), reminder
 * (前日リマインド); and the copy of a signed consent form (同意書の控え) with its PDF attached.
 */
public enum MailKind {
    CONFIRMATION, CHANGE, CANCELLATION, REMINDER, CONSENT;

    /** The kinds about a booking, whose texts the owner edits under settings → メール. */
    public static final java.util.List<MailKind> BOOKING_KINDS = java.util.List.of(CONFIRMATION, CHANGE, CANCELLATION,
            REMINDER);

    public String labelKey() {
        return "mail.kind." + name();
    }
}
