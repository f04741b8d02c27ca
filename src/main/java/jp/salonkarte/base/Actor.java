package jp.salonkarte.base;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The staff member a call is made for (DD038): who did it (their staff id, recorded wherever a
 * change is recorded) and the store they work in (which every store-scoped service uses, never
 * "the first store"). The logged-in staff principal is one; system jobs ({@link SystemActor}) and
 * anonymous visitors have none.
 */
public interface Actor {

    long staffId();

    long storeId();

    /** The actor of the current thread's security context, if a staff member is logged in. */
    static Optional<Actor> current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof Actor actor
                ? Optional.of(actor) : Optional.empty();
    }

    /** The current actor's staff id, or {@code null} for system jobs and anonymous callers. */
    static Long currentStaffId() {
        return current().map(Actor::staffId).orElse(null);
    }
}
