package jp.salonkarte.analytics;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import jp.salonkarte.IntegrationTest;
import jp.salonkarte.base.SystemActor;
import jp.salonkarte.checkout.CheckoutService;
import jp.salonkarte.checkout.DailyClose;
import jp.salonkarte.checkout.DailyCloseService;
import jp.salonkarte.checkout.Discount;
import jp.salonkarte.checkout.LineKind;
import jp.salonkarte.checkout.PaidTicket;
import jp.salonkarte.checkout.Payment;
import jp.salonkarte.checkout.PaymentMethod;
import jp.salonkarte.checkout.TicketDraft;
import jp.salonkarte.checkout.TicketLine;
import jp.salonkarte.security.StaffPrincipal;
import jp.salonkarte.store.Role;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Sales figures of a hand-computed October in a store of the test's own (the figures are
 * written out below), and the sums that must agree: every breakdown with the headline, and the
 * report of a day with that day's register close.
 */
@IntegrationTest
class SalesReportTest {

    private static final LocalDate OCT1 = LocalDate.of(2026, 10, 1);

    @Autowired SalesReport report;
    @Autowired JdbcClient jdbc;
    @Autowired CheckoutService checkout;
    @Autowired DailyCloseService closes;

    private SalonHistory salon;
    private long stylistA;
    private long stylistB;
    private long t1;
    private long t3;
    private long t5;

    /*
     * T1 10/01 customer C1 (first visit), A: カット 5,500 (10 %) + ハーブティー 1,080 × 2 (8 %, retail), ¥500 off,
     *          cash 7,160 → カット 5,140 (tax 467), tea 2,020 (tax 149)
     * T2 10/02 C1 again, B: カラー 8,800 (tax 800), card
     * T3 10/02 walk-in (no customer), A: カット 5,500 (tax 500), QR
     * T4 10/03 C2 (first visit), B: カラー 8,800, card — voided the same day
     * T5 09/30 C3 (first visit), A: カット 5,500, cash — refunded on 10/05 (counts −5,500 in October)
     *
     * October: sales 7,160 + 8,800 + 5,500 + 0 − 5,500 = 15,960; tax 616 + 800 + 500 − 500 = 1,416;
     * 10 %: 13,940, 8 %: 2,020; 客数 1 + 1 + 1 + (1 − 1) − 1 = 2; 客単価 7,980; 技術 13,940, 店販 2,020.
     */
    @BeforeEach
    void october() {
        salon = new SalonHistory(jdbc, "集計テスト店");
        stylistA = salon.staff("青木", "亜希", "STAFF");
        stylistB = salon.staff("馬場", "文", "STAFF");
        long cut = salon.menu("SERVICE", "CUT", "カット", 5500, 10);
        long color = salon.menu("SERVICE", "COLOR", "カラー", 8800, 10);
        long tea = salon.menu("PRODUCT", "RETAIL", "ハーブティー", 1080, 8);
        long c1 = salon.customer("一条", "花");
        long c2 = salon.customer("二宮", "空");
        long c3 = salon.customer("三浦", "海");
        var cutA = new SalonHistory.Line(cut, "SERVICE", "カット", 5500, 1, 10, stylistA);
        var colorB = new SalonHistory.Line(color, "SERVICE", "カラー", 8800, 1, 10, stylistB);
        t1 = salon.ticket(OCT1, c1, stylistA, Discount.yen(500), "CASH", cutA,
                new SalonHistory.Line(tea, "PRODUCT", "ハーブティー", 1080, 2, 8, stylistA));
        salon.ticket(OCT1.plusDays(1), c1, stylistB, Discount.NONE, "CARD", colorB);
        t3 = salon.ticket(OCT1.plusDays(1), null, stylistA, Discount.NONE, "QR", cutA);
        long t4 = salon.ticket(OCT1.plusDays(2), c2, stylistB, Discount.NONE, "CARD", colorB);
        salon.reverse(t4, "VOID", OCT1.plusDays(2), stylistB);
        t5 = salon.ticket(OCT1.minusDays(1), c3, stylistA, Discount.NONE, "CASH", cutA);
        salon.reverse(t5, "REFUND", OCT1.plusDays(4), stylistA);
    }

    private <T> T asOwner(Supplier<T> work) {
        return SystemActor.call("report test", work);
    }

    private Map<String, Long> sales(List<SalesReport.Row> rows) {
        return rows.stream().collect(java.util.stream.Collectors.toMap(SalesReport.Row::key, SalesReport.Row::sales));
    }

