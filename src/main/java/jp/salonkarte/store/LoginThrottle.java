package jp.salonkarte.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Optional;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brute-force protection of the password login and the PIN switch (DD039). Failures are counted per
 * subject — an account ({@link #password}, {@link #pin}) and the client address ({@link #address}) —
 * in the database, so a restart or a second app node does not forget them. {@link #ACCOUNT_FAILURES}
 * failures of an account (or {@link #ADDRESS_FAILURES} from one address) lock it for
 * {@link #FIRST_LOCK}, doubling with every further lock up to {@link #LONGEST_LOCK}; while locked even
 * the right secret is refused, without being checked. A success clears the account (never the
 * address); failures are forgotten after {@link #FORGET_FAILURES} without one, lock rounds after
 * {@link #FORGET_ROUNDS}.
 *
 * <p>Runs before anyone is logged in (the login page, the PIN pad of the kiosk), so it is a component
 * without method security; its callers, {@link StaffService#checkPin} and the login filter, are the
 * guarded ways in.
 */
@Component
public class LoginThrottle {

    public static final int ACCOUNT_FAILURES = 5;
    public static final int ADDRESS_FAILURES = 20;
    public static final Duration FIRST_LOCK = Duration.ofMinutes(15);
    public static final Duration LONGEST_LOCK = Duration.ofHours(4);
    static final Duration FORGET_FAILURES = Duration.ofHours(1);
    static final Duration FORGET_ROUNDS = Duration.ofHours(24);

    private static final Log log = LogFactory.getLog(LoginThrottle.class);

    private final JdbcClient jdbc;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The subject of a password login: the e-mail address as typed, normalised. */
    public static String password(@Nullable String email) {
        return "password:" + (email == null ? "" : email.strip().toLowerCase());
    }

    public static String pin(long staffId) {
        return "pin:" + staffId;
    }

    /** The subject of a client address; {@code null} when the address is unknown (nothing is counted). */
    public static @Nullable String address(@Nullable String clientAddress) {
        return clientAddress == null || clientAddress.isBlank() ? null : "address:" + clientAddress.strip();
    }

    /** Until when the latest-ending lock of these subjects lasts, if any of them is locked now. */
    @Transactional(readOnly = true)
    public Optional<Instant> lockedUntil(Collection<@Nullable String> subjects) {
        Instant now = clock.instant();
        Instant until = null;
        for (String subject : subjects) {
            if (subject == null) {
                continue;
            }
            Optional<LocalDateTime> locked = jdbc.sql("select locked_until from login_throttle where subject = :s")
                    .param("s", subject).query(LocalDateTime.class).optional();
            Instant end = locked.map(t -> t.toInstant(ZoneOffset.UTC)).orElse(null);
            if (end != null && end.isAfter(now) && (until == null || end.isAfter(until))) {
                until = end;
            }
        }
        return Optional.ofNullable(until);
    }

    /**
     * Counts a failure of every subject (account and address), in a transaction of its own so that it
     * stays counted whatever the caller does next.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Failure recordFailure(Collection<@Nullable String> subjects) {
        Instant now = clock.instant();
        Instant lockedUntil = null;
        int triesLeft = ACCOUNT_FAILURES;
        for (String subject : subjects) {
            if (subject == null) {
                continue;
            }
            boolean address = subject.startsWith("address:");
            Row row = fail(subject, address ? ADDRESS_FAILURES : ACCOUNT_FAILURES, now);
            if (row.lockedUntil() != null && (lockedUntil == null || row.lockedUntil().isAfter(lockedUntil))) {
                lockedUntil = row.lockedUntil();
            }
            if (!address) {
                triesLeft = Math.min(triesLeft, ACCOUNT_FAILURES - row.failures());
            }
        }
        return new Failure(lockedUntil, lockedUntil != null ? 0 : triesLeft);
    }

    /** What a failure led to: a lock (until when), or how many tries the account has left. */
    public record Failure(@Nullable Instant lockedUntil, int triesLeft) {

        public Optional<Instant> locked() {
            return Optional.ofNullable(lockedUntil);
        }
    }

    /** How many more failures an account may have before it locks. */
    @Transactional(readOnly = true)
    public int triesLeft(String accountSubject) {
        int failures = jdbc.sql("select failures from login_throttle where subject = :s").param("s", accountSubject)
                .query(Integer.class).optional().orElse(0);
        return ACCOUNT_FAILURES - failures;
    }

    /** The right secret: the account starts again from nothing. The address keeps its count. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordSuccess(String accountSubject) {
        jdbc.sql("delete from login_throttle where subject = :s").param("s", accountSubject).update();
    }

    /** The subject's row after this failure. */
    private Row fail(String subject, int threshold, Instant now) {
        LocalDateTime at = utc(now);
        // The row is made first (a no-op when it exists), then locked, so concurrent failures count one by one.
        jdbc.sql("insert ignore into login_throttle (subject, failures, lock_rounds, locked_until, last_failure_at)"
                + " values (:s, 0, 0, null, :at)").param("s", subject).param("at", at).update();
        Row row = jdbc.sql("select failures, lock_rounds, locked_until, last_failure_at from login_throttle"
                + " where subject = :s for update").param("s", subject)
                .query((rs, n) -> new Row(rs.getInt(1), rs.getInt(2),
                        instant(rs.getObject(3, LocalDateTime.class)), instant(rs.getObject(4, LocalDateTime.class))))
                .single();
        if (row.lockedUntil() != null && row.lockedUntil().isAfter(now)) {
            return row;
        }
        Duration quiet = Duration.between(row.lastFailureAt(), now);
        int failures = (quiet.compareTo(FORGET_FAILURES) > 0 ? 0 : row.failures()) + 1;
        int rounds = quiet.compareTo(FORGET_ROUNDS) > 0 ? 0 : row.lockRounds();
        Instant until = null;
        if (failures >= threshold) {
            until = now.plus(lockFor(rounds + 1));
            rounds++;
            failures = 0;
            log.warn("Login throttle: " + subject + " locked until " + until + " after " + threshold
                    + " failures (lock " + rounds + ")");
        }
        jdbc.sql("update login_throttle set failures = :f, lock_rounds = :r, locked_until = :u, last_failure_at = :at"
                + " where subject = :s").param("f", failures).param("r", rounds)
                .param("u", until == null ? null : utc(until)).param("at", at).param("s", subject).update();
        return new Row(failures, rounds, until, now);
    }

    /** 15 min, 30 min, 1 h, 2 h, then 4 h for every further lock. */
    static Duration lockFor(int round) {
        Duration lock = FIRST_LOCK.multipliedBy(1L << Math.min(round - 1, 10));
        return lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock;
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static @Nullable Instant instant(@Nullable LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }

    private record Row(int failures, int lockRounds, @Nullable Instant lockedUntil, Instant lastFailureAt) {}
}
