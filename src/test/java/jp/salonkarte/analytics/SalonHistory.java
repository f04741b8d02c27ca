package jp.salonkarte.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

import jp.salonkarte.checkout.Discount;
import jp.salonkarte.checkout.Tax;
import jp.salonkarte.store.TaxRounding;

/**
 * A salon's past written straight into the tables, for report tests: a store of the test's own
 * with staff, menus and customers, and tickets on any business day (the register only pays
 * today). Every ticket is computed as the commit computes it ({@link Tax#of}, {@link Tax#shares}).
 */
public final class SalonHistory {

    /** A line: a menu item (or none for a free item), quantity, and the stylist it counts for. */
    public record Line(@Nullable Long menuItemId, String kind, String name, long unitPrice, int quantity, int taxRate,
            @Nullable Long staffId) {

        long amount() {
            return unitPrice * quantity;
        }
    }

    final JdbcClient jdbc;
    final long storeId;
    private int receipts;

    public SalonHistory(JdbcClient jdbc, String name) {
        this.jdbc = jdbc;
        this.storeId = jdbc.sql("""
                insert into store (name, opening_time, closing_time, tax_rounding)
                values (?, '10:00', '20:00', 'TRUNCATE') returning id""").params(name).query(Long.class).single();
    }

    /** The history of an existing store (the demo salon, for screen tests on days the demo leaves empty). */
    public SalonHistory(JdbcClient jdbc, long storeId) {
        this.jdbc = jdbc;
        this.storeId = storeId;
        this.receipts = 1_000_000 + (int) (System.nanoTime() % 1_000_000);
    }

    public long staff(String family, String given, String role) {
        return jdbc.sql("""
                insert into staff (store_id, family_name, given_name, family_name_kana, given_name_kana, role, color)
                values (?, ?, ?, 'テスト', 'スタッフ', ?, '#7b3f61') returning id""")
                .params(storeId, family, given, role).query(Long.class).single();
    }

    public long menu(String kind, String category, String name, int price, int taxRate) {
        return jdbc.sql("""
                insert into menu_item (store_id, kind, category, name, price_yen, tax_rate, duration_minutes)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(storeId, kind, category, name, price, taxRate, kind.equals("SERVICE") ? 60 : null)
                .query(Long.class).single();
    }

    public long customer(String family, String given) {
        return jdbc.sql("""
                insert into customer (family_name, given_name, family_name_kana, given_name_kana, created_at, updated_at)
                values (?, ?, 'テスト', 'キャク', now(3), now(3)) returning id""").params(family, given).query(Long.class).single();
    }

    /** A paid ticket on {@code day}, paid in full by {@code method}; the stylist it counts for as the register decides. */
    public long ticket(LocalDate day, @Nullable Long customerId, long cashier, Discount discount, String method,
            Line... lines) {
        return ticket(day, customerId, cashier, discount, method, null, lines);
    }

    public long ticket(LocalDate day, @Nullable Long customerId, long cashier, Discount discount, String method,
            @Nullable Long bookingId, Line... lines) {
        List<Tax.Amount> amounts = new ArrayList<>();
        for (Line l : lines) {
            amounts.add(new Tax.Amount(l.taxRate(), l.amount()));
        }
        Tax.Breakdown breakdown = Tax.of(amounts, discount, TaxRounding.TRUNCATE);
        List<Tax.LineShare> shares = Tax.shares(amounts, breakdown);
        Long countsFor = null;
        for (Line l : lines) {
            if (l.kind().equals("SERVICE") && l.staffId() != null) {
                countsFor = l.staffId();
                break;
            }
        }
        receipts++;
        long id = jdbc.sql("""
                insert into ticket (store_id, business_day, receipt_no, commit_key, booking_id, customer_id,
                    cashier_staff_id, staff_id, subtotal, discount_kind, discount_value, discount, total, tax_rounding,
                    change_given, paid_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'TRUNCATE', 0, ?) returning id""")
                .params(storeId, day, "H" + storeId + "-" + receipts, UUID.randomUUID().toString(), bookingId, customerId,
                        cashier, countsFor == null ? cashier : countsFor, breakdown.subtotal(), discount.kind().name(),
                        discount.value(), breakdown.discount(), breakdown.total(), day.atTime(12, 0))
                .query(Long.class).single();
        for (int i = 0; i < lines.length; i++) {
            Line l = lines[i];
            jdbc.sql("""
                    insert into ticket_line (ticket_id, position, kind, menu_item_id, name, unit_price, quantity, tax_rate,
                        staff_id, discount_kind, discount_value, amount, net_amount, net_tax)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'YEN', 0, ?, ?, ?)""")
                    .params(id, i, l.kind(), l.menuItemId(), l.name(), l.unitPrice(), l.quantity(), l.taxRate(),
                            l.staffId(), l.amount(), shares.get(i).net(), shares.get(i).tax())
                    .update();
        }
        for (Tax.RateTotal r : breakdown.rates()) {
            jdbc.sql("insert into ticket_rate_total (ticket_id, tax_rate, gross, discount, total, tax) values (?, ?, ?, ?, ?, ?)")
                    .params(id, r.ratePercent(), r.gross(), r.discount(), r.total(), r.tax()).update();
        }
        if (breakdown.total() > 0) {
            jdbc.sql("insert into payment (ticket_id, position, method, amount, tendered) values (?, 0, ?, ?, ?)")
                    .params(id, method, breakdown.total(), method.equals("CASH") ? breakdown.total() : null).update();
        }
        return id;
    }

    /** A booking of one hour from {@code startsAt}, made at {@code createdAt}, with 指名 or not. */
    public long booking(long customerId, long staffId, java.time.LocalDateTime startsAt,
            java.time.LocalDateTime createdAt, String status, boolean nominated) {
        return jdbc.sql("""
                insert into booking (store_id, customer_id, staff_id, starts_at, ends_at, status, created_at, updated_at,
                    nominated) values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(storeId, customerId, staffId, startsAt, startsAt.plusHours(1), status, createdAt, createdAt,
                        nominated).query(Long.class).single();
    }

    /** A void (same day) or refund (a later day) of the whole ticket, handed back on {@code day}. */
    public void reverse(long ticketId, String kind, LocalDate day, long staffId) {
        long total = jdbc.sql("select total from ticket where id = ?").params(ticketId).query(Long.class).single();
        long cash = jdbc.sql("select coalesce(sum(amount), 0) from payment where ticket_id = ? and method = 'CASH'")
                .params(ticketId).query(Long.class).single();
        jdbc.sql("""
                insert into ticket_reversal (ticket_id, store_id, kind, reason, staff_id, business_day, amount, cash_amount,
                    created_at) values (?, ?, ?, 'テスト', ?, ?, ?, ?, ?)""")
                .params(ticketId, storeId, kind, staffId, day, total, cash, day.atTime(18, 0)).update();
    }
}
