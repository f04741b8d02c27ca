package jp.salonkarte.checkout;

/** A checkout refused for a reason staff can act on; the message is an i18n key. */
public class CheckoutException extends RuntimeException {

    private final String messageKey;

    public CheckoutException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
