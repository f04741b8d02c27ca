package jp.salonkarte.mail;

/** The mails a booking gets: confirmation (予約確認), change (変更), cancellation (キャンセル), reminder (前日リマインド). */
public enum MailKind {
    CONFIRMATION, CHANGE, CANCELLATION, REMINDER;

    public String labelKey() {
        return "mail.kind." + name();
    }
}
