package jp.salonkarte.analytics;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Map;

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
 * Customer figures of a hand-computed June 2026 (the test clock's today, 2026-11-23, is long past
 * every 90-day window of it). The visits, written out:
 *
 * <pre>
 * c1  6/01 A (booked 指名, and on 6/01 booked 6/20) · 6/20 A (booked without 指名) · 8/01 A
 * c2  6/10 B · 10/01 B                       (second visit after 113 days)
 * c3  6/15 A · 6/25 A voided                 (one visit)
 * c4  5/01 A · 6/05 A                        (not new in June)
 * c5  6/28 B (on 6/28 booked 7/10) · 7/10 B
 * walk-in 6/12 A (no customer)
 * c6  2025-12-10 A, nothing since            → 失客 in June
 * c7  2025-12-15 B, booked 2026-07-05 on 6/01 → not lapsed (a booking ahead)
 * c8  2025-12-20 · 2026-03-01                 → came back: not lapsed
 * bookings starting in June: 6/01, 6/20 (done), 6/18 no-show (c2), 6/22 cancelled (c3)
 * </pre>
 *
 * New in June: c1, c2, c3, c5 → returned within 90 days: c1, c5 = 2/4; 3rd visit within 180 days:
 * c1 = 1/4. Intervals ending in June: 19 (c1), 35 (c4) → mean and median 27. 指名: 1 of 7 tickets.
 * Rebooked by the end of the visit day: c1 on 6/01, c5 on 6/28 = 2 of 6 visits. 失客: c6 of c6–c8 = 1/3.
 * No-shows 1/4, cancellations 1/4. Tiers at the end of June: 1 visit c2, c3, c5; 2–3 visits c1, c4.
 */
@IntegrationTest
class CustomerFiguresTest {

    private static final Period JUNE = Period.month(YearMonth.of(2026, 6));

    @Autowired CustomerFigures figures;
    @Autowired JdbcClient jdbc;

    private SalonHistory salon;
    private long a;
    private long c1, c2, c3, c4, c5, c6, c7, c8;

    private static LocalDate d(int month, int day) {
        return LocalDate.of(2026, month, day);
    }

    private static LocalDateTime at(LocalDate day, int hour) {
        return day.atTime(hour, 0);
    }

    @BeforeEach
    void june() {
        salon = new SalonHistory(jdbc, "顧客分析テスト店");
        a = salon.staff("安藤", "亜美", "STAFF");
        long b = salon.staff("別所", "文", "STAFF");
        var cutA = new SalonHistory.Line(null, "SERVICE", "カット", 5500, 1, 10, a);
        var cutB = new SalonHistory.Line(null, "SERVICE", "カット", 5500, 1, 10, b);
        c1 = salon.customer("一", "花");
        c2 = salon.customer("二", "花");
        c3 = salon.customer("三", "花");
        c4 = salon.customer("四", "花");
        c5 = salon.customer("五", "花");
        c6 = salon.customer("六", "花");
        c7 = salon.customer("七", "花");
        c8 = salon.customer("八", "花");

        long first = salon.booking(c1, a, at(d(6, 1), 10), at(d(5, 20), 12), "DONE", true);
        long second = salon.booking(c1, a, at(d(6, 20), 10), at(d(6, 1), 15), "DONE", false);
        salon.booking(c1, a, at(d(8, 1), 10), at(d(6, 21), 9), "DONE", false);
        salon.ticket(d(6, 1), c1, a, Discount.NONE, "CASH", first, cutA);
        salon.ticket(d(6, 20), c1, a, Discount.NONE, "CASH", second, cutA);
        salon.ticket(d(8, 1), c1, a, Discount.NONE, "CASH", cutA);
        salon.ticket(d(6, 10), c2, b, Discount.NONE, "CASH", cutB);
        salon.ticket(d(10, 1), c2, b, Discount.NONE, "CASH", cutB);
        salon.ticket(d(6, 15), c3, a, Discount.NONE, "CASH", cutA);
        long voided = salon.ticket(d(6, 25), c3, a, Discount.NONE, "CASH", cutA);
        salon.reverse(voided, "VOID", d(6, 25), a);
        salon.ticket(d(5, 1), c4, a, Discount.NONE, "CASH", cutA);
        salon.ticket(d(6, 5), c4, a, Discount.NONE, "CASH", cutA);
        salon.ticket(d(6, 28), c5, b, Discount.NONE, "CASH", cutB);
        salon.booking(c5, b, at(d(7, 10), 10), at(d(6, 28), 17), "DONE", false);
        salon.ticket(d(7, 10), c5, b, Discount.NONE, "CASH", cutB);
        salon.ticket(d(6, 12), null, a, Discount.NONE, "CASH", cutA);
        salon.ticket(LocalDate.of(2025, 12, 10), c6, a, Discount.NONE, "CASH", cutA);
        salon.ticket(LocalDate.of(2025, 12, 15), c7, b, Discount.NONE, "CASH", cutB);
        salon.booking(c7, b, at(d(7, 5), 10), at(d(6, 1), 9), "BOOKED", false);
        salon.ticket(LocalDate.of(2025, 12, 20), c8, a, Discount.NONE, "CASH", cutA);
        salon.ticket(d(3, 1), c8, a, Discount.NONE, "CASH", cutA);
        salon.booking(c2, b, at(d(6, 18), 10), at(d(6, 11), 10), "NO_SHOW", false);
        salon.booking(c3, a, at(d(6, 22), 10), at(d(6, 16), 10), "CANCELLED", false);
    }

    private CustomerFigures.Figures june(ReportScope scope) {
        return SystemActor.call("customer figures test", () -> figures.figures(scope, JUNE, 90));
    }

