package jp.salonkarte.analytics;

import java.util.List;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import jp.salonkarte.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V23–V25 on a database that already holds tickets and bookings from before them: a scratch
 * database on the same server, migrated to V22, given a ticket with a ticket discount over two
 * rates and three bookings, then migrated to the end. The old lines get the nets and tax shares the
 * commit gives new ones, the ticket its stylist, the bookings their 指名 flag.
 */
@IntegrationTest
class AnalyticsMigrationTest {

    private static final String SCRATCH = "salonkarte_migration_v23";

    @Autowired JdbcClient jdbc;
    @Value("${spring.datasource.url}") String url;
    @Value("${spring.datasource.username}") String user;
    @Value("${spring.datasource.password:}") String password;

    @Test
    void oldTicketsAndBookingsAreFilledInAsNewOnesAre() {
        jdbc.sql("drop database if exists " + SCRATCH).update();
        jdbc.sql("create database " + SCRATCH + " character set utf8mb4 collate utf8mb4_unicode_ci").update();
        try {
            var scratch = new DriverManagerDataSource(url.replaceFirst("/[^/?]+(\\?|$)", "/" + SCRATCH + "$1"), user,
                    password);
            Flyway.configure().dataSource(scratch).locations("classpath:db/migration").target("22").load().migrate();
            JdbcClient old = JdbcClient.create(scratch);
            long store = old.sql("""
                    insert into store (name, opening_time, closing_time, tax_rounding)
                    values ('移行前の店', '10:00', '20:00', 'TRUNCATE') returning id""").query(Long.class).single();
            long stylist = staff(old, store, "担当");
            long other = staff(old, store, "別人");
            long customer = old.sql("""
                    insert into customer (family_name, given_name, family_name_kana, given_name_kana, assigned_staff_id,
                        created_at, updated_at) values ('移行', '花子', 'イコウ', 'ハナコ', ?, now(3), now(3)) returning id""")
                    .params(stylist).query(Long.class).single();
            long ticket = old.sql("""
                    insert into ticket (store_id, business_day, receipt_no, commit_key, customer_id, cashier_staff_id,
                        subtotal, discount_kind, discount_value, discount, total, tax_rounding, change_given, paid_at)
                    values (?, '2026-06-01', '20260601-0001', uuid(), ?, ?, 7660, 'YEN', 500, 500, 7160, 'TRUNCATE', 0,
                        '2026-06-01 12:00:00') returning id""").params(store, customer, other).query(Long.class).single();
            old.sql("""
                    insert into ticket_line (ticket_id, position, kind, name, unit_price, quantity, tax_rate, staff_id,
                        discount_kind, discount_value, amount) values
                    (?, 0, 'PRODUCT', 'ハーブティー', 1080, 2, 8, ?, 'YEN', 0, 2160),
                    (?, 1, 'SERVICE', 'カット', 5500, 1, 10, ?, 'YEN', 0, 5500)""")
                    .params(ticket, other, ticket, stylist).update();
            old.sql("""
                    insert into ticket_rate_total (ticket_id, tax_rate, gross, discount, total, tax) values
                    (?, 10, 5500, 360, 5140, 467), (?, 8, 2160, 140, 2020, 149)""").params(ticket, ticket).update();
            long withOwnStylist = booking(old, store, customer, stylist);
            long withSomeoneElse = booking(old, store, customer, other);
            long webNamed = booking(old, store, customer, other);
            old.sql("""
                    insert into web_booking (booking_id, contact_name, contact_email, contact_phone, staff_requested,
                        customer_match, created_at) values (?, '移行 花子', 'h@example.com', '0312345678', true, 'MATCHED',
                        now(3))""").params(webNamed).update();

            Flyway.configure().dataSource(scratch).locations("classpath:db/migration").load().migrate();

            assertThat(old.sql("select net_amount, net_tax from ticket_line where ticket_id = ? order by position")
                    .params(ticket).query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2))).list())
                    .containsExactly(List.of(2020L, 149L), List.of(5140L, 467L));
            assertThat(old.sql("select staff_id from ticket where id = ?").params(ticket).query(Long.class).single())
                    .as("the stylist of the first service line, not the cashier").isEqualTo(stylist);
            assertThat(nominated(old, withOwnStylist)).as("with the customer's own stylist").isTrue();
            assertThat(nominated(old, withSomeoneElse)).isFalse();
            assertThat(nominated(old, webNamed)).as("the web booking named a stylist").isTrue();
        } finally {
            jdbc.sql("drop database if exists " + SCRATCH).update();
        }
    }

    private static long staff(JdbcClient db, long store, String name) {
        return db.sql("""
                insert into staff (store_id, family_name, given_name, family_name_kana, given_name_kana, role, color)
                values (?, ?, 'さん', 'タントウ', 'サン', 'STAFF', '#7b3f61') returning id""")
                .params(store, name).query(Long.class).single();
    }

    private static long booking(JdbcClient db, long store, long customer, long staff) {
        return db.sql("""
                insert into booking (store_id, customer_id, staff_id, starts_at, ends_at, created_at, updated_at)
                values (?, ?, ?, '2026-06-01 10:00', '2026-06-01 11:00', now(3), now(3)) returning id""")
                .params(store, customer, staff).query(Long.class).single();
    }

    private static boolean nominated(JdbcClient db, long booking) {
        return db.sql("select nominated from booking where id = ?").params(booking).query(Boolean.class).single();
    }
}
