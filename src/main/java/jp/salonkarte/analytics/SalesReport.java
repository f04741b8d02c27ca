package jp.salonkarte.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.salonkarte.base.Access;

/**
 * Sales figures (売上) of a period, read straight from the paid tickets (DD041): each ticket counts
 * on the day it was paid, each void or refund against the day the money went back, exactly as the
 * register close counts them — so every breakdown adds up to the closes and the tickets. Amounts
 * are tax-included yen after every discount; the tax is each line's share of its receipt's tax.
 *
 * <p>Every method takes a {@link ReportScope}: the store, and the staff member when the figures
 * are one stylist's own (STAFF see only theirs, {@link ReportScope#check}).
 */
@Service
@Access.Staff
@Transactional(readOnly = true)
public class SalesReport {

    /** What a sales table is broken down by. */
    public enum By {
        DAY, STAFF, MENU, CATEGORY, KIND, PAYMENT, CUSTOMER_TYPE;

        public String labelKey() {
            return "reports.by." + name();
        }
    }

    /** A period's headline figures. */
    public record Figures(long sales, long tax, Map<Integer, Long> salesByRate, Map<Integer, Long> taxByRate,
            long customers, long serviceSales, long retailSales, long voided, long refunded) {

        public long taxExcluded() {
            return sales - tax;
        }

        /** 客単価 = 売上 ÷ 客数 (yen, rounded down); 0 without customers. */
        public long perCustomer() {
            return customers <= 0 ? 0 : Math.floorDiv(sales, customers);
        }

        /** 技術単価 = 技術売上 ÷ 客数: with {@link #retailPerCustomer} it makes up 客単価. */
        public long servicePerCustomer() {
            return customers <= 0 ? 0 : Math.floorDiv(serviceSales, customers);
        }

        /** 店販単価 = 店販売上 ÷ 客数. */
        public long retailPerCustomer() {
            return customers <= 0 ? 0 : Math.floorDiv(retailSales, customers);
        }
    }

    /** One row of a breakdown: its key (a day, a staff id, a menu id, a category, …), label and figures. */
    public record Row(String key, String label, long sales, long customers, long quantity) {
    }

    /** A ticket behind a figure, with the part of it that the figure counts. */
    public record TicketRow(long ticketId, String receiptNo, LocalDate day, LocalDate receiptDay, boolean reversal,
            @Nullable Long customerId, @Nullable String customerName, @Nullable String staffName, long amount) {
    }

    private final JdbcClient jdbc;

