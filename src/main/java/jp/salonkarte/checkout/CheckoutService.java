package jp.salonkarte.checkout;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import jp.salonkarte.base.Access;
import jp.salonkarte.reservation.BookingService;
import jp.salonkarte.reservation.BookingStatus;
import jp.salonkarte.security.CurrentStaff;
import jp.salonkarte.store.MenuItem;
import jp.salonkarte.store.MenuKind;
import jp.salonkarte.store.MenuService;
import jp.salonkarte.store.Store;
import jp.salonkarte.store.StoreService;

/**
 * Ringing up and paying tickets (会計), voids and refunds (DD019). A commit writes the ticket, its
 * lines, per-rate totals and payments, marks the booking done and queues the receipt, all in one
 * transaction. It carries a key made when the payment dialog opened: the key is unique in the
 * database, so a double tap or a retried request returns the first result instead of charging
 * again. A paid ticket is never changed; a void or refund adds a reversal row. Nothing is
 * committed, voided or refunded on a business day whose register is closed.
 */
@Service
public class CheckoutService {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final StoreService stores;
    private final MenuService menus;
    private final BookingService bookings;
    private final CurrentStaff currentStaff;
    private final Receipts receipts;

    CheckoutService(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock, StoreService stores,
            MenuService menus, BookingService bookings, CurrentStaff currentStaff, Receipts receipts) {
        this.receipts = receipts;
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.tx.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.clock = clock;
        this.stores = stores;
        this.menus = menus;
        this.bookings = bookings;
        this.currentStaff = currentStaff;
    }

    /** Today in the store's time zone: the business day a commit, void or refund counts on. */
    @Access.Staff
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * A ticket pre-filled from a booking: its customer, and a line per booked menu at today's
     * price and tax rate, counted for the booking's stylist. The booking goes "in checkout".
     */
    @Access.Staff
    @Transactional(isolation = org.springframework.transaction.annotation.Isolation.READ_COMMITTED)
    public TicketDraft openFromBooking(long bookingId) {
        if (ticketOfBooking(bookingId).isPresent()) {
            throw new CheckoutException("checkout.error.alreadyPaid");
        }
        var draft = bookings.startCheckout(bookingId);
        Map<Long, MenuItem> items = new HashMap<>();
        menus.list(draft.storeId()).forEach(m -> items.put(m.id(), m));
        List<TicketLine> lines = new ArrayList<>();
        for (var menu : draft.menus()) {
            MenuItem item = menu.menuItemId() == null ? null : items.get(menu.menuItemId());
            LineKind kind = item == null ? LineKind.SERVICE : lineKind(item);
            int rate = item == null ? 10 : item.taxRate();
            long price = item == null ? menu.priceYen() : item.priceYen();
            lines.add(new TicketLine(kind, menu.menuItemId(), menu.name(), price, 1, rate, draft.staffId(),
                    Discount.NONE));
        }
        return new TicketDraft(draft.storeId(), draft.bookingId(), draft.customerId(), lines, Discount.NONE);
    }

    /** The line a menu item becomes: products sell over the counter; the option category are options. */
    public static LineKind lineKind(MenuItem item) {
        if (item.kind() == MenuKind.PRODUCT) {
            return LineKind.PRODUCT;
        }
        return item.category() == jp.salonkarte.store.MenuCategory.OPTION ? LineKind.OPTION : LineKind.SERVICE;
    }

    /**
     * Pays the ticket with these payments, once: called again with the same {@code commitKey}
     * (a double tap, two requests at once) it returns the ticket the first call paid.
     */
    @Access.Staff
    public PaidTicket commit(TicketDraft draft, UUID commitKey, List<Payment> payments) {
        Optional<PaidTicket> done = findByKey(commitKey);
        if (done.isPresent()) {
            return done.get();
        }
        long cashier = currentStaff.require().staffId();
        try {
            Long id = tx.execute(status -> insert(draft, commitKey, List.copyOf(payments), cashier));
            return find(id).orElseThrow();
        } catch (DuplicateKeyException e) {
            return findByKey(commitKey).orElseThrow(() -> new CheckoutException("checkout.error.alreadyPaid"));
        }
    }

