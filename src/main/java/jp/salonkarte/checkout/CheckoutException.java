package jp.salonkarte.checkout;

import jp.salonkarte.base.UserMessageException;

/** A checkout refused for a reason staff can act on; the message is an i18n key. */
public class CheckoutException extends UserMessageException {

    public CheckoutException(String messageKey) {
        super(messageKey);
    }
}
