package jp.salonkarte.checkout;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
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
 * Ringing up and paying tickets (会計), voids and refunds (DD019). A commit saves the {@link Ticket}
 * aggregate (lines, per-rate totals, payments), marks the booking done and queues the receipt, all
 * in one transaction. It carries a key made when the payment dialog opened: the key is unique in the
 * database, so a double tap or a retried request returns the first result instead of charging
 * again. A paid ticket is never changed; a void or refund adds a {@link TicketReversal}. Nothing is
 * committed, voided or refunded on a business day whose register is closed. Tickets and reversals
 * go through their repositories, a day's list is a read model, the receipt counter and the day
 * lock stay SQL (DD037).
 */
@Service
public class CheckoutService {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final JdbcClient jdbc;
    private final TicketRepository tickets;
    private final TicketReversalRepository reversals;
    private final TicketsOfDay ticketsOfDay;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final StoreService stores;
    private final MenuService menus;
    private final BookingService bookings;
    private final CurrentStaff currentStaff;
    private final Receipts receipts;

    CheckoutService(JdbcClient jdbc, TicketRepository tickets, TicketReversalRepository reversals,
            TicketsOfDay ticketsOfDay, PlatformTransactionManager transactions, Clock clock, StoreService stores,
            MenuService menus, BookingService bookings, CurrentStaff currentStaff, Receipts receipts) {
        this.receipts = receipts;
        this.jdbc = jdbc;
        this.tickets = tickets;
        this.reversals = reversals;
        this.ticketsOfDay = ticketsOfDay;
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
        if (tickets.existsByBookingId(bookingId)) {
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
            return tx.execute(status -> insert(draft, commitKey, List.copyOf(payments), cashier));
        } catch (DuplicateKeyException e) {
            return findByKey(commitKey).orElseThrow(() -> new CheckoutException("checkout.error.alreadyPaid"));
        }
    }

    private PaidTicket insert(TicketDraft draft, UUID key, List<Payment> payments, long cashier) {
        if (draft.lines().isEmpty()) {
            throw new CheckoutException("checkout.error.empty");
        }
        Store store = stores.find(draft.storeId()).orElseThrow(() -> new CheckoutException("checkout.error.noStore"));
        Tax.Breakdown breakdown = draft.breakdown(store.taxRounding());
        long paid = payments.stream().mapToLong(Payment::amount).sum();
        if (paid != breakdown.total()) {
            throw new CheckoutException("checkout.error.paymentMismatch");
        }
        // paid_at is datetime(3): the ticket returned here must read the same as the one stored.
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
        LocalDate day = now.toLocalDate();
        String receiptNo = DAY.format(day) + "-" + String.format("%04d", nextReceiptNo(store.id(), day));
        refuseClosedDay(store.id(), day);
        if (draft.bookingId() != null) {
            if (bookings.find(draft.bookingId()).filter(b -> b.storeId() == store.id()).isEmpty()) {
                throw new CheckoutException("checkout.error.gone");
            }
            if (tickets.existsByBookingId(draft.bookingId())) {
                throw new CheckoutException("checkout.error.alreadyPaid");
            }
        }
        PaidTicket ticket = tickets.save(Ticket.paid(draft, store.id(), day, receiptNo, key, cashier, breakdown,
                store.taxRounding(), payments, now)).read(null);
        if (draft.bookingId() != null) {
            bookings.startCheckout(draft.bookingId());
            bookings.setStatus(draft.bookingId(), BookingStatus.DONE);
        }
        receipts.printAtCommit(store, ticket, payments.stream().anyMatch(p -> p.method() == PaymentMethod.CASH));
        return ticket;
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

    @Access.Staff
    @Transactional(readOnly = true)
    public Optional<PaidTicket> find(long id) {
        return load(id);
    }

    @Access.Staff
    @Transactional(readOnly = true)
    public Optional<PaidTicket> findByKey(UUID commitKey) {
        return tickets.findByCommitKey(commitKey.toString()).map(this::withReversal);
    }

    /** The tickets paid on a business day, newest first. */
    @Access.Staff
    @Transactional(readOnly = true)
    public List<PaidTicket> day(long storeId, LocalDate day) {
        return ticketsOfDay.of(storeId, day);
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
                reversals.save(TicketReversal.of(ticket, kind, reason.strip(), actor, today, now));
            });
        } catch (DuplicateKeyException e) {
            throw new CheckoutException("checkout.error.alreadyReversed");
        }
        return load(ticketId).orElseThrow();
    }

    /** One ticket: the aggregate with its collections, and its reversal if it has one (DD037). */
    private Optional<PaidTicket> load(long id) {
        return tickets.findById(id).map(this::withReversal);
    }

    private PaidTicket withReversal(Ticket ticket) {
        return ticket.read(reversals.findByTicketId(ticket.id()).orElse(null));
    }
}
