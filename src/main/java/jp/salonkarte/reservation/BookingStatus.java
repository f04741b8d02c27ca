package jp.salonkarte.reservation;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a booking is in the day: booked → arrived → in checkout → done; or cancelled, or a
 * no-show (kept and counted, but the slot is free again).
 */
public enum BookingStatus {
    BOOKED, ARRIVED, IN_CHECKOUT, DONE, CANCELLED, NO_SHOW;

    /** Statuses that hold the staff member's time: two of these may never overlap. */
    public static final Set<BookingStatus> OCCUPYING = EnumSet.of(BOOKED, ARRIVED, IN_CHECKOUT, DONE);

    public boolean occupies() {
        return OCCUPYING.contains(this);
    }

    /** The statuses reception may move a booking to from this one. */
    public Set<BookingStatus> next() {
        return switch (this) {
            case BOOKED -> EnumSet.of(ARRIVED, CANCELLED, NO_SHOW);
            case ARRIVED -> EnumSet.of(IN_CHECKOUT, BOOKED, CANCELLED);
            case IN_CHECKOUT -> EnumSet.of(DONE, ARRIVED);
            case DONE -> EnumSet.noneOf(BookingStatus.class);
            case CANCELLED, NO_SHOW -> EnumSet.of(BOOKED);
        };
    }

    /** Moving and resizing are for bookings still to be served. */
    public boolean editable() {
        return this == BOOKED || this == ARRIVED;
    }
}
