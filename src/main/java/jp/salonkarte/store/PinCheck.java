package jp.salonkarte.store;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** The answer to a PIN entered on the shared iPad. */
public record PinCheck(Outcome outcome, @Nullable Staff staff, int attemptsLeft, @Nullable Instant lockedUntil) {

    public enum Outcome { OK, WRONG, LOCKED, NO_PIN }

    public static final int MAX_ATTEMPTS = 5;
}
