package jp.salonkarte.reservation;

import java.time.LocalDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A booking as the board shows it: who, with whom, when (the store's wall-clock time), what,
 * and its status; {@code nominated} (指名) when the customer asked for this stylist. The customer's
 * name and caution come along, so the board needs one query.
 */
public record Booking(long id, long storeId, long customerId, long staffId, LocalDateTime startsAt,
        LocalDateTime endsAt, BookingStatus status, BookingSource source, boolean nominated, @Nullable String note,
        int version,
        String customerName, String customerKana, boolean customerHasCautions, List<Menu> menus) {

    /** A menu as it was booked (name, length and price then). */
    public record Menu(@Nullable Long menuItemId, String name, @Nullable Integer durationMinutes, int priceYen) {
    }

    public int durationMinutes() {
        return (int) java.time.Duration.between(startsAt, endsAt).toMinutes();
    }

    public long priceYen() {
        return menus.stream().mapToLong(Menu::priceYen).sum();
    }
}