    private long insert(TicketDraft draft, UUID key, List<Payment> payments, long cashier) {
        if (draft.lines().isEmpty()) {
            throw new CheckoutException("checkout.error.empty");
        }
        Store store = stores.find(draft.storeId()).orElseThrow(() -> new CheckoutException("checkout.error.noStore"));
        Tax.Breakdown breakdown = draft.breakdown(store.taxRounding());
        long paid = payments.stream().mapToLong(Payment::amount).sum();
        if (paid != breakdown.total()) {
            throw new CheckoutException("checkout.error.paymentMismatch");
        }
        long change = payments.stream().mapToLong(Payment::change).sum();
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDate day = now.toLocalDate();
        String receiptNo = DAY.format(day) + "-" + String.format("%04d", nextReceiptNo(store.id(), day));
        refuseClosedDay(store.id(), day);
        if (draft.bookingId() != null) {
            if (bookings.find(draft.bookingId()).filter(b -> b.storeId() == store.id()).isEmpty()) {
                throw new CheckoutException("checkout.error.gone");
            }
            if (ticketOfBooking(draft.bookingId()).isPresent()) {
                throw new CheckoutException("checkout.error.alreadyPaid");
            }
        }
        long id = jdbc.sql("""
                insert into ticket (store_id, business_day, receipt_no, commit_key, booking_id, customer_id,
                    cashier_staff_id, subtotal, discount_kind, discount_value, discount, total, tax_rounding,
                    change_given, paid_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(store.id(), day, receiptNo, key.toString(), draft.bookingId(), draft.customerId(), cashier,
                        breakdown.subtotal(), draft.discount().kind().name(), draft.discount().value(),
                        breakdown.discount(), breakdown.total(), store.taxRounding().name(), change,
                        Timestamp.valueOf(now))
                .query(Long.class).single();
        int position = 0;
        for (TicketLine l : draft.lines()) {
            jdbc.sql("""
                    insert into ticket_line (ticket_id, position, kind, menu_item_id, name, unit_price, quantity,
                        tax_rate, staff_id, discount_kind, discount_value, amount)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, position++, l.kind().name(), l.menuItemId(), l.name(), l.unitPrice(), l.quantity(),
                            l.taxRate(), l.staffId(), l.discount().kind().name(), l.discount().value(), l.amount())
                    .update();
        }
        for (Tax.RateTotal r : breakdown.rates()) {
            jdbc.sql("insert into ticket_rate_total (ticket_id, tax_rate, gross, discount, total, tax) values (?, ?, ?, ?, ?, ?)")
                    .params(id, r.ratePercent(), r.gross(), r.discount(), r.total(), r.tax()).update();
        }
        position = 0;
        for (Payment p : payments) {
            jdbc.sql("insert into payment (ticket_id, position, method, amount, tendered) values (?, ?, ?, ?, ?)")
                    .params(id, position++, p.method().name(), p.amount(), p.tendered()).update();
        }
        if (draft.bookingId() != null) {
            bookings.startCheckout(draft.bookingId());
            bookings.setStatus(draft.bookingId(), BookingStatus.DONE);
        }
        receipts.printAtCommit(store, load(id).orElseThrow(),
                payments.stream().anyMatch(p -> p.method() == PaymentMethod.CASH));
        return id;
    }

    /** Takes the next receipt number of the day under the counter row's lock (also the day's close lock). */
    private int nextReceiptNo(long storeId, LocalDate day) {
        jdbc.sql("""
                insert into receipt_counter (store_id, business_day, last_no) values (?, ?, 1)
                on duplicate key update last_no = last_no + 1""").params(storeId, day).update();
        return jdbc.sql("select last_no from receipt_counter where store_id = ? and business_day = ?")
                .params(storeId, day).query(Integer.class).single();
    }

    /** Locks the day's counter row without taking a number: commits, reversals and the close queue on it. */
    static void lockDay(JdbcClient jdbc, long storeId, LocalDate day) {
        jdbc.sql("""
                insert into receipt_counter (store_id, business_day, last_no) values (?, ?, 0)
                on duplicate key update last_no = last_no""").params(storeId, day).update();
        jdbc.sql("select last_no from receipt_counter where store_id = ? and business_day = ? for update")
                .params(storeId, day).query(Integer.class).single();
    }

    private void refuseClosedDay(long storeId, LocalDate day) {
        if (DailyCloseService.closed(jdbc, storeId, day)) {
            throw new CheckoutException("checkout.error.dayClosed");
        }
    }

    private Optional<Long> ticketOfBooking(long bookingId) {
        return jdbc.sql("select id from ticket where booking_id = ?").params(bookingId).query(Long.class).optional();
    }

    @Access.Staff
    @Transactional(readOnly = true)
    public Optional<PaidTicket> find(long id) {
        return load(id);
    }

    @Access.Staff
    @Transactional(readOnly = true)
    public Optional<PaidTicket> findByKey(UUID commitKey) {
        return jdbc.sql("select id from ticket where commit_key = ?").params(commitKey.toString()).query(Long.class)
                .optional().flatMap(this::load);
    }

    /** The tickets paid on a business day, newest first. */
    @Access.Staff
    @Transactional(readOnly = true)
    public List<PaidTicket> day(long storeId, LocalDate day) {
        return jdbc.sql("select id from ticket where store_id = ? and business_day = ? order by id desc")
                .params(storeId, day).query(Long.class).list().stream().map(id -> load(id).orElseThrow()).toList();
    }

    /** Voids a ticket paid today (取消): all its money goes back by the way it came. */
    @Access.Manager
    public PaidTicket voidTicket(long ticketId, String reason) {
        return reverse(ticketId, reason, PaidTicket.Reversal.Kind.VOID);
    }

    /** Refunds a ticket of an earlier day (返金); it counts on today's register. */
    @Access.Manager
    public PaidTicket refund(long ticketId, String reason) {
        return reverse(ticketId, reason, PaidTicket.Reversal.Kind.REFUND);
    }

    private PaidTicket reverse(long ticketId, String reason, PaidTicket.Reversal.Kind kind) {
        if (reason == null || reason.isBlank() || reason.strip().length() > PaidTicket.Reversal.REASON_MAX_LENGTH) {
            throw new CheckoutException("checkout.error.reason");
        }
        long actor = currentStaff.require().staffId();
        try {
            tx.executeWithoutResult(status -> {
                PaidTicket ticket = load(ticketId).orElseThrow(() -> new CheckoutException("checkout.error.gone"));
                LocalDateTime now = LocalDateTime.now(clock);
                LocalDate today = now.toLocalDate();
                lockDay(jdbc, ticket.storeId(), today);
                refuseClosedDay(ticket.storeId(), today);
                if (ticket.reversed()) {
                    throw new CheckoutException("checkout.error.alreadyReversed");
                }
                if (kind == PaidTicket.Reversal.Kind.VOID && !ticket.businessDay().equals(today)) {
                    throw new CheckoutException("checkout.error.voidSameDay");
                }
                if (kind == PaidTicket.Reversal.Kind.REFUND && ticket.businessDay().equals(today)) {
                    throw new CheckoutException("checkout.error.refundLater");
                }
                jdbc.sql("""
                        insert into ticket_reversal (ticket_id, store_id, kind, reason, staff_id, business_day, amount,
                            cash_amount, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                        .params(ticketId, ticket.storeId(), kind.name(), reason.strip(), actor, today, ticket.total(),
                                ticket.cashPaid(), Timestamp.valueOf(now))
                        .update();
            });
        } catch (DuplicateKeyException e) {
            throw new CheckoutException("checkout.error.alreadyReversed");
        }
        return load(ticketId).orElseThrow();
    }

    private Optional<PaidTicket> load(long id) {
        return jdbc.sql("select * from ticket where id = ?").params(id).query((rs, n) -> {
            List<TicketLine> lines = jdbc.sql("select * from ticket_line where ticket_id = ? order by position")
                    .params(id).query((l, m) -> new TicketLine(LineKind.valueOf(l.getString("kind")),
                            l.getObject("menu_item_id", Long.class), l.getString("name"), l.getLong("unit_price"),
                            l.getInt("quantity"), l.getInt("tax_rate"), l.getObject("staff_id", Long.class),
                            new Discount(Discount.Kind.valueOf(l.getString("discount_kind")), l.getLong("discount_value"))))
                    .list();
            List<Tax.RateTotal> rates = jdbc.sql("select * from ticket_rate_total where ticket_id = ? order by tax_rate desc")
                    .params(id).query((r, m) -> new Tax.RateTotal(r.getInt("tax_rate"), r.getLong("gross"),
                            r.getLong("discount"), r.getLong("total"), r.getLong("tax")))
                    .list();
            List<Payment> payments = jdbc.sql("select * from payment where ticket_id = ? order by position")
                    .params(id).query((p, m) -> new Payment(PaymentMethod.valueOf(p.getString("method")),
                            p.getLong("amount"), p.getObject("tendered", Long.class)))
                    .list();
            PaidTicket.Reversal reversal = jdbc.sql("select * from ticket_reversal where ticket_id = ?").params(id)
                    .query((v, m) -> new PaidTicket.Reversal(PaidTicket.Reversal.Kind.valueOf(v.getString("kind")),
                            v.getString("reason"), v.getLong("staff_id"), v.getObject("business_day", LocalDate.class),
                            v.getLong("amount"), v.getLong("cash_amount"),
                            v.getObject("created_at", LocalDateTime.class)))
                    .optional().orElse(null);
            return new PaidTicket(id, rs.getLong("store_id"), rs.getObject("business_day", LocalDate.class),
                    rs.getString("receipt_no"), rs.getObject("booking_id", Long.class),
                    rs.getObject("customer_id", Long.class), rs.getObject("cashier_staff_id", Long.class), lines,
                    new Discount(Discount.Kind.valueOf(rs.getString("discount_kind")), rs.getLong("discount_value")),
                    rs.getLong("subtotal"), rs.getLong("discount"), rs.getLong("total"), rates, payments,
                    rs.getLong("change_given"), rs.getObject("paid_at", LocalDateTime.class), reversal);
        }).optional();
    }
}
