package jp.salonkarte.printing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The server side of the print bridge (DD029): hands a store's bridge printers' jobs to the
 * bridge in the salon, each as a lease (the attempt's random id, valid until
 * {@code salonkarte.printing.bridge.lease} has passed), and takes its results. Jobs go out in
 * each printer's order, one per printer at a time, exactly as the server's own worker sends them.
 * A job whose lease expired without a result is handed out again; a printed job never is.
 */
@Service
public class PrintBridgeService {

    private static final Logger log = LoggerFactory.getLogger(PrintBridgeService.class);
    /** The longest a bridge's poll waits for work before it answers "nothing" (proxies cut idle requests at ~60 s). */
    public static final Duration MAX_WAIT = Duration.ofSeconds(30);

    private final PrintQueue queue;
    private final JdbcClient jdbc;
    private final Duration lease;
    private final Object signal = new Object();

    PrintBridgeService(PrintQueue queue, JdbcClient jdbc, jp.salonkarte.base.SalonKarteProperties properties) {
        this.queue = queue;
        this.jdbc = jdbc;
        this.lease = properties.printing().bridge().lease();
    }

    /** A job handed to a bridge: what to print, where, and the lease its result must name. */
    public record Handed(long id, String lease, int attempt, PrintJob.Kind kind, String title, PrinterTarget printer,
            byte[] payload) {
    }

    /** What became of a bridge's result. */
    public enum Outcome {
        /** The job is (now, or already was) PRINTED. */
        PRINTED,
        /** The failure was recorded: the job waits for its next attempt, or FAILED for a permanent one. */
        FAILURE_RECORDED,
        /** A failure for an attempt that is no longer the job's current one: nothing changed. */
        STALE,
        /** No such job in this bridge's store. */
        NOT_FOUND
    }

    /**
     * Claims the store's due bridge jobs (at most one per printer, its oldest), waiting up to
     * {@code wait} for one to appear: a long poll. Returns an empty list when nothing came.
     */
    @PreAuthorize("hasRole('BRIDGE')")
    public List<Handed> next(long storeId, Duration wait) throws InterruptedException {
        Duration w = wait.isNegative() ? Duration.ZERO : wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
        long end = System.nanoTime() + w.toNanos();
        while (true) {
            List<Handed> jobs = claim(storeId);
            long left = end - System.nanoTime();
            if (!jobs.isEmpty() || left <= 0) {
                return jobs;
            }
            // Woken by a new job; otherwise look again within a second (back-off pauses and leases run out).
            synchronized (signal) {
                signal.wait(Math.max(1, Math.min(Duration.ofNanos(left).toMillis(), 1000)));
            }
        }
    }

    private List<Handed> claim(long storeId) {
        List<Handed> jobs = new ArrayList<>();
        for (long printerId : queue.bridgePrintersWithWork(storeId)) {
            Optional<PrintQueue.Claimed> claimed = queue.claimNext(printerId, lease);
            claimed.ifPresent(c -> jobs.add(new Handed(c.id(), c.lease(), c.attempts(), c.kind(), c.title(), c.target(),
                    c.payload())));
        }
        return jobs;
    }

    /**
     * A bridge's result for a job of its store. "Printed" is accepted from any attempt and any
     * number of times (the bridge re-reports from its journal after a restart or network loss);
     * a failure only for the job's current lease. A permanent failure (the printer refused the
     * job) fails it; any other waits with the usual back-off.
     */
    @PreAuthorize("hasRole('BRIDGE')")
    public Outcome result(long storeId, long jobId, String jobLease, boolean printed, @Nullable String error,
            boolean permanent) {
        Optional<Long> store = jdbc.sql("select store_id from print_job where id = ?").param(jobId).query(Long.class)
                .optional();
        if (store.isEmpty() || store.get() != storeId) {
            return Outcome.NOT_FOUND;
        }
        Outcome outcome;
        if (printed) {
            queue.printed(jobId);
            outcome = Outcome.PRINTED;
        } else {
            String message = error == null || error.isBlank() ? "ブリッジが印刷できませんでした" : error.strip();
            int attempts = jdbc.sql("select attempts from print_job where id = ?").param(jobId).query(Integer.class)
                    .single();
            boolean applied = permanent ? queue.givenUp(jobId, jobLease, message)
                    : queue.failed(jobId, jobLease, attempts, message);
            outcome = applied ? Outcome.FAILURE_RECORDED : Outcome.STALE;
            if (applied) {
                log.info("Bridge job {} not printed (attempt {}{}): {}", jobId, attempts, permanent ? ", refused" : "",
                        message);
            }
        }
        wake(); // the printer's next job may be due now
        return outcome;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void queued(PrintQueue.JobQueued event) {
        wake();
    }

    private void wake() {
        synchronized (signal) {
            signal.notifyAll();
        }
    }
}
