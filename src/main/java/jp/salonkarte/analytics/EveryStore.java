package jp.salonkarte.analytics;

import java.util.function.LongToIntFunction;

import org.slf4j.Logger;
import org.springframework.jdbc.core.simple.JdbcClient;

import jp.salonkarte.base.SystemActor;

/** A night or morning job of the reports, run for every store as the system: one store's failure does not stop the next. */
final class EveryStore {

    private EveryStore() {
    }

    /** Runs {@code work} per store; logs what it did ({@code done}, with the store and the count) when it did something. */
    static void run(JdbcClient jdbc, Logger log, String job, String done, LongToIntFunction work) {
        for (long storeId : jdbc.sql("select id from store order by id").query(Long.class).list()) {
            try {
                int count = SystemActor.call(job, () -> work.applyAsInt(storeId));
                if (count > 0) {
                    log.info(done, storeId, count);
                }
            } catch (RuntimeException e) {
                log.warn("{} failed for store {}; its next run tries again", job, storeId, e);
            }
        }
    }
}
