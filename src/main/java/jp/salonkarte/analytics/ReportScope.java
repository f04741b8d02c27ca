package jp.salonkarte.analytics;

import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import jp.salonkarte.base.Actor;

/**
 * Whose figures a report shows: a store's, or one staff member's own ({@code staffId}). Owners and
 * managers see their store and any stylist in it; a STAFF member sees their own figures only
 * (issue 14) — {@link #check} refuses anything else, whatever screen asked.
 */
public record ReportScope(long storeId, @Nullable Long staffId) {

    public static ReportScope store(long storeId) {
        return new ReportScope(storeId, null);
    }

    public static ReportScope staff(long storeId, long staffId) {
        return new ReportScope(storeId, staffId);
    }

    /** The widest scope the logged-in staff member may see: the store, or for STAFF their own figures. */
    public static ReportScope forCurrentStaff() {
        Actor actor = Actor.current().orElseThrow(() -> new AccessDeniedException("no staff logged in"));
        return seesStore() ? store(actor.storeId()) : staff(actor.storeId(), actor.staffId());
    }

    /** Whether the caller may see a whole store's figures (owner, manager, or a system job). */
    public static boolean seesStore() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().map(Object::toString)
                .anyMatch(a -> a.equals("ROLE_OWNER") || a.equals("ROLE_MANAGER") || a.equals("ROLE_SYSTEM"));
    }

    /** Refuses a scope outside the caller's store, and for STAFF anyone's figures but their own. */
    void check() {
        Optional<Actor> actor = Actor.current();
        if (actor.isEmpty()) {
            if (!seesStore()) {
                throw new AccessDeniedException("reports need a logged-in staff member");
            }
            return;
        }
        if (actor.get().storeId() != storeId) {
            throw new AccessDeniedException("another store's figures");
        }
        if (!seesStore() && (staffId == null || staffId != actor.get().staffId())) {
            throw new AccessDeniedException("staff see their own figures only");
        }
    }

    /** Refuses another store's data to a logged-in staff member of any role (system jobs pass). */
    static void checkStore(long storeId) {
        Actor.current().filter(a -> a.storeId() != storeId).ifPresent(a -> {
            throw new AccessDeniedException("another store's customers");
        });
    }
}
