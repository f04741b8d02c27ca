package jp.salonkarte.printing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jp.salonkarte.base.Access;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The durable print queue (印刷キュー, DD021): a job row holds the finished ESC/POS bytes and is
 * written in the transaction that caused it; {@link PrintWorker} claims and sends it later. A
 * printer's jobs go out one at a time in id order; a failed job waits with growing pauses and is
 * never dropped by itself — staff see it and can retry or cancel it.
 */
@Service
public class PrintQueue {

    /** Pauses before the 2nd, 3rd, … attempt; the last one repeats (a printer may be off all night). */
    static final List<Duration> BACKOFF = List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(5),
            Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(60));
    static final int ERROR_MAX_LENGTH = 500;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    /** A job was queued; after its transaction commits the worker starts at once instead of at its next poll. */
    record JobQueued(long jobId) {
    }

    PrintQueue(JdbcClient jdbc, Clock clock, org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Adds a job for the printer; joins the caller's transaction (the payment's). Returns its id. */
    @Access.Staff
    @Transactional
    public long enqueue(Printer printer, PrintJob.Kind kind, String title, byte[] payload) {
        if (printer.id() == null) {
            throw new IllegalArgumentException("printer not saved");
        }
        Timestamp now = Timestamp.from(clock.instant());
        String shortTitle = title.length() > 100 ? title.substring(0, 100) : title;
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into print_job (store_id, printer_id, kind, title, payload, status, next_attempt_at, created_at)
                values (?, ?, ?, ?, ?, 'QUEUED', ?, ?)""")
                .params(printer.storeId(), printer.id(), kind.name(), shortTitle, payload, now, now)
                .update(key);
        long id = key.getKey().longValue();
        events.publishEvent(new JobQueued(id));
        return id;
    }

    /** The store's most recent jobs, newest first, for the jobs screen. */
    @Access.Staff
    @Transactional(readOnly = true)
    public List<PrintJob> recent(long storeId, int limit) {
        return jdbc.sql(SELECT + " where j.store_id = ? order by j.id desc limit ?").params(storeId, limit)
                .query(PrintQueue::job).list();
    }

    @Access.Staff
    @Transactional(readOnly = true)
    public Optional<PrintJob> find(long id) {
        return jdbc.sql(SELECT + " where j.id = ?").param(id).query(PrintQueue::job).optional();
    }

    /** Jobs not yet final for a store, for a badge ("2 件の印刷待ち"). */
    @Access.Staff
    @Transactional(readOnly = true)
    public int waiting(long storeId) {
        return jdbc.sql("select count(*) from print_job where store_id = ? and status in ('QUEUED', 'SENDING')")
                .param(storeId).query(Integer.class).single();
    }

    /**
     * Try now: a waiting job loses its pause, a failed or cancelled one is queued again (at the
     * end of its printer's line, since it keeps its id and order is by id). True when changed.
     */
    @Access.Staff
    @Transactional
    public boolean retry(long id) {
        return jdbc.sql("""
                update print_job set status = 'QUEUED', next_attempt_at = ?, claimed_until = null
                where id = ? and status in ('QUEUED', 'FAILED', 'CANCELLED')""")
                .params(Timestamp.from(clock.instant()), id).update() == 1;
    }

    /** Cancels a job that is not being sent or printed; a job being sent right now cannot be stopped. */
    @Access.Staff
    @Transactional
    public boolean cancel(long id) {
        return jdbc.sql("update print_job set status = 'CANCELLED', claimed_until = null where id = ?"
                + " and status in ('QUEUED', 'FAILED')").param(id).update() == 1;
    }

    // --- for the worker and the bridge -------------------------------------------------------

    /** A claimed job with its bytes, where to send them, and the lease of this attempt. */
    record Claimed(long id, long printerId, int attempts, PrinterTarget target, PrintJob.Kind kind, String title,
            byte[] payload, String lease) {
    }

    /**
     * Active printers the server itself drives that have a job waiting (queued, or claimed by a
     * worker that never finished). Printers driven by a print bridge are left to it.
     */
    List<Long> printersWithWork() {
        return jdbc.sql("""
                select distinct j.printer_id from print_job j join printer p on p.id = j.printer_id
                where j.status in ('QUEUED', 'SENDING') and p.active and not p.via_bridge""")
                .query(Long.class).list();
    }

    /** The store's active bridge printers that have a job waiting. */
    List<Long> bridgePrintersWithWork(long storeId) {
        return jdbc.sql("""
                select distinct j.printer_id from print_job j join printer p on p.id = j.printer_id
                where j.status in ('QUEUED', 'SENDING') and p.active and p.via_bridge and p.store_id = ?""")
                .param(storeId).query(Long.class).list();
    }

    /**
     * Claims the printer's oldest unfinished job if it is due (a later job never overtakes it),
     * counting the attempt and giving it a new lease until {@code now + hold}. The update only one
     * worker (or bridge) can win makes each attempt happen once.
     */
    Optional<Claimed> claimNext(long printerId, Duration hold) {
        Instant now = clock.instant();
        Optional<Long> head = jdbc.sql("""
                select id from print_job where printer_id = ? and status in ('QUEUED', 'SENDING')
                order by id limit 1""").param(printerId).query(Long.class).optional();
        if (head.isEmpty()) {
            return Optional.empty();
        }
        String lease = UUID.randomUUID().toString();
        int won = jdbc.sql("""
                update print_job set status = 'SENDING', claimed_until = ?, lease = ?, attempts = attempts + 1
                where id = ? and ((status = 'QUEUED' and next_attempt_at <= ?) or (status = 'SENDING' and claimed_until < ?))""")
                .params(Timestamp.from(now.plus(hold)), lease, head.get(), Timestamp.from(now), Timestamp.from(now))
                .update();
        if (won != 1) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select j.id, j.printer_id, j.attempts, p.printer_type, p.host, p.port, p.uri, j.kind, j.title, j.payload,
                       j.lease
                from print_job j join printer p on p.id = j.printer_id where j.id = ?""").param(head.get())
                .query((rs, n) -> new Claimed(rs.getLong("id"), rs.getLong("printer_id"), rs.getInt("attempts"),
                        new PrinterTarget(PrinterType.valueOf(rs.getString("printer_type")), rs.getString("host"),
                                rs.getInt("port"), rs.getString("uri")),
                        PrintJob.Kind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getBytes("payload"),
                        rs.getString("lease")))
                .optional();
    }

    /**
     * The printer took the job. Idempotent, and from any attempt: once a job printed it stays
     * printed and is never handed out again (a bridge may report it twice, or after its lease
     * expired, DD029). False when no such job exists.
     */
    boolean printed(long id) {
        int rows = jdbc.sql("""
                update print_job set status = 'PRINTED', printed_at = ?, claimed_until = null, lease = null, last_error = null
                where id = ? and status <> 'PRINTED'""").params(Timestamp.from(clock.instant()), id).update();
        return rows == 1 || jdbc.sql("select count(*) from print_job where id = ?").param(id).query(Integer.class)
                .single() == 1;
    }

    /** After a failed attempt: wait and try again. The error is what staff read on the jobs screen. */
    void failed(long id, int attempts, String error) {
        failed(id, null, attempts, error);
    }

    /**
     * After a failed attempt: wait and try again. With a lease, only when it is still the job's
     * current one (a late report of an expired attempt changes nothing). True when it applied.
     */
    boolean failed(long id, @Nullable String lease, int attempts, String error) {
        Duration pause = BACKOFF.get(Math.min(Math.max(attempts, 1), BACKOFF.size()) - 1);
        return jdbc.sql("""
                update print_job set status = 'QUEUED', claimed_until = null, lease = null, last_error = ?, next_attempt_at = ?
                where id = ? and status = 'SENDING' and (? is null or lease = ?)""")
                .params(shorten(error), Timestamp.from(clock.instant().plus(pause)), id, lease, lease).update() == 1;
    }

    /**
     * Gives a job up for good: the printer refused it (a permanent failure, e.g. an IPP printer
     * that does not take PDF) and sending it again cannot help. Staff see the error and can
     * 再試行 after fixing the printer. With a lease, only for the job's current attempt.
     */
    boolean givenUp(long id, @Nullable String lease, String error) {
        return jdbc.sql("""
                update print_job set status = 'FAILED', claimed_until = null, lease = null, last_error = ?
                where id = ? and status = 'SENDING' and (? is null or lease = ?)""")
                .params(shorten(error), id, lease, lease).update() == 1;
    }

    private static String shorten(String error) {
        return error.length() > ERROR_MAX_LENGTH ? error.substring(0, ERROR_MAX_LENGTH) : error;
    }

    /**
     * Deletes PRINTED and CANCELLED jobs (payload and row) created before {@code before}, in
     * batches so the table is never locked for long (DD030). FAILED jobs stay until staff act.
     * Returns how many were deleted.
     */
    @Access.Staff
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public int deleteFinishedBefore(Instant before) {
        int total = 0;
        int batch;
        do {
            batch = jdbc.sql("""
                    delete from print_job where status in ('PRINTED', 'CANCELLED') and created_at < ?
                    order by id limit 1000""").param(Timestamp.from(before)).update();
            total += batch;
        } while (batch == 1000);
        return total;
    }

    /** The printer's waiting jobs fail at once (it was deactivated): nothing waits for a printer that will not come. */
    @Transactional
    void failWaiting(long printerId, String error) {
        jdbc.sql("update print_job set status = 'FAILED', last_error = ? where printer_id = ? and status = 'QUEUED'")
                .params(error, printerId).update();
    }

    private static final String SELECT = """
            select j.id, j.store_id, j.printer_id, p.name printer_name, j.kind, j.title, j.status, j.attempts,
                   j.next_attempt_at, j.last_error, j.created_at, j.printed_at, length(j.payload) size
            from print_job j join printer p on p.id = j.printer_id""";

    private static PrintJob job(ResultSet rs, int n) throws SQLException {
        PrintJob.Status status = PrintJob.Status.valueOf(rs.getString("status"));
        return new PrintJob(rs.getLong("id"), rs.getLong("store_id"), rs.getLong("printer_id"),
                rs.getString("printer_name"), PrintJob.Kind.valueOf(rs.getString("kind")), rs.getString("title"), status,
                rs.getInt("attempts"), status == PrintJob.Status.QUEUED ? time(rs, "next_attempt_at") : null,
                rs.getString("last_error"), time(rs, "created_at"), time(rs, "printed_at"), rs.getInt("size"));
    }

    private static @Nullable LocalDateTime time(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDateTime.class);
    }
}
