package jp.salonkarte.analytics;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Queues the weekly summary every Monday morning. It runs every hour of the morning, so a node that
 * was down at 7:00 still sends it; the outbox's dedupe key keeps it to one mail per owner and week.
 */
@Component
class WeeklySummaryJob {

    private static final Logger log = LoggerFactory.getLogger(WeeklySummaryJob.class);

    private final WeeklySummary summary;
    private final JdbcClient jdbc;

    WeeklySummaryJob(WeeklySummary summary, JdbcClient jdbc) {
        this.summary = summary;
        this.jdbc = jdbc;
    }

    @Scheduled(cron = "${salonkarte.reports.weekly-cron:0 0 7-11 * * MON}", zone = "Asia/Tokyo")
    void scheduled() {
        EveryStore.run(jdbc, log, "weekly-summary", "Queued the weekly summary of store {} for {} owner(s)", summary::enqueue);
    }
}