    @Test
    void octobersHeadlineFiguresAreTheHandComputedOnes() {
        Period october = Period.month(java.time.YearMonth.of(2026, 10));
        SalesReport.Figures f = asOwner(() -> report.figures(ReportScope.store(salon.storeId), october));

        assertThat(f.sales()).isEqualTo(15_960);
        assertThat(f.tax()).isEqualTo(1_416);
        assertThat(f.taxExcluded()).isEqualTo(14_544);
        assertThat(f.salesByRate()).containsExactlyInAnyOrderEntriesOf(Map.of(10, 13_940L, 8, 2_020L));
        assertThat(f.taxByRate()).containsExactlyInAnyOrderEntriesOf(Map.of(10, 1_267L, 8, 149L));
        assertThat(f.customers()).isEqualTo(2);
        assertThat(f.perCustomer()).isEqualTo(7_980);
        assertThat(f.serviceSales()).isEqualTo(13_940);
        assertThat(f.retailSales()).isEqualTo(2_020);
        assertThat(f.servicePerCustomer() + f.retailPerCustomer()).isEqualTo(f.perCustomer());
        assertThat(f.voided()).isEqualTo(8_800);
        assertThat(f.refunded()).isEqualTo(5_500);

        SalesReport.Figures september = asOwner(() -> report.figures(ReportScope.store(salon.storeId),
                october.previous()));
        assertThat(september.sales()).as("the refunded ticket still counts on its own day").isEqualTo(5_500);
    }

