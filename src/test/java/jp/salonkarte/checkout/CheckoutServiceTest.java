package jp.salonkarte.checkout;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import jp.salonkarte.IntegrationTest;
import jp.salonkarte.customer.Customer;
import jp.salonkarte.customer.CustomerService;
import jp.salonkarte.printing.EscPosDecoder;
import jp.salonkarte.reservation.Booking;
import jp.salonkarte.reservation.BookingRequest;
import jp.salonkarte.reservation.BookingService;
import jp.salonkarte.reservation.BookingSource;
import jp.salonkarte.reservation.BookingStatus;
import jp.salonkarte.store.MenuItem;
import jp.salonkarte.store.MenuService;
import jp.salonkarte.store.Staff;
import jp.salonkarte.store.StaffService;
import jp.salonkarte.store.StoreService;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Commit, void, refund and daily close on the real database; each test rings up in a store of its own. */
@IntegrationTest
@WithUserDetails("staff@example.com")
class CheckoutServiceTest {

    private static final AtomicInteger NEXT_DAY = new AtomicInteger();

    @Autowired CheckoutService checkout;
    @Autowired Receipts receipts;
    @Autowired DailyCloseService closes;
    @Autowired JdbcClient jdbc;
    @Autowired BookingService bookings;
    @Autowired CustomerService customers;
    @Autowired StoreService stores;
    @Autowired StaffService staffService;
    @Autowired MenuService menus;

    /** A store of the test's own, so no other test's tickets or close touch its days. */
    private long newStore(String rounding) {
        return jdbc.sql("""
                insert into store (name, opening_time, closing_time, tax_rounding)
                values ('会計テスト店', '10:00', '20:00', ?) returning id""").params(rounding).query(Long.class).single();
    }

    private static TicketDraft mixed(long storeId, Discount discount) {
        return new TicketDraft(storeId, null, null, List.of(
                new TicketLine(LineKind.SERVICE, null, "カット", 5500, 1, 10, null, Discount.NONE),
                new TicketLine(LineKind.PRODUCT, null, "ハーブティー", 1080, 2, 8, null, Discount.NONE)), discount);
    }

    private int paymentRows(long ticketId) {
        return jdbc.sql("select count(*) from payment where ticket_id = ?").params(ticketId).query(Integer.class).single();
    }

    @Test
    void aCommittedTicketKeepsItsLinesPerRateTaxPaymentsAndChange() {
        long store = newStore("TRUNCATE");
        PaidTicket t = checkout.commit(mixed(store, Discount.yen(500)), UUID.randomUUID(),
                List.of(Payment.cash(7160, 10000)));

        assertThat(t.receiptNo()).matches("\\d{8}-0001");
        assertThat(t.businessDay()).isEqualTo(checkout.today());
        assertThat(t.subtotal()).isEqualTo(7660);
        assertThat(t.discountYen()).isEqualTo(500);
        assertThat(t.total()).isEqualTo(7160);
        assertThat(t.change()).isEqualTo(2840);
        assertThat(t.rateTotals()).containsExactly(new Tax.RateTotal(10, 5500, 360, 5140, 467),
                new Tax.RateTotal(8, 2160, 140, 2020, 149));
        assertThat(t.lines()).extracting(TicketLine::name).containsExactly("カット", "ハーブティー");
        assertThat(t.payments()).containsExactly(Payment.cash(7160, 10000));
        var receipt = receipts.of(t, false);
        assertThat(receipt.hasReducedRate()).isTrue();
        assertThat(receipt.rateTotals()).extracting(r -> r.tax()).containsExactly(467L, 149L);
        assertThat(receipt.payments()).extracting(r -> r.method()).containsExactly("現金");

        PaidTicket second = checkout.commit(mixed(store, Discount.NONE), UUID.randomUUID(),
                List.of(Payment.of(PaymentMethod.CARD, 7660)));
        assertThat(second.receiptNo()).endsWith("-0002");
    }

    @Test
    void theStoresRoundingModeDecidesTheTax() {
        long store = newStore("CEILING");
        PaidTicket t = checkout.commit(mixed(store, Discount.yen(500)), UUID.randomUUID(),
                List.of(Payment.of(PaymentMethod.QR, 7160)));
        assertThat(t.rateTotals()).extracting(Tax.RateTotal::tax).containsExactly(468L, 150L);
    }