    SalesReport(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The tickets and reversals of the period, one row each: {@code sign} 1 for a sale on its day,
     * -1 for a void or refund on the day it was handed back; {@code ctype} NEW (the customer's
     * first visit: no earlier ticket that still stands), EXISTING or UNREGISTERED (no customer).
     */
    private static final String FACTS = """
            (select t.id as ticket_id, t.business_day as day, 1 as sign, t.customer_id, t.staff_id, t.receipt_no,
                t.total, t.business_day as paid_day
             from ticket t where t.store_id = :store and t.business_day between :from and :to
             union all
             select t.id, r.business_day, -1, t.customer_id, t.staff_id, t.receipt_no, t.total, t.business_day
             from ticket_reversal r join ticket t on t.id = r.ticket_id
             where r.store_id = :store and r.business_day between :from and :to)""";

    private static final String CUSTOMER_TYPE = """
            case when f.customer_id is null then 'UNREGISTERED'
                 when exists (select 1 from ticket p left join ticket_reversal pr on pr.ticket_id = p.id
                              where p.customer_id = f.customer_id and pr.ticket_id is null
                                and p.business_day < f.paid_day)
                 then 'EXISTING' else 'NEW' end""";

    private JdbcClient.StatementSpec sql(String sql, ReportScope scope, Period period) {
        return jdbc.sql(sql).param("store", scope.storeId()).param("from", period.from()).param("to", period.to())
                .param("staff", scope.staffId());
    }

    public Figures figures(ReportScope scope, Period period) {
        scope.check();
        Map<Integer, Long> salesByRate = new TreeMap<>();
        Map<Integer, Long> taxByRate = new TreeMap<>();
        long[] kinds = new long[2];
        sql("select l.tax_rate, l.kind = 'PRODUCT' as retail, sum(f.sign * l.net_amount), sum(f.sign * l.net_tax) from "
                + FACTS + " f join ticket_line l on l.ticket_id = f.ticket_id"
                + " where (:staff is null or l.staff_id = :staff) group by l.tax_rate, retail", scope, period)
                .query(rs -> {
                    salesByRate.merge(rs.getInt(1), rs.getLong(3), Long::sum);
                    taxByRate.merge(rs.getInt(1), rs.getLong(4), Long::sum);
                    kinds[rs.getBoolean(2) ? 1 : 0] += rs.getLong(3);
                });
        long customers = sql("select coalesce(sum(f.sign), 0) from " + FACTS
                + " f where (:staff is null or f.staff_id = :staff)", scope, period).query(Long.class).single();
        long[] reversed = new long[2];
        sql("""
                select r.kind, sum(l.net_amount) from ticket_reversal r join ticket_line l on l.ticket_id = r.ticket_id
                where r.store_id = :store and r.business_day between :from and :to
                  and (:staff is null or l.staff_id = :staff) group by r.kind""", scope, period)
                .query(rs -> {
                    reversed["VOID".equals(rs.getString(1)) ? 0 : 1] = rs.getLong(2);
                });
        long sales = salesByRate.values().stream().mapToLong(Long::longValue).sum();
        long tax = taxByRate.values().stream().mapToLong(Long::longValue).sum();
        return new Figures(sales, tax, salesByRate, taxByRate, customers, kinds[0], kinds[1], reversed[0], reversed[1]);
    }

    /** The period broken down; rows in the breakdown's natural order (days in order, the rest by sales). */
    public List<Row> breakdown(ReportScope scope, Period period, By by) {
        scope.check();
        if (by == By.PAYMENT) {
            return payments(scope, period);
        }
        Map<String, Row> rows = new LinkedHashMap<>();
        sql("select " + key(by) + " as k, " + label(by) + " as label, sum(f.sign * l.net_amount) as sales,"
                + " count(distinct case when f.sign = 1 then f.ticket_id end)"
                + " - count(distinct case when f.sign = -1 then f.ticket_id end) as customers,"
                + " sum(f.sign * l.quantity) as quantity from " + FACTS + " f join ticket_line l on l.ticket_id = f.ticket_id"
                + " left join menu_item m on m.id = l.menu_item_id left join staff s on s.id = l.staff_id"
                + " where (:staff is null or l.staff_id = :staff) group by k"
                + (by == By.DAY ? " order by k" : " order by sales desc, k"), scope, period)
                .query(rs -> {
                    String k = String.valueOf(rs.getObject("k"));
                    rows.put(k, new Row(k, rs.getString("label"), rs.getLong("sales"), rs.getLong("customers"),
                            rs.getLong("quantity")));
                });
        if (by == By.STAFF) {
            // A stylist's 客数 are the tickets that count for them (Ticket.countsFor), so the column adds up to the store's.
            sql("select f.staff_id, coalesce(sum(f.sign), 0) from " + FACTS
                    + " f where (:staff is null or f.staff_id = :staff) group by f.staff_id", scope, period)
                    .query(rs -> {
                        String k = String.valueOf(rs.getObject(1));
                        Row row = rows.get(k);
                        if (row != null) {
                            rows.put(k, new Row(k, row.label(), row.sales(), rs.getLong(2), row.quantity()));
                        }
                    });
        }
        return List.copyOf(rows.values());
    }

    private List<Row> payments(ReportScope scope, Period period) {
        if (scope.staffId() != null) {
            return List.of();
        }
        List<Row> rows = new ArrayList<>();
        sql("select p.method, sum(f.sign * p.amount) as sales,"
                + " count(distinct case when f.sign = 1 then f.ticket_id end)"
                + " - count(distinct case when f.sign = -1 then f.ticket_id end) as customers from " + FACTS
                + " f join payment p on p.ticket_id = f.ticket_id group by p.method order by sales desc", scope, period)
                .query(rs -> {
                    rows.add(new Row(rs.getString(1), rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(3)));
                });
        return List.copyOf(rows);
    }

    /** The most tickets a drill-down lists (newest first); the CSV has the same rows. */
    public static final int TICKETS_MAX = 2_000;

    /**
     * The tickets behind one row of a breakdown ({@code by} and its row's {@code key}), or behind the
     * headline figures ({@code by} null), newest first, each with the part the row counts.
     */
    public List<TicketRow> tickets(ReportScope scope, Period period, @Nullable By by, @Nullable String key) {
        scope.check();
        String amount;
        String join;
        String where;
        if (by == null) {
            amount = "sum(f.sign * l.net_amount)";
            join = " join ticket_line l on l.ticket_id = f.ticket_id";
            where = "(:staff is null or l.staff_id = :staff)";
        } else if (by == By.PAYMENT) {
            amount = "sum(f.sign * p.amount)";
            join = " join payment p on p.ticket_id = f.ticket_id";
            where = "p.method = :key";
        } else {
            amount = "sum(f.sign * l.net_amount)";
            join = " join ticket_line l on l.ticket_id = f.ticket_id left join menu_item m on m.id = l.menu_item_id";
            where = "(:staff is null or l.staff_id = :staff) and " + key(by) + " = :key";
        }
        return sql("select f.ticket_id, f.receipt_no, f.day, f.paid_day, f.sign, f.customer_id,"
                + " concat(c.family_name, ' ', c.given_name) as customer_name, concat(s.family_name, ' ', s.given_name) as staff_name, "
                + amount + " as amount from " + FACTS + " f" + join
                + " left join customer c on c.id = f.customer_id left join staff s on s.id = f.staff_id where " + where
                + " group by f.ticket_id, f.receipt_no, f.day, f.paid_day, f.sign, f.customer_id, customer_name, staff_name"
                + " order by f.day desc, f.ticket_id desc limit " + TICKETS_MAX, scope, period)
                .param("key", key)
                .query((rs, n) -> new TicketRow(rs.getLong("ticket_id"), rs.getString("receipt_no"),
                        rs.getObject("day", LocalDate.class), rs.getObject("paid_day", LocalDate.class), rs.getInt("sign") < 0,
                        rs.getObject("customer_id", Long.class),
                        rs.getString("customer_name"), rs.getString("staff_name"), rs.getLong("amount")))
                .list();
    }

    private static String key(By by) {
        return switch (by) {
            case DAY -> "f.day";
            case STAFF -> "coalesce(l.staff_id, 0)";
            case MENU -> "coalesce(l.menu_item_id, 0)";
            case CATEGORY -> "coalesce(m.category, 'FREE')";
            case KIND -> "case when l.kind = 'PRODUCT' then 'RETAIL' else 'SERVICE' end";
            case CUSTOMER_TYPE -> CUSTOMER_TYPE;
            case PAYMENT -> throw new IllegalArgumentException("payments have no line key");
        };
    }

    /** The row's label as stored (names); enum keys are translated by the screen. */
    private static String label(By by) {
        return switch (by) {
            case STAFF -> "coalesce(max(concat(s.family_name, ' ', s.given_name)), '')";
            case MENU -> "case when l.menu_item_id is null then '' else max(l.name) end";
            default -> "''";
        };
    }
}