    @Test
    void everyBreakdownAddsUpToTheHeadline() {
        Period october = Period.month(java.time.YearMonth.of(2026, 10));
        ReportScope store = ReportScope.store(salon.storeId);

        assertThat(sales(asOwner(() -> report.breakdown(store, october, SalesReport.By.STAFF))))
                .containsExactlyInAnyOrderEntriesOf(Map.of(String.valueOf(stylistA), 7_160L,
                        String.valueOf(stylistB), 8_800L));
        assertThat(asOwner(() -> report.breakdown(store, october, SalesReport.By.STAFF)))
                .extracting(SalesReport.Row::customers).as("客数 per stylist adds up to the store's").containsOnly(1L);
        assertThat(sales(asOwner(() -> report.breakdown(store, october, SalesReport.By.PAYMENT))))
                .containsExactlyInAnyOrderEntriesOf(Map.of("CASH", 1_660L, "CARD", 8_800L, "QR", 5_500L));
        assertThat(sales(asOwner(() -> report.breakdown(store, october, SalesReport.By.CUSTOMER_TYPE))))
                .containsExactlyInAnyOrderEntriesOf(Map.of("NEW", 1_660L, "EXISTING", 8_800L, "UNREGISTERED", 5_500L));
        assertThat(sales(asOwner(() -> report.breakdown(store, october, SalesReport.By.KIND))))
                .containsExactlyInAnyOrderEntriesOf(Map.of("SERVICE", 13_940L, "RETAIL", 2_020L));
        assertThat(sales(asOwner(() -> report.breakdown(store, october, SalesReport.By.CATEGORY))))
                .containsExactlyInAnyOrderEntriesOf(Map.of("CUT", 5_140L, "COLOR", 8_800L, "RETAIL", 2_020L));
        assertThat(asOwner(() -> report.breakdown(store, october, SalesReport.By.DAY)))
                .extracting(SalesReport.Row::key, SalesReport.Row::sales)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2026-10-01", 7_160L),
                        org.assertj.core.groups.Tuple.tuple("2026-10-02", 14_300L),
                        org.assertj.core.groups.Tuple.tuple("2026-10-03", 0L),
                        org.assertj.core.groups.Tuple.tuple("2026-10-05", -5_500L));
        for (SalesReport.By by : SalesReport.By.values()) {
            assertThat(asOwner(() -> report.breakdown(store, october, by)).stream().mapToLong(SalesReport.Row::sales).sum())
                    .as(by.name()).isEqualTo(15_960);
        }
    }

    @Test
    void aRowOpensTheTicketsBehindIt() {
        Period october = Period.month(java.time.YearMonth.of(2026, 10));
        List<SalesReport.TicketRow> rows = asOwner(() -> report.tickets(ReportScope.store(salon.storeId), october,
                SalesReport.By.STAFF, String.valueOf(stylistA)));
        assertThat(rows).extracting(SalesReport.TicketRow::ticketId, SalesReport.TicketRow::reversal,
                SalesReport.TicketRow::amount).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(t5, true, -5_500L),
                        org.assertj.core.groups.Tuple.tuple(t3, false, 5_500L),
                        org.assertj.core.groups.Tuple.tuple(t1, false, 7_160L));
        assertThat(rows.getLast().customerName()).isEqualTo("一条 花");
    }

    /** Runs {@code work} as this staff member, logged in. */
    private static <T> T as(StaffPrincipal principal, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    @Test
    void aStylistSeesTheirOwnFiguresAndNobodyElses() {
        var principal = new StaffPrincipal(stylistA, salon.storeId, "青木 亜希", "aoki@test", "", Role.STAFF, true);
        as(principal, () -> {
            Period october = Period.month(java.time.YearMonth.of(2026, 10));
            ReportScope own = ReportScope.forCurrentStaff();
            assertThat(own).isEqualTo(ReportScope.staff(salon.storeId, stylistA));
            SalesReport.Figures mine = report.figures(own, october);
            assertThat(mine.sales()).isEqualTo(7_160);
            assertThat(mine.customers()).isEqualTo(1);
            assertThatThrownBy(() -> report.figures(ReportScope.store(salon.storeId), october))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> report.figures(ReportScope.staff(salon.storeId, stylistB), october))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> report.figures(ReportScope.store(salon.storeId + 1), october))
                    .isInstanceOf(AccessDeniedException.class);
            return null;
        });
    }

    @Test
    void aDaysReportAgreesWithItsRegisterClose() {
        SalonHistory closing = new SalonHistory(jdbc, "締めテスト店");
        long store = closing.storeId;
        long manager = closing.staff("町田", "守", "MANAGER");
        StaffPrincipal managerLoggedIn = new StaffPrincipal(manager, store, "町田 守", "machida@test", "", Role.MANAGER,
                true);
        LocalDate today = as(managerLoggedIn, checkout::today);
        as(managerLoggedIn, () -> {
            var cut = new TicketLine(LineKind.SERVICE, null, "カット", 5500, 1, 10, null, Discount.NONE);
            var tea = new TicketLine(LineKind.PRODUCT, null, "ハーブティー", 1080, 2, 8, null, Discount.NONE);
            checkout.commit(new TicketDraft(store, null, null, List.of(cut, tea), Discount.percent(10)),
                    UUID.randomUUID(), List.of(Payment.cash(6894, 10000)));
            PaidTicket card = checkout.commit(new TicketDraft(store, null, null, List.of(cut), Discount.NONE),
                    UUID.randomUUID(), List.of(Payment.of(PaymentMethod.CARD, 5500)));
            checkout.commit(new TicketDraft(store, null, null, List.of(tea), Discount.NONE), UUID.randomUUID(),
                    List.of(Payment.of(PaymentMethod.CARD, 1000), Payment.cash(1160, 2000)));
            checkout.voidTicket(card.id(), "打ち間違い");
            return null;
        });
        DailyClose.CashSummary close = SystemActor.call("close test", () -> closes.summary(store, today));
        Period day = Period.day(today);
        ReportScope scope = ReportScope.store(store);

        SalesReport.Figures f = asOwner(() -> report.figures(scope, day));
        assertThat(f.sales()).isEqualTo(close.sales() - close.reversed());
        assertThat(f.customers()).isEqualTo(close.tickets() - close.reversals());
        Map<String, Long> byPayment = sales(asOwner(() -> report.breakdown(scope, day, SalesReport.By.PAYMENT)));
        assertThat(byPayment.get("CASH")).isEqualTo(close.cashSales() - close.cashRefunds());
        assertThat(byPayment.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(f.sales());
        long taxOnReceipts = jdbc.sql("""
                select coalesce(sum(r.tax), 0) from ticket_rate_total r join ticket t on t.id = r.ticket_id
                where t.store_id = ? and not exists (select 1 from ticket_reversal v where v.ticket_id = t.id)""")
                .params(store).query(Long.class).single();
        assertThat(f.tax()).as("the lines' tax shares add up to the receipts' tax").isEqualTo(taxOnReceipts);
        assertThat(sales(asOwner(() -> report.breakdown(scope, day, SalesReport.By.STAFF))).values().stream()
                .mapToLong(Long::longValue).sum()).isEqualTo(f.sales());
    }
}
