package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import jp.salonkarte.checkout.Tax;

/**
 * Issue 14 (DD041): gives the lines of tickets paid before V23 their net amount and tax share,
 * with the same {@link Tax#shares} the commit uses now, from the per-rate totals stored with
 * each ticket (never recomputed with today's rounding setting), and the staff member each ticket
 * counts for. Tickets are read in id order, 500 at a time.
 */
public class V24__ApportionTicketLines extends BaseJavaMigration {

    private static final int BATCH = 500;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        long after = 0;
        while (true) {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "select id from ticket where id > ? order by id limit " + BATCH)) {
                select.setLong(1, after);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
            if (ids.isEmpty()) {
                return;
            }
            for (long id : ids) {
                apportion(connection, id);
            }
            countFor(connection, ids.getFirst(), ids.getLast());
            after = ids.getLast();
        }
    }

    /** The stylist of the first service line, else the cashier (Ticket.countsFor). */
    private static void countFor(Connection connection, long first, long last) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("""
                update ticket t set t.staff_id = coalesce((select l.staff_id from ticket_line l
                    where l.ticket_id = t.id and l.kind = 'SERVICE' and l.staff_id is not null
                    order by l.position limit 1), t.cashier_staff_id)
                where t.id between ? and ?""")) {
            update.setLong(1, first);
            update.setLong(2, last);
            update.executeUpdate();
        }
    }

    private static void apportion(Connection connection, long ticketId) throws SQLException {
        Map<Integer, Tax.Amount> lines = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select position, tax_rate, amount from ticket_line where ticket_id = ? order by position")) {
            select.setLong(1, ticketId);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    lines.put(rs.getInt(1), new Tax.Amount(rs.getInt(2), rs.getLong(3)));
                }
            }
        }
        List<Tax.RateTotal> rates = new ArrayList<>();
        long subtotal = 0;
        long discount = 0;
        try (PreparedStatement select = connection.prepareStatement(
                "select tax_rate, gross, discount, total, tax from ticket_rate_total where ticket_id = ?")) {
            select.setLong(1, ticketId);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rates.add(new Tax.RateTotal(rs.getInt(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)));
                    subtotal += rs.getLong(2);
                    discount += rs.getLong(3);
                }
            }
        }
        List<Tax.LineShare> shares = Tax.shares(List.copyOf(lines.values()),
                new Tax.Breakdown(rates, subtotal, discount, subtotal - discount));
        try (PreparedStatement update = connection.prepareStatement(
                "update ticket_line set net_amount = ?, net_tax = ? where ticket_id = ? and position = ?")) {
            int i = 0;
            for (int position : lines.keySet()) {
                update.setLong(1, shares.get(i).net());
                update.setLong(2, shares.get(i).tax());
                update.setLong(3, ticketId);
                update.setInt(4, position);
                update.addBatch();
                i++;
            }
            update.executeBatch();
        }
    }
}
