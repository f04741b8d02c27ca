package jp.salonkarte.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jp.salonkarte.base.Access;
import jp.salonkarte.base.UserMessageException;

import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Staff records, their passwords and PINs, and the PIN lockout of the shared iPad. */
@Service
public class StaffService {

    /** How long a staff member's PIN stays locked after {@link PinCheck#MAX_ATTEMPTS} wrong tries. */
    public static final Duration PIN_LOCK = Duration.ofMinutes(5);
    public static final int PASSWORD_MIN_LENGTH = 8;

    private final StaffRepository staff;
    private final PasswordEncoder encoder;
    private final Clock clock;

    StaffService(StaffRepository staff, PasswordEncoder encoder, Clock clock) {
        this.staff = staff;
        this.encoder = encoder;
        this.clock = clock;
    }

    @Access.Kiosk
    @Transactional(readOnly = true)
    public List<Staff> list(long storeId) {
        return staff.findByStoreIdOrderByIdAsc(storeId);
    }

    @Access.Staff
    @Transactional(readOnly = true)
    public Optional<Staff> findByEmail(String email) {
        return staff.findByEmail(email.strip().toLowerCase());
    }

    @Access.Kiosk
    @Transactional(readOnly = true)
    public Optional<Staff> find(long id) {
        return staff.findById(id);
    }

    /**
     * Creates or updates a staff member; a blank password or PIN keeps the old one.
     * The last active owner can be neither demoted nor deactivated.
     */
    @Access.Manager
    @Transactional
    public Staff save(StaffDraft draft, long storeId, @Nullable String password, @Nullable String pin) {
        if (draft.id() == null) {
            return createUnchecked(draft, storeId, password, pin);
        }
        Staff old = staff.findById(draft.id()).orElseThrow();
        boolean losesOwner = old.role() == Role.OWNER && old.active() && (draft.role() != Role.OWNER || !draft.active());
        if (losesOwner && staff.countByStoreIdAndRoleAndActiveTrue(storeId, Role.OWNER) <= 1) {
            throw new LastOwnerException();
        }
        Staff updated = new Staff(old.id(), storeId, draft.familyName().strip(), draft.givenName().strip(),
                draft.familyNameKana().strip(), draft.givenNameKana().strip(), normalizeEmail(draft.email()),
                old.passwordHash(), old.pinHash(), draft.role(), draft.color(), draft.active(),
                old.failedPinAttempts(), old.pinLockedUntil(), old.version());
        return staff.save(updated.withSecrets(hash(password, PASSWORD_MIN_LENGTH), hashPin(pin)));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    Staff createUnchecked(StaffDraft draft, long storeId, @Nullable String password, @Nullable String pin) {
        Staff created = new Staff(null, storeId, draft.familyName().strip(), draft.givenName().strip(),
                draft.familyNameKana().strip(), draft.givenNameKana().strip(), normalizeEmail(draft.email()),
                hash(password, PASSWORD_MIN_LENGTH), hashPin(pin), draft.role(), draft.color(), draft.active(), 0, null,
                0);
        return staff.save(created);
    }

    /** Checks a PIN; five wrong tries in a row lock that staff member's PIN for a while. */
    @Access.Kiosk
    @Transactional(noRollbackFor = RuntimeException.class)
    public PinCheck checkPin(long staffId, String pin) {
        Staff s = staff.findById(staffId).filter(Staff::active).orElseThrow();
        Instant now = clock.instant();
        if (s.pinLockedAt(now)) {
            return new PinCheck(PinCheck.Outcome.LOCKED, null, 0, s.pinLockedUntil());
        }
        if (s.pinHash() == null) {
            return new PinCheck(PinCheck.Outcome.NO_PIN, null, 0, null);
        }
        if (pin != null && pin.matches(Staff.PIN_PATTERN) && encoder.matches(pin, s.pinHash())) {
            Staff reset = staff.save(s.withPinAttempts(0, null));
            return new PinCheck(PinCheck.Outcome.OK, reset, PinCheck.MAX_ATTEMPTS, null);
        }
        int attempts = s.pinLockedUntil() != null ? 1 : s.failedPinAttempts() + 1;
        if (attempts >= PinCheck.MAX_ATTEMPTS) {
            Instant until = now.plus(PIN_LOCK);
            staff.save(s.withPinAttempts(attempts, until));
            return new PinCheck(PinCheck.Outcome.LOCKED, null, 0, until);
        }
        staff.save(s.withPinAttempts(attempts, null));
        return new PinCheck(PinCheck.Outcome.WRONG, null, PinCheck.MAX_ATTEMPTS - attempts, null);
    }

    private @Nullable String hash(@Nullable String secret, int minLength) {
        if (secret == null || secret.isEmpty()) {
            return null;
        }
        if (secret.length() < minLength) {
            throw new IllegalArgumentException("password too short");
        }
        return encoder.encode(secret);
    }

    private @Nullable String hashPin(@Nullable String pin) {
        if (pin == null || pin.isEmpty()) {
            return null;
        }
        if (!pin.matches(Staff.PIN_PATTERN)) {
            throw new IllegalArgumentException("PIN must be 4 to 6 digits");
        }
        return encoder.encode(pin);
    }

    private static @Nullable String normalizeEmail(@Nullable String email) {
        return email == null || email.isBlank() ? null : email.strip().toLowerCase();
    }

    /** Thrown when a change would leave the store without an active owner. */
    public static class LastOwnerException extends UserMessageException {
        LastOwnerException() {
            super("validation.last-owner");
        }
    }
}
