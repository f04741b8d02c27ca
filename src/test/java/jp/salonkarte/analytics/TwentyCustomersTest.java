package jp.salonkarte.analytics;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jp.salonkarte.IntegrationTest;
import jp.salonkarte.base.SystemActor;
import jp.salonkarte.checkout.Discount;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Issue 14's check: 20 customers over the 8 months April–November 2026, every figure computed by
 * hand. Today is the test clock's 2026-11-23; every visit is a ¥10,000 ticket with stylist A or B.
 *
 * <pre>
 * k1  07-03 A (booked 6/25, 指名) · 08-01 A (booked at the register on 7/03, 指名) · 09-01 A
 * k2  07-05 A · 10-20 A
 * k3  07-10 B · 07-30 B · 08-20 B
 * k4  07-15 B
 * k5  07-20 A · 09-15 A
 * k6  04-10 · 05-10 · 06-09 · 07-09 · 08-08 · 09-07 · 10-07, all A (every 30 days, then nothing)
 * k7  05-01 B · 07-01 B
 * k8  06-20 A · 07-25 A (booked 7/20, no 指名)
 * k9  04-15 A
 * k10 04-20 B, and a booking for 12-10 made on 10-30
 * k11 04-25 A · 06-01 A
 * k12 05-05 B
 * k13 a no-show on 07-12 (B) · 08-02 B
 * k14 04-02 A · a cancelled booking for 07-18 (A) · 07-22 A
 * k15 08-05 · 09-05 · 10-05 · 11-05, all A
 * k16 09-10 B · 11-10 B
 * k17 10-01 A · 10-15 A voided
 * k18 11-02 B
 * k19 06-05 A · 06-25 A
 * k20 07-28 A voided · 08-10 A
 * </pre>
 *
 * <b>July</b> (90-day window): new k1–k5 → back within 90 days k1 (29 d), k3 (20 d), k5 (57 d) = 3/5
 * (k2 after 107 days; nobody undecided); 3rd visit within 180 days k1, k3 = 2/5. Intervals ending in
 * July: k3 20, k6 30, k7 61, k8 35, k14 111 → mean 51.4, median 35. July's 10 tickets: 指名 k1 = 1/10;
 * rebooked by the end of the day k1 on 7/03 = 1/10. Bookings starting in July: k1, k13 (no-show),
 * k14 (cancelled), k8 → 1/4 and 1/4. Tiers at the end of July of July's visitors: 1 visit k1 k2 k4
 * k5; 2–3 k3 k7 k8 k14; 4–6 k6. Stylist A's July: new k1, k2, k5, back k1, k5 = 2/3.
 * <br><b>October</b>: April's visitors k6 k9 k10 k11 k14; lapsed k9 only (k10 has a booking ahead) = 1/5.
 * <br><b>Cohorts</b>: April k6 k9 k10 k11 k14 → May 1/5, June 2/5 (k6 k11), July 2/5 (k6 k14), Aug–Oct
 * 1/5; May k7 k12 → July 1/2; July k1–k5 → Aug 2/5, Sep 2/5, Oct 1/5 (k2), Nov 0/5, Dec not yet;
 * August k13 k15 k20 → Sep, Oct, Nov 1/3 (k15).
 * <br><b>RFM</b> on 11-23: k6 R4 (47 d) F4 (7) M4 (¥70,000) = 12 ゴールド; k15 R5 F3 M3 = 11 ゴールド;
 * k1 R3 (83 d) F2 M3 = 8 シルバー; k17 R4 F1 M2 = 7 シルバー (the void does not count); k9 R1 F1 M2 = 4
 * ブロンズ; k20 R2 F1 M2 = 5 ブロンズ; all 20 scored. <b>Contact list</b>: k6 (cycle 30 days, due 11-06,
 * 17 days over 14); k15 is not due until 12-06.
 */
@IntegrationTest
class TwentyCustomersTest {

    private static final Period JULY = Period.month(YearMonth.of(2026, 7));

    @Autowired CustomerFigures figures;
    @Autowired Cohorts cohorts;
    @Autowired RfmRanks rfm;
    @Autowired ContactList contacts;
    @Autowired JdbcClient jdbc;

    private SalonHistory salon;
    private long a;
    private long b;
    private final List<Long> k = new ArrayList<>();

