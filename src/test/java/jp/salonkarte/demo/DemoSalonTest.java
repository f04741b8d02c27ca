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
        assertThat(jdbc.sql("select count(*) from visit").query(Long.class).single()).isGreaterThan(300);
        assertThat(jdbc.sql("select count(*) from booking where starts_at > now()").query(Long.class).single())
                .isGreaterThan(10);
        assertThat(jdbc.sql("""
                select count(*) from booking a join booking b on a.staff_id = b.staff_id and a.id < b.id
                 and a.starts_at < b.ends_at and b.starts_at < a.ends_at
                where a.status in ('BOOKED', 'ARRIVED', 'IN_CHECKOUT', 'DONE')
                  and b.status in ('BOOKED', 'ARRIVED', 'IN_CHECKOUT', 'DONE')
                  and a.starts_at < now() + interval 30 day""").query(Long.class).single())
                .as("the demo's next weeks (other tests in this database book years ahead, some overlapping on purpose)")
                .isZero();
    }

    @Test
    void theDemoOwnerCanLogInWithThePrintedPassword() {
        var owner = staff.findByEmail(DemoSalon.OWNER_EMAIL).orElseThrow();
        assertThat(encoder.matches(DemoSalon.DEMO_PASSWORD, owner.passwordHash())).isTrue();
    }
}
