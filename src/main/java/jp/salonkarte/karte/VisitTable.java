package jp.salonkarte.karte;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import jp.salonkarte.customer.CustomerActivity;
import jp.salonkarte.customer.CustomerReference;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Visits belong to a customer: a merge moves them, and lists show the last one. */
@Component
class VisitTable implements CustomerReference, CustomerActivity {

    private final NamedParameterJdbcTemplate jdbc;

    VisitTable(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String table() {
        return "visit";
    }

    @Override
    public String customerColumn() {
        return "customer_id";
    }

    @Override
    public String labelKey() {
        return "merge.moves.visits";
    }

    @Override
    public Kind kind() {
        return Kind.LAST_VISIT;
    }

    @Override
    public Map<Long, LocalDateTime> find(Collection<Long> customerIds, LocalDateTime now) {
        Map<Long, LocalDateTime> last = new HashMap<>();
        jdbc.query("select customer_id, max(visited_on) as day from visit where customer_id in (:ids)"
                + " and visited_on <= :today group by customer_id",
                Map.of("ids", customerIds, "today", now.toLocalDate()),
                rs -> {
                    last.put(rs.getLong("customer_id"), rs.getObject("day", LocalDate.class).atStartOfDay());
                });
        return last;
    }
}
