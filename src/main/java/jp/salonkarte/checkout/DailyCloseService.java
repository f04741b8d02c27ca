package jp.salonkarte.checkout;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import jp.salonkarte.base.Access;
import jp.salonkarte.base.Yen;
import jp.salonkarte.printing.ReceiptPrinting;
import jp.salonkarte.printing.Slip;
import jp.salonkarte.security.CurrentStaff;
import jp.salonkarte.store.Staff;
import jp.salonkarte.store.StaffService;
import jp.salonkarte.store.Store;
import jp.salonkarte.store.StoreService;

/**
 * The register close (レジ締め, DD019): sums a business day's cash, records the count and the
 * over/short, and so freezes the day — commits, voids and refunds check for the close under the
 * same row lock ({@code receipt_counter}), so none slips in while the day is being closed. Any
 * staff member may close (the last one at the counter often does); who closed is recorded.
 */
@Service
public class DailyCloseService {

    private static final DateTimeFormatter DAY = jp.salonkarte.base.DateFormats.JAPANESE_DAY;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final CurrentStaff currentStaff;
    private final StoreService stores;
    private final StaffService staff;
    private final ObjectProvider<ReceiptPrinting> printing;

    DailyCloseService(JdbcClient jdbc, Clock clock, CurrentStaff currentStaff, StoreService stores,
            StaffService staff, ObjectProvider<ReceiptPrinting> printing) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.currentStaff = currentStaff;
        this.stores = stores;
        this.staff = staff;
        this.printing = printing;
    }

    static boolean closed(JdbcClient jdbc, long storeId, LocalDate day) {
        return jdbc.sql("select count(*) from daily_close where store_id = ? and business_day = ?")
                .params(storeId, day).query(Integer.class).single() > 0;
    }

    @Access.Staff
    @Transactional(readOnly = true)
    public boolean isClosed(long storeId, LocalDate day) {
        return closed(jdbc, storeId, day);
    }

    /** Cash and sales of the day: tickets paid that day, and voids/refunds handed back that day. */
    @Access.Staff
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
    @Access.Manager
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
        DailyClose closed = find(storeId, day).orElseThrow();
        queueReport(closed, summary, false);
        return closed;
    }

    /**
     * Prints the close report (レジ締めレポート) of a closed day again on the receipt printer;
     * returns the print job's id, or -1 when the store has no receipt printer.
     */
    @Access.Manager
    @Transactional
    public long printReport(long storeId, LocalDate day) {
        DailyClose close = find(storeId, day).orElseThrow(() -> new CheckoutException("close.error.notClosed"));
        return queueReport(close, summarize(storeId, day), true);
    }

    /** Queued in the close's own transaction, so a report exists for every close and none for a failed one. */
    private long queueReport(DailyClose close, DailyClose.CashSummary summary, boolean copy) {
        ReceiptPrinting printer = printing.getIfAvailable();
        if (printer == null) {
            return -1;
        }
        String storeName = stores.find(close.storeId()).map(Store::name).orElse("");
        String staffName = staff.find(close.staffId()).map(Staff::displayName).orElse("");
        return printer.enqueueSlip(close.storeId(), report(close, summary, storeName, staffName, copy));
    }

    /** The report's rows: sales, payments by method, the cash reconciliation and the count. */
    static Slip report(DailyClose c, DailyClose.CashSummary s, String storeName, String staffName, boolean copy) {
        List<Slip.Row> rows = new ArrayList<>();
        rows.add(Slip.Row.of("営業日", DAY.format(c.businessDay())));
        rows.add(Slip.Row.of("伝票数", s.tickets() + "件"));
        rows.add(Slip.Row.of("売上合計（税込）", Yen.format(s.sales())));
        rows.add(Slip.Row.of("取消・返金", s.reversals() + "件 " + Yen.format(s.reversed())));
        rows.add(Slip.Row.divider());
        rows.add(Slip.Row.heading("支払方法別"));
        for (PaymentMethod m : PaymentMethod.values()) {
            rows.add(Slip.Row.of("  " + m.receiptLabel(), Yen.format(s.byMethod().getOrDefault(m, 0L))));
        }
        rows.add(Slip.Row.divider());
        rows.add(Slip.Row.of("釣銭準備金", Yen.format(c.openingFloat())));
        rows.add(Slip.Row.of("現金売上", Yen.format(c.cashSales())));
        rows.add(Slip.Row.of("現金返金", "-" + Yen.format(c.cashRefunds())));
        rows.add(Slip.Row.of("あるべき現金（理論在高）", Yen.format(c.expectedCash())));
        rows.add(Slip.Row.of("数えた現金（実在高）", Yen.format(c.countedCash())));
        rows.add(Slip.Row.of(c.overShort() == 0 ? "過不足" : c.overShort() > 0 ? "過不足（過剰）" : "過不足（不足）",
                (c.overShort() < 0 ? "-" : "") + Yen.format(Math.abs(c.overShort()))));
        rows.add(Slip.Row.divider());
        rows.add(Slip.Row.heading("金種"));
        for (int d : DailyClose.DENOMINATIONS) {
            int n = c.counts().getOrDefault(d, 0);
            rows.add(Slip.Row.of("  " + Yen.format(d) + " × " + n, Yen.format((long) d * n)));
        }
        rows.add(Slip.Row.divider());
        rows.add(Slip.Row.of("締め担当", staffName));
        if (c.note() != null) {
            rows.add(Slip.Row.heading("メモ: " + c.note()));
        }
        return new Slip(copy ? "レジ締めレポート（控え）" : "レジ締めレポート", storeName, c.closedAt(), rows);
    }

    @Access.Staff
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
