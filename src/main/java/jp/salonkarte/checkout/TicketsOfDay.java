package jp.salonkarte.checkout;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import jp.salonkarte.store.TaxRounding;

/**
 * The read model of a business day's tickets (the ticket list, 伝票一覧): four queries whatever the
 * number of tickets — the tickets with their reversals, then all their lines, rate totals and
 * payments at once — instead of loading each aggregate with its collections (1 + 5N, DD037).
 * An empty day is one query.
 */
@Component
class TicketsOfDay {

    private static final String OF_DAY =
            "join ticket t on t.id = x.ticket_id where t.store_id = ? and t.business_day = ?";

    private final JdbcClient jdbc;

    TicketsOfDay(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The tickets paid on a business day, newest first. The tickets are read first: a ticket is
     * saved with all its children in one transaction, so every ticket read has all its children
     * in the later queries whatever the isolation; children of a ticket paid in between are left out.
     */
    List<PaidTicket> of(long storeId, LocalDate day) {
        List<Row> tickets = jdbc.sql("""
                select t.*, r.id as r_id, r.kind as r_kind, r.reason as r_reason, r.staff_id as r_staff_id,
                    r.business_day as r_business_day, r.amount as r_amount, r.cash_amount as r_cash_amount,
                    r.created_at as r_created_at
                from ticket t left join ticket_reversal r on r.ticket_id = t.id
                where t.store_id = ? and t.business_day = ? order by t.id desc""")
                .params(storeId, day).query((rs, n) -> {
                    long id = rs.getLong("id");
                    Long reversalId = rs.getObject("r_id", Long.class);
                    TicketReversal reversal = reversalId == null ? null : new TicketReversal(reversalId, id,
                            storeId, PaidTicket.Reversal.Kind.valueOf(rs.getString("r_kind")),
                            rs.getString("r_reason"), rs.getLong("r_staff_id"),
                            rs.getObject("r_business_day", LocalDate.class), rs.getLong("r_amount"),
                            rs.getLong("r_cash_amount"), rs.getObject("r_created_at", LocalDateTime.class));
                    return new Row(new Ticket(id, rs.getLong("store_id"), rs.getObject("business_day", LocalDate.class),
                            rs.getString("receipt_no"), rs.getString("commit_key"),
                            rs.getObject("booking_id", Long.class), rs.getObject("customer_id", Long.class),
                            rs.getObject("cashier_staff_id", Long.class), rs.getObject("staff_id", Long.class),
                            rs.getLong("subtotal"),
                            Discount.Kind.valueOf(rs.getString("discount_kind")), rs.getLong("discount_value"),
                            rs.getLong("discount"), rs.getLong("total"),
                            TaxRounding.valueOf(rs.getString("tax_rounding")), rs.getLong("change_given"),
                            rs.getObject("paid_at", LocalDateTime.class), null, null, null), reversal);
                }).list();
        if (tickets.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Ticket.Line>> lines = new HashMap<>();
        jdbc.sql("select x.* from ticket_line x " + OF_DAY + " order by x.ticket_id, x.position").params(storeId, day)
                .query(rs -> {
                    lines.computeIfAbsent(rs.getLong("ticket_id"), k -> new ArrayList<>()).add(new Ticket.Line(
                            LineKind.valueOf(rs.getString("kind")), rs.getObject("menu_item_id", Long.class),
                            rs.getString("name"), rs.getLong("unit_price"), rs.getInt("quantity"),
                            rs.getInt("tax_rate"), rs.getObject("staff_id", Long.class),
                            Discount.Kind.valueOf(rs.getString("discount_kind")), rs.getLong("discount_value"),
                            rs.getLong("amount"), rs.getLong("net_amount"), rs.getLong("net_tax")));
                });
        Map<Long, Set<Ticket.RateTotal>> rates = new HashMap<>();
        jdbc.sql("select x.* from ticket_rate_total x " + OF_DAY).params(storeId, day).query(rs -> {
            rates.computeIfAbsent(rs.getLong("ticket_id"), k -> new HashSet<>()).add(new Ticket.RateTotal(
                    rs.getInt("tax_rate"), rs.getLong("gross"), rs.getLong("discount"), rs.getLong("total"),
                    rs.getLong("tax")));
        });
        Map<Long, List<Payment>> payments = new HashMap<>();
        jdbc.sql("select x.* from payment x " + OF_DAY + " order by x.ticket_id, x.position").params(storeId, day)
                .query(rs -> {
                    payments.computeIfAbsent(rs.getLong("ticket_id"), k -> new ArrayList<>()).add(new Payment(
                            PaymentMethod.valueOf(rs.getString("method")), rs.getLong("amount"),
                            rs.getObject("tendered", Long.class)));
                });
        return tickets.stream().map(r -> {
            long id = r.ticket().id();
            return r.ticket().withChildren(lines.getOrDefault(id, List.of()), rates.getOrDefault(id, Set.of()),
                    payments.getOrDefault(id, List.of())).read(r.reversal());
        }).toList();
    }

    private record Row(Ticket ticket, @Nullable TicketReversal reversal) {
    }
}