    private static LocalDate d(int month, int day) {
        return LocalDate.of(2026, month, day);
    }

    private long visit(int n, LocalDate day, long staff) {
        return visit(n, day, staff, null);
    }

    private long visit(int n, LocalDate day, long staff, Long booking) {
        return salon.ticket(day, k.get(n), staff, Discount.NONE, "CARD", booking,
                new SalonHistory.Line(null, "SERVICE", "カット", 10_000, 1, 10, staff));
    }

    private long booking(int n, long staff, LocalDate day, LocalDate madeOn, String status, boolean nominated) {
        return salon.booking(k.get(n), staff, day.atTime(11, 0), madeOn.atTime(10, 0), status, nominated);
    }

    @BeforeEach
    void twentyCustomers() {
        salon = new SalonHistory(jdbc, "二十人の店");
        a = salon.staff("安藤", "亜美", "STAFF");
        b = salon.staff("別所", "文", "STAFF");
        k.add(0L); // k.get(1) is k1
        for (int i = 1; i <= 20; i++) {
            k.add(salon.customer("客" + i, "花"));
        }
        visit(1, d(7, 3), a, booking(1, a, d(7, 3), d(6, 25), "DONE", true));
        visit(1, d(8, 1), a, booking(1, a, d(8, 1), d(7, 3), "DONE", true));
        visit(1, d(9, 1), a);
        visit(2, d(7, 5), a);
        visit(2, d(10, 20), a);
        visit(3, d(7, 10), b);
        visit(3, d(7, 30), b);
        visit(3, d(8, 20), b);
        visit(4, d(7, 15), b);
        visit(5, d(7, 20), a);
        visit(5, d(9, 15), a);
        for (LocalDate day : List.of(d(4, 10), d(5, 10), d(6, 9), d(7, 9), d(8, 8), d(9, 7), d(10, 7))) {
            visit(6, day, a);
        }
        visit(7, d(5, 1), b);
        visit(7, d(7, 1), b);
        visit(8, d(6, 20), a);
        visit(8, d(7, 25), a, booking(8, a, d(7, 25), d(7, 20), "DONE", false));
        visit(9, d(4, 15), a);
        visit(10, d(4, 20), b);
        booking(10, b, d(12, 10), d(10, 30), "BOOKED", false);
        visit(11, d(4, 25), a);
        visit(11, d(6, 1), a);
        visit(12, d(5, 5), b);
        booking(13, b, d(7, 12), d(7, 1), "NO_SHOW", false);
        visit(13, d(8, 2), b);
        visit(14, d(4, 2), a);
        booking(14, a, d(7, 18), d(7, 1), "CANCELLED", false);
        visit(14, d(7, 22), a);
        for (LocalDate day : List.of(d(8, 5), d(9, 5), d(10, 5), d(11, 5))) {
            visit(15, day, a);
        }
        visit(16, d(9, 10), b);
        visit(16, d(11, 10), b);
        visit(17, d(10, 1), a);
        salon.reverse(visit(17, d(10, 15), a), "VOID", d(10, 15), a);
        visit(18, d(11, 2), b);
        visit(19, d(6, 5), a);
        visit(19, d(6, 25), a);
        salon.reverse(visit(20, d(7, 28), a), "VOID", d(7, 28), a);
        visit(20, d(8, 10), a);
    }

    private static <T> T system(Supplier<T> work) {
        return SystemActor.call("twenty customers", work);
    }

    private static CustomerFigures.Share share(long count, long of) {
        return new CustomerFigures.Share(count, of);
    }

    @Test
    void julysCustomerFigures() {
        CustomerFigures.Figures f = system(() -> figures.figures(ReportScope.store(salon.storeId), JULY, 90));

        assertThat(f.newReturned()).isEqualTo(share(3, 5));
        assertThat(f.newUndecided()).isZero();
        assertThat(f.newRegular()).isEqualTo(share(2, 5));
        assertThat(f.cycleMeanDays()).isCloseTo(51.4, within(0.001));
        assertThat(f.cycleMedianDays()).isCloseTo(35.0, within(0.001));
        assertThat(f.nominated()).isEqualTo(share(1, 10));
        assertThat(f.rebooked()).isEqualTo(share(1, 10));
        assertThat(f.noShows()).isEqualTo(share(1, 4));
        assertThat(f.cancellations()).isEqualTo(share(1, 4));
        assertThat(f.tiers()).containsAllEntriesOf(Map.of(CustomerFigures.Tier.NEW, 4L,
                CustomerFigures.Tier.NEAR_NEW, 4L, CustomerFigures.Tier.SETTLING, 1L, CustomerFigures.Tier.STABLE, 0L));
        assertThat(system(() -> figures.figures(ReportScope.staff(salon.storeId, a), JULY, 90)).newReturned())
                .isEqualTo(share(2, 3));
    }

