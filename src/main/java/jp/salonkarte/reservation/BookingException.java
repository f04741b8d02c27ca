package jp.salonkarte.reservation;

/**
 * A booking that cannot be made or changed, with the i18n key saying why. {@link #overridable()}
 * is true when staff may go ahead after confirming (outside business hours or a shift); an
 * overlap never is.
 */
public class BookingException extends RuntimeException {

    private final String messageKey;
    private final boolean overridable;

    BookingException(String messageKey, boolean overridable) {
        super(messageKey);
        this.messageKey = messageKey;
        this.overridable = overridable;
    }

    static BookingException overlap() {
        return new BookingException("booking.error.overlap", false);
    }

    static BookingException outsideHours() {
        return new BookingException("booking.error.outside-hours", true);
    }

    static BookingException invalid(String key) {
        return new BookingException(key, false);
    }

    public String messageKey() {
        return messageKey;
    }

    public boolean overridable() {
        return overridable;
    }
}
