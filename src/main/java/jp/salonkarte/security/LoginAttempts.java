package jp.salonkarte.security;

import java.util.Arrays;

import jp.salonkarte.store.LoginThrottle;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Counts password logins for the {@link LoginThrottle} (DD039) and logs the failures. */
@Component
class LoginAttempts {

    private static final Log log = LogFactory.getLog(LoginAttempts.class);

    private final LoginThrottle throttle;

    LoginAttempts(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        Authentication attempt = event.getAuthentication();
        String address = address(attempt);
        log.warn("Login failed: " + LoginThrottle.password(attempt.getName()) + " from " + address);
        throttle.recordFailure(Arrays.asList(LoginThrottle.password(attempt.getName()), LoginThrottle.address(address)));
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof StaffPrincipal staff) {
            throttle.recordSuccess(LoginThrottle.password(staff.getUsername()));
        }
    }

    private static @Nullable String address(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }
}
