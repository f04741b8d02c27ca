package jp.salonkarte.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jp.salonkarte.base.Access;
import jp.salonkarte.base.UserMessageException;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Staff records, their passwords and PINs, and the PIN check of the shared iPad. */
@Service
public class StaffService {

    private static final Log log = LogFactory.getLog(StaffService.class);

    public static final int PASSWORD_MIN_LENGTH = 8;

    private final StaffRepository staff;
    private final PasswordEncoder encoder;
    private final LoginThrottle throttle;

    StaffService(StaffRepository staff, PasswordEncoder encoder, LoginThrottle throttle) {
        this.staff = staff;
        this.encoder = encoder;
        this.throttle = throttle;
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
                old.passwordHash(), old.pinHash(), draft.role(), draft.color(), draft.active(), old.version());
        return staff.save(updated.withSecrets(hash(password, PASSWORD_MIN_LENGTH), hashPin(pin)));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    Staff createUnchecked(StaffDraft draft, long storeId, @Nullable String password, @Nullable String pin) {
        Staff created = new Staff(null, storeId, draft.familyName().strip(), draft.givenName().strip(),
                draft.familyNameKana().strip(), draft.givenNameKana().strip(), normalizeEmail(draft.email()),
                hash(password, PASSWORD_MIN_LENGTH), hashPin(pin), draft.role(), draft.color(), draft.active(), 0);
        return staff.save(created);
    }

    /**
     * Checks a PIN typed on the shared iPad at {@code clientAddress}. Brute force is held back by the
     * {@link LoginThrottle} (DD039): five wrong tries lock that staff member's PIN, twenty from one
     * address lock the address; while locked even the right PIN is refused without being checked.
     */
    @Access.Kiosk
    @Transactional(noRollbackFor = RuntimeException.class)
    public PinCheck checkPin(long staffId, String pin, @Nullable String clientAddress) {
        Staff s = staff.findById(staffId).filter(Staff::active).orElseThrow();
        List<@Nullable String> subjects = java.util.Arrays.asList(LoginThrottle.pin(staffId),
                LoginThrottle.address(clientAddress));
        Optional<Instant> locked = throttle.lockedUntil(subjects);
        if (locked.isPresent()) {
            log.warn("PIN of staff " + staffId + " tried while locked, from " + clientAddress);
            return new PinCheck(PinCheck.Outcome.LOCKED, null, 0, locked.get());
        }
        if (s.pinHash() == null) {
            return new PinCheck(PinCheck.Outcome.NO_PIN, null, 0, null);
        }
        if (pin != null && pin.matches(Staff.PIN_PATTERN) && encoder.matches(pin, s.pinHash())) {
            throttle.recordSuccess(LoginThrottle.pin(staffId));
            return new PinCheck(PinCheck.Outcome.OK, s, PinCheck.MAX_ATTEMPTS, null);
        }
        log.warn("Wrong PIN for staff " + staffId + " from " + clientAddress);
        LoginThrottle.Failure failure = throttle.recordFailure(subjects);
        if (failure.lockedUntil() != null) {
            return new PinCheck(PinCheck.Outcome.LOCKED, null, 0, failure.lockedUntil());
        }
        return new PinCheck(PinCheck.Outcome.WRONG, null, failure.triesLeft(), null);
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
