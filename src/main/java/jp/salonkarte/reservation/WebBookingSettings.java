package jp.salonkarte.reservation;

/**
 * The owner's rules for the public booking page (ネット予約): whether it takes bookings, how many
 * hours before the start a customer may still cancel or change online, how soon a booking may
 * start, and how far ahead the page shows free times.
 */
public record WebBookingSettings(long storeId, boolean enabled, int cancelCutoffHours, int leadMinutes,
        int daysAhead, int version) {

    public static final int CUTOFF_MAX_HOURS = 720;
    public static final int LEAD_MAX_MINUTES = 10_080;
    public static final int DAYS_AHEAD_MAX = 180;

    public WebBookingSettings {
        if (cancelCutoffHours < 0 || cancelCutoffHours > CUTOFF_MAX_HOURS) {
            throw BookingException.invalid("webbook.settings.error.cutoff");
        }
        if (leadMinutes < 0 || leadMinutes > LEAD_MAX_MINUTES) {
            throw BookingException.invalid("webbook.settings.error.lead");
        }
        if (daysAhead < 1 || daysAhead > DAYS_AHEAD_MAX) {
            throw BookingException.invalid("webbook.settings.error.days");
        }
    }

    public static WebBookingSettings defaults(long storeId) {
        return new WebBookingSettings(storeId, true, 24, 60, 30, 0);
    }
}
