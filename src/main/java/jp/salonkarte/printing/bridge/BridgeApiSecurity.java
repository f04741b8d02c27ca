package jp.salonkarte.printing.bridge;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

import jp.salonkarte.printing.BridgeTokens;

/**
 * A security filter chain of its own for {@code /api/bridge/**}, ahead of Vaadin's (DD029): a
 * bridge token as bearer token, no session, no CSRF (no browser, no cookie), no login page —
 * a missing, unknown or revoked token gets 401 with a JSON body saying which, in Japanese.
 * Every other path stays with the Vaadin chain in {@code security.SecurityConfig}.
 */
@Configuration
class BridgeApiSecurity {

    static final String PATH = "/api/bridge/**";

    @Bean
    @Order(1)
    SecurityFilterChain bridgeApiFilterChain(HttpSecurity http, BridgeTokens tokens) throws Exception {
        http.securityMatcher(PATH)
                .authorizeHttpRequests(auth -> auth.anyRequest().hasRole("BRIDGE"))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint((request, response, ex) -> problem(response,
                        HttpServletResponse.SC_UNAUTHORIZED, "token_missing",
                        "ブリッジトークンがありません（--token=… で指定してください）")))
                .addFilterBefore(new BearerTokenFilter(tokens), AuthorizationFilter.class);
        return http.build();
    }

    static void problem(HttpServletResponse response, int status, String error, String message) throws IOException {
        response.setStatus(status);
        if (status == HttpServletResponse.SC_UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        }
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write("{\"error\":\"" + error + "\",\"message\":\"" + message.replace("\"", "'") + "\"}");
    }

    /** Not a bean: Spring Boot would register it for every path. */
    static final class BearerTokenFilter extends OncePerRequestFilter {

        private final BridgeTokens tokens;

        BearerTokenFilter(BridgeTokens tokens) {
            this.tokens = tokens;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String header = request.getHeader("Authorization");
            if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
                chain.doFilter(request, response); // no token: the entry point answers 401
                return;
            }
            BridgeTokens.Authentication auth = tokens.authenticate(header.substring(7).strip());
            switch (auth.check()) {
                case REVOKED -> problem(response, HttpServletResponse.SC_UNAUTHORIZED, "token_revoked",
                        "このブリッジトークンは取り消されています。設定 → プリンター → 印刷ブリッジで新しいトークンを作成し、"
                                + "ブリッジを新しい --token=… で起動し直してください（印刷ジョブはサーバーで待っています）");
                case UNKNOWN -> problem(response, HttpServletResponse.SC_UNAUTHORIZED, "token_unknown",
                        "ブリッジトークンが正しくありません。設定 → プリンター → 印刷ブリッジで作成したトークンを"
                                + " --token=… に指定してください");
                case VALID -> {
                    // Looked up per request: Vaadin installs its own strategy after this filter is built.
                    SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
                    SecurityContext context = contexts.createEmptyContext();
                    context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(auth.principal(), null,
                            List.of(new SimpleGrantedAuthority("ROLE_BRIDGE"))));
                    contexts.setContext(context);
                    try {
                        chain.doFilter(request, response);
                    } finally {
                        contexts.clearContext();
                    }
                }
            }
        }
    }
}
