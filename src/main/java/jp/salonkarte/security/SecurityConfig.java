package jp.salonkarte.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import jp.salonkarte.store.LoginThrottle;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Vaadin's security configurer with our login view; views and services declare their roles (DD038);
 * the response headers of DD033.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    /**
     * What the pages may load (DD033). Vaadin's bootstrap page carries inline scripts and its
     * components set inline styles, hence 'unsafe-inline' for both; Flow's client runs the JavaScript
     * the server sends ({@code executeJs}, component attach) through {@code new Function}, hence
     * 'unsafe-eval' (without it the login page stays blank). Everything else comes from this origin.
     * Photos and drawings are blob:/data: URLs; push is a WebSocket to this origin. Frames: only our
     * own pages may frame us (the consent viewer shows a signed PDF in an iframe of ours).
     */
    static final String CSP = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self' ws: wss:; media-src 'self' blob:; worker-src 'self' blob:; "
            + "frame-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'self'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, LoginThrottle throttle) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/icons/**", "/manifest.webmanifest",
                "/sw.js", "/offline.html", "/images/**").permitAll()
                // Karte photos: any logged-in staff member (share links for customers come later).
                .requestMatchers("/photos/**").authenticated());
        http.headers(headers -> headers
                // Signed consent PDFs are shown in an iframe of our own page (consent viewer): same origin only.
                .frameOptions(frame -> frame.sameOrigin())
                // Booking manage links carry their token in the address: it never leaves for another site.
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .contentSecurityPolicy(csp -> csp.policyDirectives(CSP)));
        // Password guessing (DD039): a locked account or address is refused before its password is checked.
        http.addFilterBefore(new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class);
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView("/login", "/login")
                // Addresses that match no rule reach the Vaadin servlet, whose navigation access control
                // checks every route's own annotation; an unknown address then gets our 404 page, not a 403.
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::permitAll));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
