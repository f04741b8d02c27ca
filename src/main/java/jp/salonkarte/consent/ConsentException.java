package jp.salonkarte.consent;

import java.util.List;

/**
 * Bad input to a consent template or a signing (an unknown placeholder, a missing tick, an empty
 * signature). The message is an i18n key with its arguments, so the screen can say why in
 * Japanese; nothing was saved.
 */
public class ConsentException extends RuntimeException {

    private final String messageKey;
    private final List<Object> args;

    public ConsentException(String messageKey, Object... args) {
        super(messageKey + (args.length == 0 ? "" : " " + List.of(args)));
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.toArray();
    }
}
