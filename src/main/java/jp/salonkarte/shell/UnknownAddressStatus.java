package jp.salonkarte.shell;

import java.io.IOException;

import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An address that is no screen of the app answers 404 (DD033). Vaadin serves the same page for
 * every address and finds the screen in the browser, where {@link NotFoundView} then shows "not
 * found": this filter looks the address up in Vaadin's route registry first and sets the page
 * response's status. Vaadin's own eager first-view rendering would do the same but breaks lazy
 * data components (grids stay empty; vaadin/flow#6946), so it stays off.
 */
@Configuration
class UnknownAddressStatus {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> unknownAddressStatusFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Filter());
        registration.addUrlPatterns("/*");
        // After Spring Security: a visitor who may not see a screen still goes to the login first.
        registration.setOrder(Ordered.LOWEST_PRECEDENCE);
        return registration;
    }

    static final class Filter extends OncePerRequestFilter {

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
            String last = path.substring(path.lastIndexOf('/') + 1);
            return !"GET".equals(request.getMethod())
                    // Vaadin's own requests (UIDL, heartbeat, push, uploads) and files: not pages.
                    || request.getParameter("v-r") != null || path.startsWith("/VAADIN/")
                    || path.startsWith("/api/") || path.startsWith("/photos/") || last.contains(".");
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String path = (request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo()))
                    .replaceAll("^/+|/+$", "");
            boolean known = ApplicationRouteRegistry.getInstance(new VaadinServletContext(request.getServletContext()))
                    .getNavigationRouteTarget(path).hasTarget();
            if (!known) {
                response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            }
            chain.doFilter(request, response);
        }
    }
}
