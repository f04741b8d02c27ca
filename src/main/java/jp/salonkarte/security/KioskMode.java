package jp.salonkarte.security;

import org.springframework.stereotype.Component;

/**
 * Whether the current call comes from a browser session in customer mode (DD024): read by the
 * service access rules ({@code @kioskMode.active()} in {@link jp.salonkarte.base.Access}), so a
 * customer holding the iPad can reach no staff service, whatever the screen.
 */
@Component("kioskMode")
public class KioskMode {

    public boolean active() {
        return KioskLock.current().isPresent();
    }
}
