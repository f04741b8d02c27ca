package jp.salonkarte.checkout;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import jp.salonkarte.security.CurrentStaff;

/**
 * The register close (レジ締め, DD019): sums a business day's cash, records the count and the
 * over/short, and so freezes the day — commits, voids and refunds check for the close under the
 * same row lock ({@code receipt_counter}), so none slips in while the day is being closed. Any
 * staff member may close (the last one at the counter often does); who closed is recorded.
 */
@Service
public class DailyCloseService {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final CurrentStaff currentStaff;

    DailyCloseService(JdbcClient jdbc, Clock clock, CurrentStaff currentStaff) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.currentStaff = currentStaff;
    }

    static boolean closed(JdbcClient jdbc, long storeId, LocalDate day) {
        return jdbc.sql("select count(*) from daily_close where store_id = ? and business_day = ?")
                .params(storeId, day).query(Integer.class).single() > 0;
    }

    @Transactional(readOnly = true)
    public boolean isClosed(long storeId, LocalDate day) {
        return closed(jdbc, storeId, day);
    }

    /** Cash and sales of the day: tickets paid that day, and voids/refunds handed back that day. */
    @Transactional(readOnly = true)
    public DailyClose.CashSummary summary(long storeId, LocalDate day) {
        return summarize(storeId, day);
    }

    private DailyClose.CashSummary summarize(long storeId, LocalDate day) {
        var sales = jdbc.sql("select count(*), coalesce(sum(total), 0) from ticket where store_id = ? and business_day = ?")
                .params(storeId, day).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
        var reversed = jdbc.sql("""
                select count(*), coalesce(sum(amount), 0), coalesce(sum(cash_amount), 0) from ticket_reversal
                where store_id = ? and business_day = ?""")
                .params(storeId, day).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)})
                .single();
        Map<PaymentMethod, Long> byMethod = new EnumMap<>(PaymentMethod.class);
        jdbc.sql("""
                select p.method, sum(p.amount) from payment p join ticket t on t.id = p.ticket_id
                where t.store_id = ? and t.business_day = ? group by p.method""")
                .params(storeId, day)
                .query(rs -> {
                    byMethod.put(PaymentMethod.valueOf(rs.getString(1)), rs.getLong(2));
                });
        return new DailyClose.CashSummary(storeId, day, (int) sales[0], sales[1], (int) reversed[0], reversed[1],
                byMethod.getOrDefault(PaymentMethod.CASH, 0L), reversed[2], byMethod);
    }

    /** Closes the day with the opening float and the counted notes and coins; a day closes once. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public DailyClose close(long storeId, LocalDate day, long openingFloat, Map<Integer, Integer> counts,
            @Nullable String note) {
        if (day.isAfter(LocalDate.now(clock))) {
            throw new CheckoutException("close.error.future");
        }
        if (openingFloat < 0 || openingFloat > 99_999_999) {
            throw new CheckoutException("close.error.float");
        }
        if (note != null && note.strip().length() > DailyClose.NOTE_MAX_LENGTH) {
            throw new CheckoutException("close.error.note");
        }
        long counted;
        try {
            counted = DailyClose.total(counts);
        } catch (IllegalArgumentException e) {
            throw new CheckoutException("close.error.count");
        }
        long staffId = currentStaff.require().staffId();
        CheckoutService.lockDay(jdbc, storeId, day);
        if (closed(jdbc, storeId, day)) {
            throw new CheckoutException("checkout.error.dayClosed");
        }
        DailyClose.CashSummary summary = summarize(storeId, day);
        long expected = summary.expected(openingFloat);
        String noteText = note == null || note.isBlank() ? null : note.strip();
        try {
            jdbc.sql("""
                    insert into daily_close (store_id, business_day, opening_float, cash_sales, cash_refunds,
                        expected_cash, counted_cash, over_short, denominations, note, staff_id, closed_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(storeId, day, openingFloat, summary.cashSales(), summary.cashRefunds(), expected, counted,
                            counted - expected, DailyClose.encode(counts), noteText, staffId,
                            Timestamp.valueOf(LocalDateTime.now(clock)))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new CheckoutException("checkout.error.dayClosed");
        }
        return find(storeId, day).orElseThrow();
    }

    @Transactional(readOnly = true)
    public Optional<DailyClose> find(long storeId, LocalDate day) {
        return jdbc.sql("select * from daily_close where store_id = ? and business_day = ?").params(storeId, day)
                .query((rs, n) -> new DailyClose(rs.getLong("id"), rs.getLong("store_id"),
                        rs.getObject("business_day", LocalDate.class), rs.getLong("opening_float"),
                        rs.getLong("cash_sales"), rs.getLong("cash_refunds"), rs.getLong("expected_cash"),
                        DailyClose.decode(rs.getString("denominations")), rs.getLong("counted_cash"),
                        rs.getLong("over_short"), rs.getString("note"), rs.getLong("staff_id"),
                        rs.getObject("closed_at", LocalDateTime.class)))
                .optional();
    }
}