    @Test
    void junesFiguresAreTheHandComputedOnes() {
        CustomerFigures.Figures f = june(ReportScope.store(salon.storeId));

        assertThat(f.newReturned()).isEqualTo(new CustomerFigures.Share(2, 4));
        assertThat(f.newReturned().percent()).isEqualTo(50.0);
        assertThat(f.newUndecided()).isZero();
        assertThat(f.newRegular()).isEqualTo(new CustomerFigures.Share(1, 4));
        assertThat(f.cycleMeanDays()).isCloseTo(27.0, within(0.001));
        assertThat(f.cycleMedianDays()).isCloseTo(27.0, within(0.001));
        assertThat(f.nominated()).isEqualTo(new CustomerFigures.Share(1, 7));
        assertThat(f.rebooked()).isEqualTo(new CustomerFigures.Share(2, 6));
        assertThat(f.lapsed()).isEqualTo(new CustomerFigures.Share(1, 3));
        assertThat(f.noShows()).isEqualTo(new CustomerFigures.Share(1, 4));
        assertThat(f.cancellations()).isEqualTo(new CustomerFigures.Share(1, 4));
        assertThat(f.tiers()).containsAllEntriesOf(Map.of(CustomerFigures.Tier.NEW, 3L,
                CustomerFigures.Tier.NEAR_NEW, 2L, CustomerFigures.Tier.SETTLING, 0L));
    }

    @Test
    void eachFigureListsTheCustomersItIsAShareOfAndThoseItCounts() {
        ReportScope store = ReportScope.store(salon.storeId);
        CustomerFigures.Behind returned = behind(store, CustomerFigures.Figure.NEW_RETURNED);
        assertThat(returned.base()).containsExactlyInAnyOrder(c1, c2, c3, c5);
        assertThat(returned.counted()).containsExactlyInAnyOrder(c1, c5);
        assertThat(behind(store, CustomerFigures.Figure.NEW_REGULAR).counted()).containsExactly(c1);
        CustomerFigures.Behind lapsed = behind(store, CustomerFigures.Figure.LAPSED);
        assertThat(lapsed.base()).containsExactlyInAnyOrder(c6, c7, c8);
        assertThat(lapsed.counted()).containsExactly(c6);
        CustomerFigures.Behind nominated = behind(store, CustomerFigures.Figure.NOMINATED);
        assertThat(nominated.base()).as("June's customers with a ticket (not the walk-in)")
                .containsExactlyInAnyOrder(c1, c2, c3, c4, c5);
        assertThat(nominated.counted()).containsExactly(c1);
        assertThat(behind(store, CustomerFigures.Figure.REBOOKED).counted()).containsExactlyInAnyOrder(c1, c5);
        CustomerFigures.Behind noShows = behind(store, CustomerFigures.Figure.NO_SHOW);
        assertThat(noShows.base()).containsExactlyInAnyOrder(c1, c2, c3);
        assertThat(noShows.counted()).containsExactly(c2);
        assertThat(behind(store, CustomerFigures.Figure.CANCELLED).counted()).containsExactly(c3);
        assertThat(behind(store, CustomerFigures.Figure.TIER_NEW).base()).containsExactlyInAnyOrder(c2, c3, c5);
        assertThat(behind(store, CustomerFigures.Figure.TIER_NEAR_NEW).base()).containsExactlyInAnyOrder(c1, c4);
        assertThat(behind(ReportScope.staff(salon.storeId, a), CustomerFigures.Figure.NEW_RETURNED).base())
                .as("A's new customers").containsExactlyInAnyOrder(c1, c3);
    }

    private CustomerFigures.Behind behind(ReportScope scope, CustomerFigures.Figure figure) {
        return SystemActor.call("customer figures test", () -> figures.behind(scope, JUNE, 90, figure));
    }

    @Test
    void aShorterWindowCountsFewerReturns() {
        CustomerFigures.Figures f = SystemActor.call("test", () -> figures.figures(ReportScope.store(salon.storeId),
                JUNE, 30));
        // c1 came back after 19 days, c5 after 12: both within 30 as well; c2 (113 days) in none.
        assertThat(f.newReturned()).isEqualTo(new CustomerFigures.Share(2, 4));
        assertThat(f.returnDays()).isEqualTo(30);
    }

    @Test
    void aStylistsFiguresAreTheirNewCustomersAndVisits() {
        CustomerFigures.Figures f = june(ReportScope.staff(salon.storeId, a));
        assertThat(f.newReturned()).as("c1 and c3 came first to A; c1 came back").isEqualTo(
                new CustomerFigures.Share(1, 2));
        assertThat(f.nominated()).as("A's June tickets: c1 ×2, c3, c4, walk-in").isEqualTo(
                new CustomerFigures.Share(1, 5));
        assertThat(f.lapsed()).as("A's December customers: c6, c8").isEqualTo(new CustomerFigures.Share(1, 2));
    }

    @Test
    void aCustomersCycleIsTheMeanOfTheirLastThreeIntervals() {
        long c = salon.customer("周期", "花");
        for (LocalDate day : new LocalDate[] {d(1, 1), d(2, 1), d(3, 1), d(3, 31), d(5, 10)}) {
            salon.ticket(day, c, a, Discount.NONE, "CASH", new SalonHistory.Line(null, "SERVICE", "カット", 5500, 1, 10, a));
        }
        // intervals 31, 28, 30, 40 → the last three: (28 + 30 + 40) / 3
        assertThat(SystemActor.call("test", () -> figures.cycleOf(salon.storeId, c))).isCloseTo(98 / 3.0, within(0.001));
    }
}
