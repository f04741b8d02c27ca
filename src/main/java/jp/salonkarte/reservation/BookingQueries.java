package jp.salonkarte.reservation;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads bookings as the board and the sheet show them: the booking row, its customer's name and
 * reading (and whether the karte has cautions), and its menus in the order booked. No locking and
 * no transaction of its own: {@link BookingService} calls it inside its read-only reads and, after
 * taking the staff locks, inside its changes (DD015).
 */
@Component
class BookingQueries {

    private static final String SELECT = """
            select b.*, concat(c.family_name, ' ', c.given_name) as customer_name,
                   concat(c.family_name_kana, ' ', c.given_name_kana) as customer_kana,
                   (c.cautions is not null and c.cautions <> '') as has_cautions
            from booking b join customer c on c.id = b.customer_id
            """;

    private final JdbcClient jdbc;

    BookingQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The bookings matching {@code where} (a where clause, optionally with an order by, on alias {@code b}). */
    List<Booking> query(String where, Map<String, ?> params) {
        Map<Long, List<Booking.Menu>> menus = new HashMap<>();
        List<Booking> rows = new ArrayList<>();
        var spec = jdbc.sql(SELECT + where);
        for (var e : params.entrySet()) {
            spec = spec.param(e.getKey(), e.getValue());
        }
        spec.query(rs -> {
            rows.add(new Booking(rs.getLong("id"), rs.getLong("store_id"), rs.getLong("customer_id"),
                    rs.getLong("staff_id"), rs.getObject("starts_at", LocalDateTime.class),
                    rs.getObject("ends_at", LocalDateTime.class), BookingStatus.valueOf(rs.getString("status")),
                    BookingSource.valueOf(rs.getString("source")), rs.getBoolean("nominated"), rs.getString("note"),
                    rs.getInt("version"),
                    rs.getString("customer_name"), rs.getString("customer_kana"), rs.getBoolean("has_cautions"),
                    List.of()));
        });
        if (rows.isEmpty()) {
            return rows;
        }
        jdbc.sql("select * from booking_menu where booking_id in (:ids) order by booking_id, position")
                .param("ids", rows.stream().map(Booking::id).toList())
                .query(rs -> {
                    long menuItem = rs.getLong("menu_item_id");
                    Long menuItemId = rs.wasNull() ? null : menuItem;
                    int duration = rs.getInt("duration_minutes");
                    Integer durationMinutes = rs.wasNull() ? null : duration;
                    menus.computeIfAbsent(rs.getLong("booking_id"), k -> new ArrayList<>())
                            .add(new Booking.Menu(menuItemId, rs.getString("name"), durationMinutes,
                                    rs.getInt("price_yen")));
                });
        return rows.stream().map(b -> new Booking(b.id(), b.storeId(), b.customerId(), b.staffId(), b.startsAt(),
                b.endsAt(), b.status(), b.source(), b.nominated(), b.note(), b.version(), b.customerName(), b.customerKana(),
                b.customerHasCautions(), List.copyOf(menus.getOrDefault(b.id(), List.of())))).toList();
    }
}
