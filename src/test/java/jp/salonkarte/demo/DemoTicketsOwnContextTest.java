package jp.salonkarte.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The demo salon seeded on a Monday afternoon (a fixed clock): the morning's appointments have been
 * paid at the register, so the ticket list, receipts and the close have a day to show.
 */
@SpringBootTest(properties = "salonkarte.db.name=salonkarte_demo_tickets_test")
@ActiveProfiles("test")
class DemoTicketsOwnContextTest {

    static final ZonedDateTime MONDAY_AFTERNOON = ZonedDateTime.of(2026, 11, 23, 16, 0, 0, 0, ZoneId.of("Asia/Tokyo"));

    @TestConfiguration
    static class FixedClock {
        @Bean
        @Primary
        Clock mondayAfternoon() {
            return Clock.fixed(MONDAY_AFTERNOON.toInstant(), MONDAY_AFTERNOON.getZone());
        }
    }

    @Autowired JdbcClient jdbc;

    @Test
    void theMorningsAppointmentsArePaidAtTheRegisterWithSeveralMethodsAndMarkedDone() {
        LocalDate day = MONDAY_AFTERNOON.toLocalDate();
        int finished = jdbc.sql("select count(*) from booking where starts_at >= ? and ends_at < ?")
                .params(day.atStartOfDay(), MONDAY_AFTERNOON.toLocalDateTime()).query(Integer.class).single();
        assertThat(finished).as("appointments over by 16:00").isPositive();
        assertThat(jdbc.sql("select count(*) from booking where starts_at >= ? and ends_at < ? and status <> 'DONE'")
                .params(day.atStartOfDay(), MONDAY_AFTERNOON.toLocalDateTime()).query(Integer.class).single())
                .as("finished but not done").isZero();
        assertThat(jdbc.sql("select count(*) from ticket where business_day = ? and booking_id is not null")
                .param(day).query(Integer.class).single()).isEqualTo(finished);
        assertThat(jdbc.sql("""
                select count(distinct p.method) from payment p join ticket t on t.id = p.ticket_id
                where t.business_day = ?""").param(day).query(Integer.class).single()).isEqualTo(Math.min(3, finished));
        assertThat(jdbc.sql("select count(*) from booking where starts_at > ? and status = 'BOOKED'")
                .param(MONDAY_AFTERNOON.toLocalDateTime()).query(Integer.class).single())
                .as("later appointments still booked").isPositive();
    }
}
