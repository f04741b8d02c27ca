package jp.salonkarte.analytics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import jp.salonkarte.IntegrationTest;
import jp.salonkarte.base.SystemActor;
import jp.salonkarte.checkout.Discount;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cohort table of a hand-computed salon; the test clock's today is 2026-11-23, so the 12
 * cohorts run from 2025-12 to 2026-11. The visits, written out (A and B the stylists):
 *
 * <pre>
 * c1  2026-05-10 A · 06-15 B · 08-01 A        May cohort: back in +1 (June) and +3 (August)
 * c2  2026-05-20 B · 05-28 B · 07-03 B        May: the same month is no return; back in +2 (July)
 * c3  2026-05-31 A · 06-02 A voided           May: never back (the voided ticket is no visit)
 * c4  2025-11-30 A · 2026-05-15 A             first visit before the window: in no cohort
 * c5  2026-10-05 A · 11-20 A                  October: back in +1; +2 … +6 have not begun
 * c6  2025-12-01 B · 2026-06-01 B             December 2025: back in +6
 * walk-in 2026-05-12 A                        no customer, in no cohort
 * </pre>
 *
 * Store: May 3 customers, +1 1/3, +2 1/3, +3 1/3, +4 … +6 0/3; December 1, +6 1/1; October 1, +1 1/1.
 * Stylist A: May c1, c3 (first with A; c1's June visit with B counts) → +1 1/2, +2 0/2, +3 1/2;
 * December none (c6 came first to B); October c5.
 */
@IntegrationTest
class CohortsTest {

    @Autowired Cohorts cohorts;
    @Autowired CustomerList customerList;
    @Autowired JdbcClient jdbc;

    private SalonHistory salon;
    private long a;
    private long c1;
    private long c2;
    private long c3;
    private long c5;

    private static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    @BeforeEach
    void salon() {
        salon = new SalonHistory(jdbc, "コホートテスト店");
        a = salon.staff("安藤", "亜美", "STAFF");
        long b = salon.staff("別所", "文", "STAFF");
        var cutA = new SalonHistory.Line(null, "SERVICE", "カット", 5500, 1, 10, a);
        var cutB = new SalonHistory.Line(null, "SERVICE", "カット", 5500, 1, 10, b);
        c1 = salon.customer("一", "花");
        c2 = salon.customer("二", "花");
        c3 = salon.customer("三", "花");
        long c4 = salon.customer("四", "花");
        c5 = salon.customer("五", "花");
        long c6 = salon.customer("六", "花");
        salon.ticket(d(2026, 5, 10), c1, a, Discount.NONE, "CASH", cutA);
        salon.ticket(d(2026, 6, 15), c1, b, Discount.NONE, "CASH", cutB);
        salon.ticket(d(2026, 8, 1), c1, a, Discount.NONE, "CASH", cutA);
        salon.ticket(d(2026, 5, 20), c2, b, Discount.NONE, "CASH", cutB);
        salon.ticket(d(2026, 5, 28), c2, b, Discount.NONE, "CASH", cutB);
        salon.ticket(d(2026, 7, 3), c2, b, Discount.NONE, "CASH", cutB);
        salon.ticket(d(2026, 5, 31), c3, a, Discount.NONE, "CASH", cutA);
        long voided = salon.ticket(d(2026, 6, 2), c3, a, Discount.NONE, "CASH", cutA);
        salon.reverse(voided, "VOID", d(2026, 6, 2), a);
        salon.ticket(d(2025, 11, 30), c4, a, Discount.NONE, "CASH", cutA);
        salon.ticket(d(2026, 5, 15), c4, a, Discount.NONE, "CASH", cutA);
        salon.ticket(d(2026, 10, 5), c5, a, Discount.NONE, "CASH", cutA);
        salon.ticket(d(2026, 11, 20), c5, a, Discount.NONE, "CASH", cutA);
        salon.ticket(d(2025, 12, 1), c6, b, Discount.NONE, "CASH", cutB);
        salon.ticket(d(2026, 6, 1), c6, b, Discount.NONE, "CASH", cutB);
        salon.ticket(d(2026, 5, 12), null, a, Discount.NONE, "CASH", cutA);
    }

    private List<Cohorts.Cohort> table(ReportScope scope) {
        return SystemActor.call("cohort test", () -> cohorts.table(scope));
    }

    private static Cohorts.Cohort of(List<Cohorts.Cohort> table, int year, int month) {
        return table.stream().filter(c -> c.month().equals(YearMonth.of(year, month))).findFirst().orElseThrow();
    }

    private static CustomerFigures.Share share(long count, long of) {
        return new CustomerFigures.Share(count, of);
    }

    @Test
    void theStoresCohortsAreTheHandComputedOnes() {
        List<Cohorts.Cohort> table = table(ReportScope.store(salon.storeId));

        assertThat(table).extracting(Cohorts.Cohort::month).first().isEqualTo(YearMonth.of(2025, 12));
        assertThat(table).hasSize(12).last().extracting(Cohorts.Cohort::month).isEqualTo(YearMonth.of(2026, 11));
        Cohorts.Cohort may = of(table, 2026, 5);
        assertThat(may.customers()).containsExactly(c1, c2, c3);
        assertThat(List.of(may.cell(1), may.cell(2), may.cell(3), may.cell(4), may.cell(5), may.cell(6)))
                .containsExactly(share(1, 3), share(1, 3), share(1, 3), share(0, 3), share(0, 3), share(0, 3));
        assertThat(may.returned().get(0)).containsExactly(c1);
        assertThat(may.returned().get(1)).containsExactly(c2);
        Cohorts.Cohort december = of(table, 2025, 12);
        assertThat(december.size()).isEqualTo(1);
        assertThat(december.cell(5)).isEqualTo(share(0, 1));
        assertThat(december.cell(6)).isEqualTo(share(1, 1));
        Cohorts.Cohort october = of(table, 2026, 10);
        assertThat(october.customers()).containsExactly(c5);
        assertThat(october.cell(1)).isEqualTo(share(1, 1));
        assertThat(october.cell(2)).as("December 2026 has not begun").isNull();
        Cohorts.Cohort november = of(table, 2026, 11);
        assertThat(november.size()).isZero();
        assertThat(november.cell(1)).isNull();
        assertThat(of(table, 2026, 4).cell(1)).as("an empty cohort").isEqualTo(share(0, 0));
        assertThat(of(table, 2026, 4).cell(1).percent()).isNull();
    }

    @Test
    void aStylistsCohortsAreTheCustomersWhoCameFirstToThem() {
        List<Cohorts.Cohort> table = table(ReportScope.staff(salon.storeId, a));

        Cohorts.Cohort may = of(table, 2026, 5);
        assertThat(may.customers()).containsExactly(c1, c3);
        assertThat(may.cell(1)).as("c1's June visit was with B: it counts").isEqualTo(share(1, 2));
        assertThat(may.cell(2)).isEqualTo(share(0, 2));
        assertThat(may.cell(3)).isEqualTo(share(1, 2));
        assertThat(of(table, 2025, 12).size()).as("c6 came first to B").isZero();
        assertThat(of(table, 2026, 10).customers()).containsExactly(c5);
    }

    @Test
    void aCohortsCustomersAreListedWithTheirVisitsAndLastVisit() {
        List<CustomerList.Row> rows = SystemActor.call("cohort test",
                () -> customerList.rows(salon.storeId, List.of(c3, c1, c2)));

        assertThat(rows).extracting(CustomerList.Row::customerId).as("furigana order, then id").containsExactly(c1, c2, c3);
        assertThat(rows).extracting(CustomerList.Row::visits).containsExactly(3, 3, 1);
        assertThat(rows.getFirst().lastVisit()).isEqualTo(d(2026, 8, 1));
        assertThat(rows.getFirst().name()).isEqualTo("一 花");
        assertThat(rows.getLast().nextBooking()).isNull();
    }
}
