package jp.salonkarte.printing;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

import org.jspecify.annotations.Nullable;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import jp.salonkarte.base.SystemActor;

/**
 * The server's print worker (DD021, DD030): every second (and right after a job is queued) it
 * looks for printers with due jobs and gives each printer its own lane — a virtual thread that
 * sends that printer's jobs one after another, oldest first, over {@link PrinterConnection}. A
 * printer that times out holds up only its own lane, never another printer's. A job is marked
 * PRINTED right after the printer confirmed it; a failure puts it back with a pause (or fails it
 * for good when the printer refused the job itself), and the printer's later jobs wait behind it.
 * Printers driven by a print bridge in the salon are left to the bridge (DD029).
 */
@Component
class PrintWorker {

    private static final Logger log = LoggerFactory.getLogger(PrintWorker.class);
    /** Jobs sent to one printer per lane run; the lane runs again at the next poll. */
    private static final int PER_PRINTER = 20;

    private final PrintQueue queue;
    private final PrinterConnection connection;
    private final Duration claimHold;
    private final boolean enabled;
    private final Duration interval;
    private final Duration initialDelay;
    /** Per printer: 0 = no lane running; otherwise a lane runs and will run once more if this is above 1. */
    private final Map<Long, AtomicInteger> lanes = new ConcurrentHashMap<>();
    private @Nullable ScheduledExecutorService poller;
    private @Nullable ExecutorService laneThreads;

    PrintWorker(PrintQueue queue, jp.salonkarte.base.SalonKarteProperties properties) {
        jp.salonkarte.base.SalonKarteProperties.Printing p = properties.printing();
        this.interval = p.interval();
        this.initialDelay = p.initialDelay();
        this.queue = queue;
        this.connection = new PrinterConnection(p.connectTimeout(), p.readTimeout(), p.statusTimeout(), p.ippTimeout());
        this.claimHold = p.claimHold();
        this.enabled = p.workerEnabled();
    }

    /**
     * Its own threads, not Spring's shared scheduler: a printer that times out (2 s connect, 10 s
     * read) must not hold up the mail sender and the other scheduled jobs. One platform thread
     * polls; each printer's lane is a virtual thread (blocking socket and JDBC calls park it).
     */
    @PostConstruct
    void start() {
        if (!enabled) {
            log.info("Print worker disabled (salonkarte.printing.worker-enabled=false): jobs wait in the queue");
            return;
        }
        laneThreads = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("print-lane-", 0).factory());
        poller = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("print-worker").daemon()
                .factory());
        poller.scheduleWithFixedDelay(this::scheduled, initialDelay.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() throws InterruptedException {
        if (poller != null) {
            poller.shutdownNow();
            poller.awaitTermination(15, TimeUnit.SECONDS);
        }
        if (laneThreads != null) {
            laneThreads.shutdownNow();
            laneThreads.awaitTermination(15, TimeUnit.SECONDS);
        }
    }

    /**
     * Right after the payment (or test print) commits, the worker looks at once instead of
     * waiting up to a poll interval: the receipt starts printing while the customer still stands
     * at the counter (bench/run checkout-to-print). Polling stays for retries.
     */
    @org.springframework.transaction.event.TransactionalEventListener(
            phase = org.springframework.transaction.event.TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void queued(PrintQueue.JobQueued event) {
        ScheduledExecutorService running = poller;
        if (running != null && !running.isShutdown()) {
            running.execute(this::scheduled);
        }
    }

    void scheduled() {
        try {
            for (long printerId : queue.printersWithWork()) {
                startLane(printerId);
            }
        } catch (RuntimeException e) {
            log.warn("Print poll failed; the next poll tries again", e);
        }
    }

    /** Runs the printer's lane unless it runs already; then it runs once more after its current run. */
    private void startLane(long printerId) {
        ExecutorService threads = laneThreads;
        if (threads == null || threads.isShutdown()) {
            return;
        }
        AtomicInteger requests = lanes.computeIfAbsent(printerId, id -> new AtomicInteger());
        if (requests.getAndIncrement() > 0) {
            return; // running: it looks again before it ends
        }
        threads.execute(() -> {
            do {
                requests.set(1);
                try {
                    sendDue(printerId);
                } catch (RuntimeException e) {
                    log.warn("Print lane of printer {} failed; the next poll tries again", printerId, e);
                }
            } while (requests.decrementAndGet() > 0);
        });
    }

    /**
     * Sends what is due now on one printer, oldest first, until a job fails; returns how many
     * printed. Safe to run on several nodes: each claim is an update only one of them wins.
     */
    int sendDue(long printerId) {
        return SystemActor.call("print-worker", () -> sendDueNow(printerId));
    }

    private int sendDueNow(long printerId) {
        int printed = 0;
        for (int i = 0; i < PER_PRINTER; i++) {
            Optional<PrintQueue.Claimed> claimed = queue.claimNext(printerId, claimHold);
            if (claimed.isEmpty()) {
                break; // nothing due, or the head job waits for its next attempt
            }
            PrintQueue.Claimed job = claimed.get();
            try {
                connection.send(job.target(), job.title(), job.payload());
                queue.printed(job.id());
                printed++;
            } catch (PrintFailure e) {
                if (e.permanent()) {
                    queue.givenUp(job.id(), job.lease(), e.getMessage());
                    log.info("Print job {} to {} refused by the printer: {}", job.id(), job.target(), e.getMessage());
                    continue; // the printer refused this job; its next job may well print
                }
                queue.failed(job.id(), job.lease(), job.attempts(), e.getMessage());
                log.info("Print job {} to {} not printed (attempt {}): {}", job.id(), job.target(), job.attempts(),
                        e.getMessage());
                break; // the printer's later jobs wait behind this one
            }
        }
        return printed;
    }
}
