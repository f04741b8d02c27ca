package jp.salonkarte.security;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import org.springframework.stereotype.Component;

/**
 * Keeps a locked iPad on its kiosk page (DD024): a listener on every UI, run before any view is
 * entered (a link, the browser's back, a reload, a typed address), forwards every navigation that
 * is not the kiosk page back to it while the session holds a {@link KioskLock}. The staff view is
 * never created, so no staff data is sent to the browser.
 */
@Component
class KioskGuard implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> e.getUI().addBeforeEnterListener(KioskGuard::keepOnKiosk));
    }

    static void keepOnKiosk(BeforeEnterEvent event) {
        KioskLock.current().ifPresent(lock -> {
            if (!event.getLocation().getPath().equals(lock.path())) {
                event.forwardTo(lock.path());
            }
        });
    }
}
