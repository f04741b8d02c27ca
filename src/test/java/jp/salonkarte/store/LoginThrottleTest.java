package jp.salonkarte.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jp.salonkarte.IntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The brute-force arithmetic of DD039 against the real table: an attacker who guesses as fast as the
 * throttle lets them, for a whole day, gets nowhere near the 10,000 four-digit PINs.
 */
@IntegrationTest
class LoginThrottleTest {

    @Autowired JdbcClient jdbc;

    /** A clock the test moves: the attacker waits out every lock to the millisecond. */
    static final class MovingClock extends Clock {
        Instant now = Instant.parse("2026-12-02T23:00:00Z");

        @Override public ZoneId getZone() { return ZoneId.of("Asia/Tokyo"); }
        @Override public Clock withZone(ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    }

    /** Guesses for 24 hours with {@code subjects(n)} for the n-th guess; returns how many were checked. */
    private static int guessForADay(LoginThrottle throttle, MovingClock clock, java.util.function.IntFunction<List<String>> subjects) {
        Instant end = clock.now.plus(Duration.ofDays(1));
        int checked = 0;
        while (clock.now.isBefore(end)) {
            List<String> these = subjects.apply(checked);
            Optional<Instant> locked = throttle.lockedUntil(these);
            if (locked.isPresent()) {
                clock.now = locked.get();
                continue;
            }
            checked++;
            throttle.recordFailure(these);
            clock.now = clock.now.plusMillis(200);
        }
        return checked;
    }

    @Test
    void oneStaffPinFromManyAddressesGetsFiftyOddGuessesADayNotTenThousand() {
        MovingClock clock = new MovingClock();
        LoginThrottle throttle = new LoginThrottle(jdbc, clock);
        // A different address for every guess (a botnet): only the account's own lock holds them back.
        int checked = guessForADay(throttle, clock,
                n -> Arrays.asList(LoginThrottle.pin(900_001), LoginThrottle.address("198.51.100." + (n % 250) + "." + n)));

        // 15 min, 30 min, 1 h, 2 h, then 4 h locks after every 5 failures: at most 11 rounds in 24 h.
        assertThat(checked).isLessThanOrEqualTo(55).isGreaterThanOrEqualTo(5);
    }

    @Test
    void oneAddressAgainstEveryStaffPinGetsAFewHundredGuessesADay() {
        MovingClock clock = new MovingClock();
        LoginThrottle throttle = new LoginThrottle(jdbc, clock);
        // One iPad, a new staff member for every guess: only the address's lock holds it back.
        int checked = guessForADay(throttle, clock,
                n -> Arrays.asList(LoginThrottle.pin(910_000 + n), LoginThrottle.address("198.51.100.7")));

        assertThat(checked).isLessThanOrEqualTo(11 * LoginThrottle.ADDRESS_FAILURES).isLessThan(10_000);
    }

    @Test
    void locksGrowAndASuccessStartsTheAccountAgain() {
        MovingClock clock = new MovingClock();
        LoginThrottle throttle = new LoginThrottle(jdbc, clock);
        String account = LoginThrottle.password("Guessed@Example.com ");
        List<String> subjects = Arrays.asList(account, null);
        Optional<Instant> first = Optional.empty();
        for (int i = 0; i < LoginThrottle.ACCOUNT_FAILURES; i++) {
            first = throttle.recordFailure(subjects).locked();
        }
        assertThat(first).hasValue(clock.now.plus(Duration.ofMinutes(15)));
        assertThat(throttle.lockedUntil(List.of(LoginThrottle.password("guessed@example.com")))).isEqualTo(first);

        clock.now = first.orElseThrow();
        Optional<Instant> second = Optional.empty();
        for (int i = 0; i < LoginThrottle.ACCOUNT_FAILURES; i++) {
            second = throttle.recordFailure(subjects).locked();
        }
        assertThat(second).hasValue(clock.now.plus(Duration.ofMinutes(30)));

        clock.now = second.orElseThrow();
        throttle.recordSuccess(account);
        assertThat(throttle.triesLeft(account)).isEqualTo(LoginThrottle.ACCOUNT_FAILURES);
        for (int i = 0; i < LoginThrottle.ACCOUNT_FAILURES - 1; i++) {
            assertThat(throttle.recordFailure(subjects).triesLeft()).isEqualTo(LoginThrottle.ACCOUNT_FAILURES - 1 - i);
        }
        assertThat(throttle.recordFailure(subjects).locked()).as("after a success the locks start small again")
                .hasValue(clock.now.plus(Duration.ofMinutes(15)));
    }

    @Test
    void theLockLengthDoublesUpToFourHours() {
        assertThat(LoginThrottle.lockFor(1)).isEqualTo(Duration.ofMinutes(15));
        assertThat(LoginThrottle.lockFor(3)).isEqualTo(Duration.ofHours(1));
        assertThat(LoginThrottle.lockFor(5)).isEqualTo(Duration.ofHours(4));
        assertThat(LoginThrottle.lockFor(40)).isEqualTo(Duration.ofHours(4));
    }
}
