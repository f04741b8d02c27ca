package jp.salonkarte.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Customers' visits as the customer figures count them (DD041): a business day on which the
 * customer has a ticket at the store that still stands (not voided or refunded); two tickets on
 * one day are one visit, counting for the stylist of its ticket.
 */
final class Visits {

    /** One visit: the day and the stylist it counts for. */
    record Visit(LocalDate day, @Nullable Long staffId) {
    }

    /** The standing tickets of a store grouped by customer and day; callers add conditions and the grouping. */
    static final String STANDING = """
            select t.customer_id, t.business_day, min(t.staff_id) as staff_id from ticket t
            where t.store_id = :store and t.customer_id is not null
              and not exists (select 1 from ticket_reversal r where r.ticket_id = t.id)""";

    private Visits() {
    }

    /** Every visit of these customers at the store, in order. */
    static Map<Long, List<Visit>> histories(JdbcClient jdbc, long storeId, Collection<Long> customers) {
        Map<Long, List<Visit>> histories = new HashMap<>();
        List<Long> ids = List.copyOf(customers);
        for (int i = 0; i < ids.size(); i += 1_000) {
            jdbc.sql(STANDING + " and t.customer_id in (:ids) group by t.customer_id, t.business_day"
                            + " order by t.customer_id, t.business_day")
                    .param("store", storeId).param("ids", ids.subList(i, Math.min(ids.size(), i + 1_000)))
                    .query(rs -> {
                        histories.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(
                                new Visit(rs.getObject(2, LocalDate.class), rs.getObject(3, Long.class)));
                    });
        }
        return histories;
    }

    /** The customers with a visit between the two days (inclusive), for the stylist when given. */
    static List<Long> customersBetween(JdbcClient jdbc, long storeId, @Nullable Long staffId, LocalDate from,
            LocalDate to) {
        return jdbc.sql(STANDING + " and t.business_day between :from and :to"
                        + " and (:staff is null or t.staff_id = :staff) group by t.customer_id, t.business_day")
                .param("store", storeId).param("from", from).param("to", to).param("staff", staffId)
                .query((rs, n) -> rs.getLong(1)).list().stream().distinct().toList();
    }

    static boolean mine(ReportScope scope, Visit v) {
        return scope.staffId() == null || scope.staffId().equals(v.staffId());
    }
}
