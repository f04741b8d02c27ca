package jp.salonkarte.analytics;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Recomputes every store's RFM ranks at night, after the day's tickets are in. */
@Component
class RfmJob {

    private static final Logger log = LoggerFactory.getLogger(RfmJob.class);

    private final RfmRanks ranks;
    private final JdbcClient jdbc;

    RfmJob(RfmRanks ranks, JdbcClient jdbc) {
        this.ranks = ranks;
        this.jdbc = jdbc;
    }

    @Scheduled(cron = "${salonkarte.reports.rfm-cron:0 20 3 * * *}", zone = "Asia/Tokyo")
    void scheduled() {
        EveryStore.run(jdbc, log, "rfm-ranks", "RFM ranks of store {}: {} customers scored", ranks::recompute);
    }
}
