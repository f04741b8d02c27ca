package jp.salonkarte.reservation;

import java.time.LocalDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the booking sheet (or the web booking page) asks for. Duration is the sum of the menus'
 * lengths unless staff changed it; {@code overrideHours} is set after staff confirmed a booking
 * outside business hours or the staff member's shift (never possible for web bookings).
 */
public record BookingRequest(long storeId, long customerId, long staffId, LocalDateTime startsAt, int durationMinutes,
        List<Long> menuItemIds, @Nullable String note, BookingSource source, boolean overrideHours) {

    public static final int MIN_MINUTES = 5;
    public static final int MAX_MINUTES = 600;
    public static final int NOTE_MAX_LENGTH = 1000;
}
