package jp.salonkarte.mail;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import jp.salonkarte.base.Access;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mail outbox (送信待ちメール, DD017): rows written in the transaction of the change they
 * report, sent later by {@link OutboxSender}. The unique dedupe key makes each mail exist once;
 * the claim (an update only one node can win) makes each go out once.
 */
@Service
public class MailOutbox {

    /** Delays before the 2nd, 3rd, … attempt; after the last one the mail is given up (FAILED). */
    static final List<Duration> BACKOFF = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
            Duration.ofMinutes(15), Duration.ofHours(1), Duration.ofHours(3), Duration.ofHours(6));
    static final int MAX_ATTEMPTS = BACKOFF.size() + 1;

    public enum Status {
        PENDING, SENDING, SENT, FAILED
    }

    /** One mail in the outbox, as the send log shows it. */
    public record Entry(long id, long storeId, MailKind kind, @Nullable Long bookingId, String recipient,
            String subject, String body, Status status, int attempts, @Nullable String lastError,
            @Nullable LocalDateTime sentAt, LocalDateTime createdAt) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    MailOutbox(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A file sent with a mail (a consent form's PDF), copied into the outbox with it. */
    public record Attachment(String filename, String contentType, byte[] content) {
        public Attachment {
            if (filename == null || filename.isBlank() || content == null || content.length == 0) {
                throw new IllegalArgumentException("an attachment needs a name and content");
            }
        }
    }

    /**
     * Adds a mail with files attached unless one with this dedupe key exists; true when added. The
     * files are stored with the mail, in the caller's transaction, so the mail survives a mail
     * server that is down and a restart, and goes out once.
     */
    @Access.Staff
    @Transactional
    public boolean enqueue(long storeId, MailKind kind, @Nullable Long bookingId, String dedupeKey, String recipient,
            String subject, String body, List<Attachment> attachments) {
        if (!enqueue(storeId, kind, bookingId, dedupeKey, recipient, subject, body)) {
            return false;
        }
        long mailId = jdbc.sql("select id from mail_outbox where dedupe_key = ?").param(dedupeKey).query(Long.class)
                .single();
        for (Attachment a : attachments) {
            jdbc.sql("insert into mail_attachment (mail_id, filename, content_type, content) values (?, ?, ?, ?)")
                    .params(mailId, a.filename(), a.contentType(), a.content()).update();
        }
        return true;
    }

    /** The files of a mail, in the order they were added. */
    List<Attachment> attachments(long mailId) {
        return jdbc.sql("select filename, content_type, content from mail_attachment where mail_id = ? order by id")
                .param(mailId).query((rs, n) -> new Attachment(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .list();
    }

    /** Adds a mail unless one with this dedupe key exists; true when added. Joins the caller's transaction. */
    @Access.Staff
    @Transactional
    public boolean enqueue(long storeId, MailKind kind, @Nullable Long bookingId, String dedupeKey, String recipient,
            String subject, String body) {
        Timestamp now = Timestamp.from(clock.instant());
        // A plain insert whose duplicate is caught here: "insert ignore" would also hide a too-long value,
        // and "on duplicate key update" reports the existing row as one row changed (the driver's found rows).
        // MariaDB rolls back only the failed statement, and the exception never reaches the transaction proxy.
        try {
            jdbc.sql("""
                    insert into mail_outbox (store_id, kind, booking_id, dedupe_key, recipient, subject, body, status,
                                             next_attempt_at, created_at)
                    values (?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?)""")
                    .params(storeId, kind.name(), bookingId, dedupeKey, recipient, subject, body, now, now).update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** Ids of mails due now: pending and due, or claimed by a sender that never finished. */
    List<Long> due(int limit) {
        Timestamp now = Timestamp.from(clock.instant());
        return jdbc.sql("""
                select id from mail_outbox
                where (status = 'PENDING' and next_attempt_at <= ?) or (status = 'SENDING' and claimed_until < ?)
                order by next_attempt_at, id limit ?""")
                .params(now, now, limit).query(Long.class).list();
    }

    /**
     * Claims a due mail for this sender until {@code hold} from now, counting the attempt. Only
     * one sender's update matches the row, so only one sends it.
     */
    boolean claim(long id, Duration hold) {
        Instant now = clock.instant();
        return jdbc.sql("""
                update mail_outbox set status = 'SENDING', claimed_until = ?, attempts = attempts + 1
                where id = ? and ((status = 'PENDING' and next_attempt_at <= ?) or (status = 'SENDING' and claimed_until < ?))""")
                .params(Timestamp.from(now.plus(hold)), id, Timestamp.from(now), Timestamp.from(now))
                .update() == 1;
    }

    Optional<Entry> find(long id) {
        return jdbc.sql("select * from mail_outbox where id = ?").param(id).query((rs, n) -> new Entry(
                rs.getLong("id"), rs.getLong("store_id"), MailKind.valueOf(rs.getString("kind")),
                rs.getObject("booking_id", Long.class), rs.getString("recipient"), rs.getString("subject"),
                rs.getString("body"), Status.valueOf(rs.getString("status")), rs.getInt("attempts"),
                rs.getString("last_error"), rs.getObject("sent_at", LocalDateTime.class),
                rs.getObject("created_at", LocalDateTime.class))).optional();
    }

    void sent(long id) {
        jdbc.sql("update mail_outbox set status = 'SENT', sent_at = ?, claimed_until = null, last_error = null"
                + " where id = ?").params(Timestamp.from(clock.instant()), id).update();
    }

    /**
     * True when the mail is about a booking whose start has passed: a confirmation, change or
     * reminder that could not go out in time (no mail server for days) would only confuse.
     */
    boolean bookingPassed(long id) {
        return jdbc.sql("""
                select count(*) from mail_outbox m join booking b on b.id = m.booking_id
                where m.id = ? and b.starts_at < ?""")
                .params(id, java.time.LocalDateTime.now(clock)).query(Integer.class).single() > 0;
    }

    /** Gives a claimed mail up without sending it, with the reason for the send log. */
    void dropped(long id, String reason) {
        jdbc.sql("update mail_outbox set status = 'FAILED', claimed_until = null, last_error = ? where id = ?")
                .params(reason, id).update();
    }

    /** After a failed attempt: try again later, or give up after the last attempt. True when given up. */
    boolean failed(long id, int attempts, String error) {
        String shortError = error == null ? "?" : error.length() > 500 ? error.substring(0, 500) : error;
        if (attempts >= MAX_ATTEMPTS) {
            jdbc.sql("update mail_outbox set status = 'FAILED', claimed_until = null, last_error = ? where id = ?")
                    .params(shortError, id).update();
            return true;
        }
        Instant next = clock.instant().plus(BACKOFF.get(Math.max(0, attempts - 1)));
        jdbc.sql("update mail_outbox set status = 'PENDING', claimed_until = null, next_attempt_at = ?,"
                + " last_error = ? where id = ?").params(Timestamp.from(next), shortError, id).update();
        return false;
    }

    /** The store's latest mails, newest first, for the send log. */
    @Access.Staff
    @Transactional(readOnly = true)
    public List<Entry> recent(long storeId, int limit) {
        return jdbc.sql("select id from mail_outbox where store_id = ? order by id desc limit ?")
                .params(storeId, limit).query(Long.class).list().stream()
                .map(this::find).flatMap(Optional::stream).toList();
    }

    /** The mails about one booking, oldest first. */
    @Access.Staff
    @Transactional(readOnly = true)
    public List<Entry> forBooking(long bookingId) {
        return jdbc.sql("select id from mail_outbox where booking_id = ? order by id").param(bookingId)
                .query(Long.class).list().stream().map(this::find).flatMap(Optional::stream).toList();
    }

    /** Sends a given-up mail again (after the owner fixed the address or the mail server). */
    @Access.Manager
    @Transactional
    public void retry(long id) {
        jdbc.sql("update mail_outbox set status = 'PENDING', attempts = 0, next_attempt_at = ? where id = ?"
                + " and status = 'FAILED'").params(Timestamp.from(clock.instant()), id).update();
    }

    /** How many mails wait to be sent. */
    @Access.Staff
    @Transactional(readOnly = true)
    public int pending() {
        return jdbc.sql("select count(*) from mail_outbox where status in ('PENDING', 'SENDING')")
                .query(Integer.class).single();
    }
}
