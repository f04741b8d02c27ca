package jp.salonkarte.security;

import java.util.Optional;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jp.salonkarte.store.Role;
import jp.salonkarte.store.Staff;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/** Who is working the iPad right now; logout, and the quick PIN switch between staff. */
@Component
public class CurrentStaff {

    private final AuthenticationContext authentication;
    private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    CurrentStaff(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    public Optional<StaffPrincipal> get() {
        return authentication.getAuthenticatedUser(StaffPrincipal.class);
    }

    public StaffPrincipal require() {
        return get().orElseThrow(() -> new IllegalStateException("no staff logged in"));
    }

    public boolean hasAnyRole(Role... roles) {
        return authentication.hasAnyRole(java.util.Arrays.stream(roles).map(Role::name).toList());
    }

    public void logout() {
        authentication.logout();
    }

    /**
     * Makes {@code staff} the user of this browser session, after their PIN was checked by
     * {@link jp.salonkarte.store.StaffService#checkPin}. The caller reloads the page.
     */
    public void switchTo(Staff staff) {
        StaffPrincipal principal = StaffPrincipal.of(staff);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        VaadinServletResponse response = VaadinServletResponse.getCurrent();
        if (request != null && response != null) {
            // A new session id for the new person, as at login (DD033): an id seen before the switch
            // cannot ride on the next staff member's login.
            try {
                request.getHttpServletRequest().changeSessionId();
            } catch (UnsupportedOperationException | IllegalStateException notHere) {
                // Browserless test requests cannot change ids; Tomcat always can.
            }
            contexts.saveContext(context, request.getHttpServletRequest(), response.getHttpServletResponse());
        }
    }
}
