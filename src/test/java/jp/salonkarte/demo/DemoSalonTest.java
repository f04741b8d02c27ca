package jp.salonkarte.demo;

import jp.salonkarte.IntegrationTest;
import jp.salonkarte.customer.CustomerService;
import jp.salonkarte.store.MenuKind;
import jp.salonkarte.store.MenuService;
import jp.salonkarte.store.Role;
import jp.salonkarte.store.StaffService;
import jp.salonkarte.store.StoreService;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
@WithUserDetails("owner@example.com")
class DemoSalonTest {

    @Autowired StoreService stores;
    @Autowired StaffService staff;
    @Autowired MenuService menus;
    @Autowired CustomerService customers;
    @Autowired PasswordEncoder encoder;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired java.time.Clock clock;

    @Test
    void todaysFinishedAppointmentsArePaidAtTheRegisterAndDone() {
        var today = java.time.LocalDate.now(clock).atStartOfDay();
        long store = stores.currentStore().orElseThrow().id();
        int done = jdbc.sql("select count(*) from booking where store_id = ? and status = 'DONE' and starts_at >= ?")
                .params(store, today).query(Integer.class).single();
        int paid = jdbc.sql("""
                select count(*) from ticket t join booking b on b.id = t.booking_id
                where b.store_id = ? and b.status = 'DONE' and b.starts_at >= ? and t.total > 0""")
                .params(store, today).query(Integer.class).single();
        assertThat(paid).as("every booking done today was paid at the register").isEqualTo(done);
        boolean dayUnderWay = java.time.LocalTime.now(clock).isAfter(java.time.LocalTime.of(13, 0))
                && java.time.LocalDate.now(clock).getDayOfWeek() != java.time.DayOfWeek.TUESDAY;
        if (dayUnderWay) {
            assertThat(paid).as("the morning's appointments are rung up").isPositive();
            assertThat(jdbc.sql("select count(distinct method) from payment p join ticket t on t.id = p.ticket_id"
                    + " where t.store_id = ? and t.business_day = ?").params(store, today.toLocalDate())
                    .query(Integer.class).single()).isGreaterThan(1);
        }
    }

    @Test
    void theDemoSalonHasOneStoreFourStaffAMenuAndTwoHundredCustomers() {
        var store = stores.currentStore().orElseThrow();
        assertThat(store.invoiceRegistrationNumber()).matches("T\\d{13}");
        assertThat(staff.list(store.id())).hasSizeGreaterThanOrEqualTo(4)
                .extracting(s -> s.role()).contains(Role.OWNER, Role.MANAGER, Role.STAFF);
        var menu = menus.list(store.id());
        assertThat(menu).extracting(m -> m.category().name())
                .contains("CUT", "COLOR", "PERM", "TREATMENT", "NAIL", "LASH", "RETAIL");
        assertThat(menu).anyMatch(m -> m.kind() == MenuKind.PRODUCT && m.taxRate() == 8);
        assertThat(customers.count()).as("demo customers, plus a few made by other tests").isBetween((long) DemoSalon.CUSTOMERS, DemoSalon.CUSTOMERS + 100L);
    }

    @Test
    void demoCustomersHaveJapaneseNamesWithKatakanaFurigana() {
        var some = customers.list(PageRequest.of(0, 50));
        assertThat(some).hasSize(50).allSatisfy(c -> {
            assertThat(c.familyNameKana() + c.givenNameKana()).matches("[\\u30A0-\\u30FF]+");
            assertThat(c.familyName()).doesNotMatch("[A-Za-z]+");
        });
    }

    @Test
    void demoCustomersHaveVisitsAndUpcomingBookingsThatNeverOverlapForOneStylist() {
        var now = java.time.LocalDateTime.now(clock);
        assertThat(jdbc.sql("select count(*) from visit").query(Long.class).single()).isGreaterThan(1_000);
        assertThat(jdbc.sql("select count(*) from booking where starts_at > ? and status = 'BOOKED'").param(now)
                .query(Long.class).single()).isGreaterThan(20);
        assertThat(jdbc.sql("""
                select count(*) from booking a join booking b on a.staff_id = b.staff_id and a.id < b.id
                 and a.starts_at < b.ends_at and b.starts_at < a.ends_at
                where a.status in ('BOOKED', 'ARRIVED', 'IN_CHECKOUT', 'DONE')
                  and b.status in ('BOOKED', 'ARRIVED', 'IN_CHECKOUT', 'DONE')
                  and a.starts_at < ? + interval 30 day and a.starts_at > ? - interval 19 month
                  and a.customer_id <= ? and b.customer_id <= ?""")
                .params(now, now, DemoSalon.CUSTOMERS, DemoSalon.CUSTOMERS).query(Long.class).single())
                .as("the demo's own bookings, its history and next weeks (the demo's customers are the first %d; other"
                        + " tests in this database book on any day, some overlapping on purpose)", DemoSalon.CUSTOMERS)
                .isZero();
    }

    /** Issue 14: 18 months of history, so that every report has something to show on first start. */
    @Test
    void theDemoHistoryCoversEighteenMonthsWithClosedRegistersRetailNominationsAndLapses() {
        var today = java.time.LocalDate.now(clock);
        long storeId = stores.currentStore().orElseThrow().id();
        assertThat(jdbc.sql("select count(distinct date_format(business_day, '%Y-%m')) from ticket where store_id = ?"
                + " and business_day between ? and ?").params(storeId, today.minusMonths(18), today.minusDays(1))
                .query(Long.class).single()).as("months with tickets").isGreaterThanOrEqualTo(18);
        assertThat(jdbc.sql("""
                select count(distinct t.business_day) from ticket t where t.store_id = ? and t.business_day < ?
                  and t.business_day > ? - interval 19 month
                  and not exists (select 1 from daily_close c where c.store_id = t.store_id and c.business_day = t.business_day)""")
                .params(storeId, today, today).query(Long.class).single()).as("past days left open").isZero();
        assertThat(jdbc.sql("select count(*) from ticket_line l join ticket t on t.id = l.ticket_id"
                + " where t.store_id = ? and l.kind = 'PRODUCT'").param(storeId).query(Long.class).single())
                .as("retail lines").isGreaterThan(50);
        double nominated = jdbc.sql("select avg(nominated) from booking where store_id = ? and status = 'DONE'")
                .param(storeId).query(Double.class).single();
        assertThat(nominated).as("指名 share of done bookings").isBetween(0.4, 0.9);
        assertThat(jdbc.sql("select count(distinct status) from booking where store_id = ? and status in ('CANCELLED', 'NO_SHOW')")
                .param(storeId).query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("""
                select count(*) from (select customer_id, max(business_day) last from ticket where store_id = ?
                  and customer_id is not null group by customer_id) v where v.last < ? - interval 6 month""")
                .params(storeId, today).query(Long.class).single()).as("customers who stopped coming").isGreaterThan(20);
        assertThat(jdbc.sql("""
                select count(*) from (select customer_id from ticket where store_id = ? and customer_id is not null
                  group by customer_id having count(distinct business_day) >= 10) v""")
                .param(storeId).query(Long.class).single()).as("regulars with 10 visits or more").isGreaterThan(10);
    }

    @Test
    void theDemoOwnerCanLogInWithThePrintedPassword() {
        var owner = staff.findByEmail(DemoSalon.OWNER_EMAIL).orElseThrow();
        assertThat(encoder.matches(DemoSalon.DEMO_PASSWORD, owner.passwordHash())).isTrue();
    }
}
