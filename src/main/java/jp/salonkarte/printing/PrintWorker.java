package jp.salonkarte.printing;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

import org.jspecify.annotations.Nullable;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The print bridge's core (DD021): every second (on its own thread) it sends each printer's due jobs, oldest first,
 * over {@link PrinterLink}. A job is marked PRINTED right after the printer confirmed the bytes;
 * a failure puts it back in the queue with a pause, and the printer's later jobs wait behind it.
 */
@Component
class PrintWorker {

    private static final Logger log = LoggerFactory.getLogger(PrintWorker.class);
    /** Jobs sent to one printer per run before the next printer gets its turn. */
    private static final int PER_PRINTER = 20;

    private final PrintQueue queue;
    private final PrinterLink link;
    private final Duration claimHold;
    private final boolean enabled;
    private final Duration interval;
    private final Duration initialDelay;
    private @Nullable ScheduledExecutorService executor;

    PrintWorker(PrintQueue queue,
            @Value("${salonkarte.printing.connect-timeout:PT2S}") Duration connectTimeout,
            @Value("${salonkarte.printing.read-timeout:PT10S}") Duration readTimeout,
            @Value("${salonkarte.printing.status-timeout:PT1S}") Duration statusTimeout,
            @Value("${salonkarte.printing.claim-hold:PT2M}") Duration claimHold,
            @Value("${salonkarte.printing.worker-enabled:true}") boolean enabled,
            @Value("${salonkarte.printing.interval:PT1S}") Duration interval,
            @Value("${salonkarte.printing.initial-delay:PT5S}") Duration initialDelay) {
        this.interval = interval;
        this.initialDelay = initialDelay;
        this.queue = queue;
        this.link = new PrinterLink(connectTimeout, readTimeout, statusTimeout);
        this.claimHold = claimHold;
        this.enabled = enabled;
    }

    /**
     * Its own thread, not Spring's shared scheduler: a printer that times out (2 s connect, 10 s
     * read) must not hold up the mail sender and the other scheduled jobs.
     */
    @PostConstruct
    void start() {
        if (!enabled) {
            log.info("Print worker disabled (salonkarte.printing.worker-enabled=false): jobs wait in the queue");
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("print-worker").daemon()
                .factory());
        executor.scheduleWithFixedDelay(this::scheduled, initialDelay.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() throws InterruptedException {
        if (executor != null) {
            executor.shutdownNow();
            executor.awaitTermination(15, TimeUnit.SECONDS);
        }
    }

    /**
     * Right after the payment (or test print) commits, the worker runs at once on its own thread
     * instead of waiting up to a poll interval: the receipt starts printing while the customer
     * still stands at the counter (bench/run checkout-to-print). Polling stays for retries.
     */
    @org.springframework.transaction.event.TransactionalEventListener(
            phase = org.springframework.transaction.event.TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void queued(PrintQueue.JobQueued event) {
        ScheduledExecutorService running = executor;
        if (running != null && !running.isShutdown()) {
            running.execute(this::scheduled);
        }
    }

    void scheduled() {
        try {
            sendDue();
        } catch (RuntimeException e) {
            log.warn("Print run failed; the next run tries again", e);
        }
    }

    /** Sends what is due now on every printer; returns how many jobs printed. Safe to run on several nodes. */
    synchronized int sendDue() {
        int printed = 0;
        for (long printerId : queue.printersWithWork()) {
            for (int i = 0; i < PER_PRINTER; i++) {
                Optional<PrintQueue.Claimed> claimed = queue.claimNext(printerId, claimHold);
                if (claimed.isEmpty()) {
                    break; // nothing due, or the head job waits for its next attempt
                }
                PrintQueue.Claimed job = claimed.get();
                try {
                    link.send(job.host(), job.port(), job.payload());
                    queue.printed(job.id());
                    printed++;
                } catch (PrinterLink.PrintFailure e) {
                    queue.failed(job.id(), job.attempts(), e.getMessage());
                    log.info("Print job {} to {}:{} not printed (attempt {}): {}", job.id(), job.host(), job.port(),
                            job.attempts(), e.getMessage());
                    break; // the printer's later jobs wait behind this one
                }
            }
        }
        return printed;
    }
}