    @Test
    void octobersLapsedCustomersAndTheCycleOnTheKarte() {
        CustomerFigures.Figures october = system(() -> figures.figures(ReportScope.store(salon.storeId),
                Period.month(YearMonth.of(2026, 10)), 90));
        assertThat(october.lapsed()).isEqualTo(share(1, 5));
        assertThat(system(() -> figures.behind(ReportScope.store(salon.storeId), Period.month(YearMonth.of(2026, 10)),
                90, CustomerFigures.Figure.LAPSED)).counted()).containsExactly(k.get(9));
        assertThat(system(() -> figures.cycleOf(salon.storeId, k.get(6)))).isCloseTo(30.0, within(0.001));
    }

    @Test
    void theCohortCells() {
        List<Cohorts.Cohort> table = system(() -> cohorts.table(ReportScope.store(salon.storeId)));
        Map<YearMonth, Cohorts.Cohort> byMonth = new java.util.HashMap<>();
        table.forEach(c -> byMonth.put(c.month(), c));

        Cohorts.Cohort april = byMonth.get(YearMonth.of(2026, 4));
        assertThat(april.customers()).containsExactlyInAnyOrder(k.get(6), k.get(9), k.get(10), k.get(11), k.get(14));
        assertThat(cells(april)).containsExactly(share(1, 5), share(2, 5), share(2, 5), share(1, 5), share(1, 5),
                share(1, 5));
        assertThat(byMonth.get(YearMonth.of(2026, 5)).cell(2)).isEqualTo(share(1, 2));
        Cohorts.Cohort july = byMonth.get(YearMonth.of(2026, 7));
        assertThat(july.size()).isEqualTo(5);
        assertThat(cells(july)).containsExactly(share(2, 5), share(2, 5), share(1, 5), share(0, 5), null, null);
        Cohorts.Cohort august = byMonth.get(YearMonth.of(2026, 8));
        assertThat(august.customers()).containsExactlyInAnyOrder(k.get(13), k.get(15), k.get(20));
        assertThat(cells(august)).containsExactly(share(1, 3), share(1, 3), share(1, 3), null, null, null);
    }

    private static List<CustomerFigures.Share> cells(Cohorts.Cohort c) {
        List<CustomerFigures.Share> cells = new ArrayList<>();
        for (int after = 1; after <= Cohorts.MONTHS_AFTER; after++) {
            cells.add(c.cell(after));
        }
        return cells;
    }

    @Test
    void theRfmScoresAndTheContactList() {
        assertThat(system(() -> rfm.recompute(salon.storeId))).isEqualTo(20);

        assertThat(score(6)).isEqualTo("4-4-4 ゴールド");
        assertThat(score(15)).isEqualTo("5-3-3 ゴールド");
        assertThat(score(1)).isEqualTo("3-2-3 シルバー");
        assertThat(score(17)).isEqualTo("4-1-2 シルバー");
        assertThat(score(9)).isEqualTo("1-1-2 ブロンズ");
        assertThat(score(20)).isEqualTo("2-1-2 ブロンズ");

        List<ContactList.Candidate> due = system(() -> contacts.today(ReportScope.store(salon.storeId)));
        assertThat(due).singleElement().satisfies(c -> {
            assertThat(c.customerId()).isEqualTo(k.get(6));
            assertThat(c.cycleDays()).isEqualTo(30);
            assertThat(c.overdueDays()).isEqualTo(17);
        });
    }

    private String score(int n) {
        RfmRanks.Score s = system(() -> rfm.scoreOf(salon.storeId, k.get(n))).orElseThrow();
        return s.recency() + "-" + s.frequency() + "-" + s.monetary() + " " + s.rankName();
    }
}
