package jp.salonkarte.store;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** The answer to a PIN entered on the shared iPad. */
public record PinCheck(Outcome outcome, @Nullable Staff staff, int attemptsLeft, @Nullable Instant lockedUntil) {

    public enum Outcome { OK, WRONG, LOCKED, NO_PIN }

    /** Wrong tries before a PIN locks: the throttle's account limit (DD039). */
    public static final int MAX_ATTEMPTS = LoginThrottle.ACCOUNT_FAILURES;
}
