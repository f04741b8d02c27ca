package jp.salonkarte.karte.photo;

/** A photo that cannot be taken, with the i18n key of the reason; nothing was stored. */
public class PhotoRejectedException extends Exception {

    private final String messageKey;

    PhotoRejectedException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    PhotoRejectedException(String messageKey, Throwable cause) {
        super(messageKey, cause);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