    @Test
    void aSplitPaymentMustAddUpToTheTotal() {
        long store = newStore("TRUNCATE");
        assertThatThrownBy(() -> checkout.commit(mixed(store, Discount.NONE), UUID.randomUUID(),
                List.of(Payment.of(PaymentMethod.CARD, 5000), Payment.cash(2000, 2000))))
                .isInstanceOfSatisfying(CheckoutException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("checkout.error.paymentMismatch"));
        assertThat(checkout.day(store, checkout.today())).isEmpty();

        PaidTicket t = checkout.commit(mixed(store, Discount.NONE), UUID.randomUUID(),
                List.of(Payment.of(PaymentMethod.CARD, 5000), Payment.of(PaymentMethod.EMONEY, 1000),
                        Payment.cash(1660, 2000)));
        assertThat(t.payments()).extracting(Payment::method)
                .containsExactly(PaymentMethod.CARD, PaymentMethod.EMONEY, PaymentMethod.CASH);
        assertThat(t.change()).isEqualTo(340);
    }

    @Test
    void committingTwiceWithTheSameKeyChargesOnce() {
        long store = newStore("TRUNCATE");
        UUID key = UUID.randomUUID();
        PaidTicket first = checkout.commit(mixed(store, Discount.NONE), key, List.of(Payment.cash(7660, 8000)));
        PaidTicket again = checkout.commit(mixed(store, Discount.NONE), key, List.of(Payment.cash(7660, 8000)));
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(checkout.day(store, checkout.today())).hasSize(1);
        assertThat(paymentRows(first.id())).isEqualTo(1);
    }

    @Test
    void twoCommitsAtOnceWithTheSameKeyMakeOneTicket() throws Exception {
        long store = newStore("TRUNCATE");
        UUID key = UUID.randomUUID();
        SecurityContext context = SecurityContextHolder.getContext();
        CountDownLatch start = new CountDownLatch(1);
        Callable<PaidTicket> tap = () -> {
            SecurityContextHolder.setContext(context);
            start.await();
            return checkout.commit(mixed(store, Discount.NONE), key, List.of(Payment.of(PaymentMethod.CARD, 7660)));
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<PaidTicket> a = pool.submit(tap);
            Future<PaidTicket> b = pool.submit(tap);
            start.countDown();
            assertThat(a.get().id()).isEqualTo(b.get().id());
        } finally {
            pool.shutdownNow();
        }
        List<PaidTicket> paid = checkout.day(store, checkout.today());
        assertThat(paid).hasSize(1);
        assertThat(paymentRows(paid.getFirst().id())).isEqualTo(1);
    }

    @Test
    void aTicketFromABookingIsPreFilledAndPaidOnlyOnce() {
        long store = stores.currentStore().orElseThrow().id();
        Staff stylist = staffService.list(store).stream().filter(Staff::active).findFirst().orElseThrow();
        MenuItem cut = menus.list(store).stream().filter(m -> m.active() && m.durationMinutes() != null).findFirst()
                .orElseThrow();
        Customer c = customers.save(Customer.create("会計", "予約", "カイケイ", "ヨヤク", Instant.now()));
        Booking booking = bookings.book(new BookingRequest(store, c.id(), stylist.id(),
                LocalDate.of(2033, 3, 2).plusWeeks(NEXT_DAY.getAndIncrement()).atTime(11, 0), cut.durationMinutes(),
                List.of(cut.id()), null, BookingSource.PHONE, true));

        TicketDraft draft = checkout.openFromBooking(booking.id());
        assertThat(draft.customerId()).isEqualTo(c.id());
        assertThat(draft.bookingId()).isEqualTo(booking.id());
        assertThat(draft.lines()).singleElement().satisfies(l -> {
            assertThat(l.menuItemId()).isEqualTo(cut.id());
            assertThat(l.unitPrice()).isEqualTo(cut.priceYen());
            assertThat(l.staffId()).isEqualTo(stylist.id());
        });
        assertThat(bookings.find(booking.id()).orElseThrow().status()).isEqualTo(BookingStatus.IN_CHECKOUT);

        long total = draft.breakdown(jp.salonkarte.store.TaxRounding.TRUNCATE).total();
        PaidTicket paid = checkout.commit(draft, UUID.randomUUID(), List.of(Payment.of(PaymentMethod.CARD, total)));
        assertThat(paid.bookingId()).isEqualTo(booking.id());
        assertThat(bookings.find(booking.id()).orElseThrow().status()).isEqualTo(BookingStatus.DONE);

        assertThatThrownBy(() -> checkout.commit(draft, UUID.randomUUID(),
                List.of(Payment.of(PaymentMethod.CARD, total))))
                .isInstanceOfSatisfying(CheckoutException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("checkout.error.alreadyPaid"));
        assertThatThrownBy(() -> checkout.openFromBooking(booking.id())).isInstanceOf(CheckoutException.class);
    }

