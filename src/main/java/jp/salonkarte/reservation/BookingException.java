package jp.salonkarte.reservation;

import jp.salonkarte.base.UserMessageException;

/**
 * A booking that cannot be made or changed, with the i18n key saying why. {@link #overridable()}
 * is true when staff may go ahead after confirming (outside business hours or a shift); an
 * overlap never is.
 */
public class BookingException extends UserMessageException {

    private final boolean overridable;

    BookingException(String messageKey, boolean overridable) {
        super(messageKey);
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

    public boolean overridable() {
        return overridable;
    }
}
