package jp.salonkarte.security;

import java.io.Serializable;
import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;

import jakarta.servlet.http.HttpSession;

import org.jspecify.annotations.Nullable;

/**
 * The customer kiosk lock (お客様モード, DD024): while an iPad's browser session holds it, every
 * navigation of every tab of that session lands on the kiosk page ({@link KioskGuard}), and staff-only
 * files are refused ({@link KioskRequestFilter}). It lives in the HTTP session, on the server, so a
 * reload, the back swipe or a typed address cannot leave it; only a staff PIN checked on the server
 * removes it.
 *
 * @param path the kiosk route the customer stays on, e.g. {@code consent/kiosk/abc…}
 * @param staffId who handed the iPad over (their PIN unlocks it first)
 * @param returnPath where staff continue after unlocking, e.g. the customer's karte
 */
public record KioskLock(String path, long staffId, long storeId, String returnPath) implements Serializable {

    static final String ATTRIBUTE = KioskLock.class.getName();

    /** The lock of the current Vaadin session, if the iPad is in customer mode. */
    public static Optional<KioskLock> current() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? Optional.empty() : of(session.getSession());
    }

    static Optional<KioskLock> of(@Nullable WrappedSession session) {
        return session != null && session.getAttribute(ATTRIBUTE) instanceof KioskLock lock ? Optional.of(lock)
                : Optional.empty();
    }

    static Optional<KioskLock> of(@Nullable HttpSession session) {
        return session != null && session.getAttribute(ATTRIBUTE) instanceof KioskLock lock ? Optional.of(lock)
                : Optional.empty();
    }

    /**
     * Locks this browser session into the kiosk and sends every other open tab of it there too
     * (with push they follow at once; otherwise on their next request).
     */
    public static void lock(KioskLock lock) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null) {
            throw new IllegalStateException("no Vaadin session");
        }
        session.getSession().setAttribute(ATTRIBUTE, lock);
        UI here = UI.getCurrent();
        for (UI ui : session.getUIs()) {
            if (ui != here) {
                ui.access(() -> ui.navigate(lock.path()));
            }
        }
    }

    /** Ends customer mode; call only after a staff PIN was checked. */
    public static void unlock() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.getSession().removeAttribute(ATTRIBUTE);
        }
    }
}