    @Test
    @WithUserDetails("manager@example.com")
    void aVoidAddsAReversalAndLeavesTheTicketAsItWas() {
        long store = newStore("TRUNCATE");
        PaidTicket t = checkout.commit(mixed(store, Discount.NONE), UUID.randomUUID(), List.of(Payment.cash(7660, 10000)));

        PaidTicket voided = checkout.voidTicket(t.id(), "打ち間違い");
        assertThat(voided.reversal()).satisfies(r -> {
            assertThat(r.kind()).isEqualTo(PaidTicket.Reversal.Kind.VOID);
            assertThat(r.reason()).isEqualTo("打ち間違い");
            assertThat(r.amount()).isEqualTo(7660);
            assertThat(r.cashAmount()).isEqualTo(7660);
            assertThat(r.businessDay()).isEqualTo(checkout.today());
        });
        assertThat(voided.total()).isEqualTo(t.total());
        assertThat(voided.payments()).isEqualTo(t.payments());
        assertThatThrownBy(() -> checkout.voidTicket(t.id(), "二度目"))
                .isInstanceOfSatisfying(CheckoutException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("checkout.error.alreadyReversed"));
        assertThatThrownBy(() -> checkout.refund(t.id(), "当日は取消"))
                .isInstanceOf(CheckoutException.class);
    }

    @Test
    @WithUserDetails("manager@example.com")
    void aTicketOfAnEarlierDayIsRefundedNotVoidedAndTheRefundCountsToday() {
        long store = newStore("TRUNCATE");
        PaidTicket t = checkout.commit(mixed(store, Discount.NONE), UUID.randomUUID(),
                List.of(Payment.of(PaymentMethod.CARD, 5000), Payment.cash(2660, 3000)));
        // the ticket as if paid yesterday (a fixture: the application never moves a ticket's day)
        jdbc.sql("update ticket set business_day = ? where id = ?").params(checkout.today().minusDays(1), t.id()).update();

        assertThatThrownBy(() -> checkout.voidTicket(t.id(), "昨日の分"))
                .isInstanceOfSatisfying(CheckoutException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("checkout.error.voidSameDay"));
        PaidTicket refunded = checkout.refund(t.id(), "商品不良");
        assertThat(refunded.reversal().kind()).isEqualTo(PaidTicket.Reversal.Kind.REFUND);
        assertThat(refunded.reversal().cashAmount()).isEqualTo(2660);
        assertThat(closes.summary(store, checkout.today()).cashRefunds()).isEqualTo(2660);
        assertThat(closes.summary(store, checkout.today().minusDays(1)).sales()).isEqualTo(7660);
    }

    @Test
    void staffWithoutManagerRoleCannotVoid() {
        long store = newStore("TRUNCATE");
        PaidTicket t = checkout.commit(mixed(store, Discount.NONE), UUID.randomUUID(),
                List.of(Payment.of(PaymentMethod.CARD, 7660)));
        assertThatThrownBy(() -> checkout.voidTicket(t.id(), "取消")).isInstanceOf(AccessDeniedException.class);
        assertThat(checkout.find(t.id()).orElseThrow().reversed()).isFalse();
    }

