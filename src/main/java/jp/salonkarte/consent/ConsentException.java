package jp.salonkarte.consent;

import jp.salonkarte.base.UserMessageException;

/**
 * Bad input to a consent template or a signing (an unknown placeholder, a missing tick, an empty
 * signature). The message is an i18n key with its arguments, so the screen can say why in
 * Japanese; nothing was saved.
 */
public class ConsentException extends UserMessageException {

    public ConsentException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
