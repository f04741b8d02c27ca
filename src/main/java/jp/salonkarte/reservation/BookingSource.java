package jp.salonkarte.reservation;

/** How the booking came in: by phone, a walk-in, the web booking page, or otherwise (LINE, in person). */
public enum BookingSource {
    PHONE, WALK_IN, WEB, OTHER
}
