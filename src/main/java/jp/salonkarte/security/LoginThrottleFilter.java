package jp.salonkarte.security;

import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import jp.salonkarte.store.LoginThrottle;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a password login for a locked account or address before the password is checked (DD039):
 * the browser goes back to the login page, which says until when ({@code /login?locked=<epoch second>}).
 */
class LoginThrottleFilter extends OncePerRequestFilter {

    private static final Log log = LogFactory.getLog(LoginThrottleFilter.class);

    private final LoginThrottle throttle;

    LoginThrottleFilter(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String email = request.getParameter("username");
        Optional<Instant> locked = throttle.lockedUntil(Arrays.asList(LoginThrottle.password(email),
                LoginThrottle.address(request.getRemoteAddr())));
        if (locked.isPresent()) {
            log.warn("Login refused while locked: " + LoginThrottle.password(email) + " from " + request.getRemoteAddr());
            response.sendRedirect(request.getContextPath() + "/login?locked=" + locked.get().getEpochSecond());
            return;
        }
        chain.doFilter(request, response);
    }
}
