package jp.salonkarte.reservation;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import jp.salonkarte.customer.CustomerActivity;
import jp.salonkarte.customer.CustomerReference;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Bookings belong to a customer: a merge moves them, and lists show the next one still to come. */
@Component
class BookingTable implements CustomerReference, CustomerActivity {

    private final NamedParameterJdbcTemplate jdbc;

    BookingTable(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String table() {
        return "booking";
    }

    @Override
    public String customerColumn() {
        return "customer_id";
    }

    @Override
    public String labelKey() {
        return "merge.moves.bookings";
    }

    @Override
    public Kind kind() {
        return Kind.NEXT_BOOKING;
    }

    @Override
    public Map<Long, LocalDateTime> find(Collection<Long> customerIds, LocalDateTime now) {
        Map<Long, LocalDateTime> next = new HashMap<>();
        jdbc.query("select customer_id, min(starts_at) as starts from booking where customer_id in (:ids)"
                + " and starts_at >= :now and status in ('BOOKED', 'ARRIVED') group by customer_id",
                Map.of("ids", customerIds, "now", now),
                rs -> {
                    next.put(rs.getLong("customer_id"), rs.getObject("starts", LocalDateTime.class));
                });
        return next;
    }
}