    @Test
    @WithUserDetails("manager@example.com")
    void theCloseRecordsOverShortAndFreezesTheDay() {
        long store = newStore("TRUNCATE");
        // A receipt printer that is switched off: the report must wait in the queue, not be lost.
        jdbc.sql("insert into printer (store_id, name, host, port, width_mm, mode) values (?, 'レジ', '127.0.0.1', 9, 80, 'KANJI')")
                .params(store).update();
        LocalDate today = checkout.today();
        checkout.commit(mixed(store, Discount.NONE), UUID.randomUUID(), List.of(Payment.cash(7660, 10000)));
        PaidTicket voided = checkout.commit(mixed(store, Discount.yen(660)), UUID.randomUUID(),
                List.of(Payment.cash(7000, 7000)));
        checkout.voidTicket(voided.id(), "重複");
        checkout.commit(mixed(store, Discount.NONE), UUID.randomUUID(), List.of(Payment.of(PaymentMethod.CARD, 7660)));

        // float 30,000 + cash 7,660 + 7,000 − voided cash 7,000 = 37,660; counted 37,650 → short ¥10
        Map<Integer, Integer> counts = Map.of(10000, 3, 5000, 1, 1000, 2, 500, 1, 100, 1, 50, 1);
        assertThat(DailyClose.total(counts)).isEqualTo(37650);
        DailyClose close = closes.close(store, today, 30000, counts, "10円不足");

        assertThat(close.cashSales()).isEqualTo(14660);
        assertThat(close.cashRefunds()).isEqualTo(7000);
        assertThat(close.expectedCash()).isEqualTo(37660);
        assertThat(close.countedCash()).isEqualTo(37650);
        assertThat(close.overShort()).isEqualTo(-10);
        assertThat(close.counts()).containsEntry(10000, 3).containsEntry(1, 0);
        assertThat(closes.isClosed(store, today)).isTrue();

        assertThatThrownBy(() -> checkout.commit(mixed(store, Discount.NONE), UUID.randomUUID(),
                List.of(Payment.of(PaymentMethod.CARD, 7660))))
                .isInstanceOfSatisfying(CheckoutException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("checkout.error.dayClosed"));
        PaidTicket card = checkout.day(store, today).stream().filter(t -> !t.reversed()).findFirst().orElseThrow();
        assertThatThrownBy(() -> checkout.voidTicket(card.id(), "締め後"))
                .isInstanceOfSatisfying(CheckoutException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("checkout.error.dayClosed"));
        assertThatThrownBy(() -> closes.close(store, today, 30000, counts, null))
                .isInstanceOfSatisfying(CheckoutException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("checkout.error.dayClosed"));
        assertThat(checkout.day(store, today)).hasSize(3);
        assertThat(closes.summary(store, today).sales()).isEqualTo(7660 + 7000 + 7660);

        // The close queued its report (レジ締めレポート) for the receipt printer in the same transaction.
        List<byte[]> reports = jdbc.sql("select payload from print_job where store_id = ? and kind = 'CLOSE_REPORT'")
                .params(store).query(byte[].class).list();
        assertThat(reports).hasSize(1);
        EscPosDecoder report = new EscPosDecoder(reports.get(0));
        assertThat(report.drawerKicks).isZero();
        assertThat(report.text()).contains("会計テスト店", "レジ締めレポート", "伝票数", "3件", "10円不足");
        assertThat(report.lines).anyMatch(l -> l.startsWith("あるべき現金") && l.endsWith("￥37,660"));
        assertThat(report.lines).anyMatch(l -> l.startsWith("数えた現金") && l.endsWith("￥37,650"));
        assertThat(report.lines).anyMatch(l -> l.startsWith("過不足（不足）") && l.endsWith("-￥10"));
        assertThat(report.lines).anyMatch(l -> l.strip().startsWith("クレジット") && l.endsWith("￥7,660"));
        // Printing it again makes a copy (控え).
        assertThat(closes.printReport(store, today)).isPositive();
        assertThat(jdbc.sql("select title from print_job where store_id = ? and kind = 'CLOSE_REPORT' order by id")
                .params(store).query(String.class).list()).containsExactly("レジ締めレポート", "レジ締めレポート（控え）");
    }

    @Test
    @WithUserDetails("manager@example.com")
    void aFutureDayCannotBeClosed() {
        long store = newStore("TRUNCATE");
        assertThatThrownBy(() -> closes.close(store, checkout.today().plusDays(1), 0, Map.of(), null))
                .isInstanceOfSatisfying(CheckoutException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("close.error.future"));
    }

    @Test
    void aFullyDiscountedTicketIsCommittedWithoutPayments() {
        long store = newStore("TRUNCATE");
        PaidTicket t = checkout.commit(mixed(store, Discount.percent(100)), UUID.randomUUID(), List.of());
        assertThat(t.total()).isZero();
        assertThat(t.payments()).isEmpty();
        assertThat(t.rateTotals()).extracting(Tax.RateTotal::tax).containsOnly(0L);
    }

    @Test
    void anEmptyTicketIsRefusedAndNothingIsStored() {
        long store = newStore("TRUNCATE");
        assertThatThrownBy(() -> checkout.commit(new TicketDraft(store, null, null, List.of(), Discount.NONE),
                UUID.randomUUID(), List.of()))
                .isInstanceOfSatisfying(CheckoutException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("checkout.error.empty"));
        assertThat(checkout.day(store, checkout.today())).isEmpty();
    }

    @Autowired jp.salonkarte.customer.CustomerMergeService merges;

    @Test
    @WithUserDetails("manager@example.com")
    void aCustomerMergeMovesTheirTicketsAndItsUndoMovesThemBack() {
        long store = newStore("TRUNCATE");
        Customer survivor = customers.save(Customer.create("統合", "先", "トウゴウ", "サキ", Instant.now()));
        Customer merged = customers.save(Customer.create("統合", "後", "トウゴウ", "アト", Instant.now()));
        PaidTicket t = checkout.commit(mixed(store, Discount.NONE).withCustomer(merged.id()), UUID.randomUUID(),
                List.of(Payment.of(PaymentMethod.CARD, 7660)));

        assertThat(merges.preview(survivor.id(), merged.id()).moves()).containsEntry("merge.moves.tickets", 1);
        var merge = merges.merge(survivor, merged.id());
        assertThat(checkout.find(t.id()).orElseThrow().customerId()).isEqualTo(survivor.id());
        assertThat(checkout.find(t.id()).orElseThrow().total()).isEqualTo(7660);
        merges.undo(merge.id());
        assertThat(checkout.find(t.id()).orElseThrow().customerId()).isEqualTo(merged.id());
    }
}
