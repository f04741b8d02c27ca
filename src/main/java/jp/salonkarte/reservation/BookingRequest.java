package jp.salonkarte.reservation;

import java.time.LocalDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the booking sheet (or the web booking page) asks for. Duration is the sum of the menus'
 * lengths unless staff changed it; {@code overrideHours} is set after staff confirmed a booking
 * outside business hours or the staff member's shift (never possible for web bookings).
 * {@code nominated} (指名): the customer asked for this stylist (issue 14's 指名率).
 */
public record BookingRequest(long storeId, long customerId, long staffId, LocalDateTime startsAt, int durationMinutes,
        List<Long> menuItemIds, @Nullable String note, BookingSource source, boolean overrideHours, boolean nominated) {

    /** A request that does not say the customer asked for this stylist (not 指名). */
    public BookingRequest(long storeId, long customerId, long staffId, LocalDateTime startsAt, int durationMinutes,
            List<Long> menuItemIds, @Nullable String note, BookingSource source, boolean overrideHours) {
        this(storeId, customerId, staffId, startsAt, durationMinutes, menuItemIds, note, source, overrideHours, false);
    }

    public static final int MIN_MINUTES = 5;
    public static final int MAX_MINUTES = 600;
    public static final int NOTE_MAX_LENGTH = 1000;
}
