package jp.salonkarte.karte.photo;

import jp.salonkarte.base.UserMessageException;

/** A photo that cannot be taken, with the i18n key of the reason; nothing was stored. */
public class PhotoRejectedException extends UserMessageException {

    PhotoRejectedException(String messageKey) {
        super(messageKey);
    }

    PhotoRejectedException(String messageKey, Throwable cause) {
        super(messageKey);
        initCause(cause);
    }
}
