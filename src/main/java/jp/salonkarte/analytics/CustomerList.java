package jp.salonkarte.analytics;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.salonkarte.base.Access;

/**
 * The customers behind a customer figure (issue 14, drill-down): who they are, how often and
 * when they last came (visits as the figures count them), and their next booking. Lists are in
 * furigana order, as the 名簿 is.
 */
@Service
@Access.Staff
@Transactional(readOnly = true)
public class CustomerList {

    /** The most rows a list shows; a figure over more customers than this lists the first ones. */
    public static final int MAX = 2_000;

    public record Row(long customerId, String customerNo, String name, String kana, int visits,
            @Nullable LocalDate lastVisit, @Nullable LocalDateTime nextBooking) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    CustomerList(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<Row> rows(long storeId, Collection<Long> customerIds) {
        ReportScope.checkStore(storeId);
        List<Long> ids = customerIds.stream().distinct().limit(MAX).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Visits.Visit>> histories = Visits.histories(jdbc, storeId, ids);
        Map<Long, LocalDateTime> next = new HashMap<>();
        jdbc.sql("""
                select customer_id, min(starts_at) from booking where store_id = :store and customer_id in (:ids)
                  and starts_at >= :now and status in ('BOOKED', 'ARRIVED') group by customer_id""")
                .param("store", storeId).param("ids", ids).param("now", LocalDateTime.now(clock))
                .query(rs -> {
                    next.put(rs.getLong(1), rs.getObject(2, LocalDateTime.class));
                });
        List<Row> rows = new ArrayList<>(ids.size());
        jdbc.sql("""
                select id, customer_no, family_name, given_name, family_name_kana, given_name_kana from customer
                where id in (:ids) order by family_name_kana, given_name_kana, id""").param("ids", ids)
                .query(rs -> {
                    long id = rs.getLong(1);
                    List<Visits.Visit> visits = histories.getOrDefault(id, List.of());
                    rows.add(new Row(id, rs.getString(2), rs.getString(3) + " " + rs.getString(4),
                            rs.getString(5) + " " + rs.getString(6), visits.size(),
                            visits.isEmpty() ? null : visits.getLast().day(), next.get(id)));
                });
        return rows;
    }
}
