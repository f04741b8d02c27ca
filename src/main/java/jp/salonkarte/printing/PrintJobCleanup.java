package jp.salonkarte.printing;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import jp.salonkarte.base.SystemActor;

/**
 * Nightly clean-up of the print queue (DD030): PRINTED and CANCELLED jobs older than
 * {@code salonkarte.printing.keep-finished} (30 days) are deleted, row and bytes. Receipts and
 * consent forms themselves live in checkout and consent; a print job is only the copy that went to
 * the printer. FAILED jobs stay until staff retry or cancel them. Idempotent, so several nodes may
 * run it at the same time.
 */
@Component
class PrintJobCleanup {

    private static final Logger log = LoggerFactory.getLogger(PrintJobCleanup.class);

    private final PrintQueue queue;
    private final Clock clock;
    private final Duration keep;

    PrintJobCleanup(PrintQueue queue, Clock clock, jp.salonkarte.base.SalonKarteProperties properties) {
        this.queue = queue;
        this.clock = clock;
        this.keep = properties.printing().keepFinished();
    }

    @Scheduled(cron = "${salonkarte.printing.cleanup-cron:0 40 3 * * *}", zone = "Asia/Tokyo")
    int run() {
        int deleted = SystemActor.call("print-cleanup", () -> queue.deleteFinishedBefore(clock.instant().minus(keep)));
        if (deleted > 0) {
            log.info("Print queue clean-up: deleted {} printed or cancelled job(s) older than {}", deleted, keep);
        }
        return deleted;
    }
}
