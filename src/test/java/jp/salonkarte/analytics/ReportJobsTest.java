package jp.salonkarte.analytics;

import jp.salonkarte.IntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The scheduled jobs, run as the scheduler runs them: as the system, for every store (the demo salon's here). */
@IntegrationTest
class ReportJobsTest {

    @Autowired RfmJob rfmJob;
    @Autowired WeeklySummaryJob weeklyJob;
    @Autowired JdbcClient jdbc;

    private long demoStore() {
        return jdbc.sql("select store_id from staff where email = 'owner@example.com'").query(Long.class).single();
    }

    @Test
    void theNightlyJobScoresTheDemoSalonsCustomersAsOfToday() {
        jdbc.sql("delete from rfm_score where store_id = ?").param(demoStore()).update();

        rfmJob.scheduled();

        assertThat(jdbc.sql("select count(*) from rfm_score where store_id = ? and computed_on = '2026-11-23'")
                .param(demoStore()).query(Long.class).single()).isGreaterThan(200);
    }

    @Test
    void theMondayJobQueuesTheDemoOwnersSummaryOnce() {
        weeklyJob.scheduled();
        weeklyJob.scheduled();

        assertThat(jdbc.sql("""
                select count(*) from mail_outbox where store_id = ? and kind = 'WEEKLY_REPORT'
                  and recipient = 'owner@example.com' and subject like '%11/16(月)〜11/22(日)'""")
                .param(demoStore()).query(Long.class).single()).isEqualTo(1);
    }
}
