package jp.salonkarte.base;

import java.util.List;
import java.util.function.Supplier;

import com.vaadin.flow.server.VaadinSession;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Runs work that no staff member does by hand — scheduled mail, the print queue, nightly sweeps, and
 * what the public booking page asks of the staff services — as a named system actor with the role
 * SYSTEM (DD038), so those services keep one rule ({@link Access}) for every caller. The previous
 * security context of the thread is restored afterwards.
 */
public final class SystemActor {

    /** The role system jobs hold. */
    public static final String ROLE = "ROLE_SYSTEM";

    private SystemActor() {
    }

    public static void run(String name, Runnable work) {
        call(name, () -> {
            work.run();
            return null;
        });
    }

    public static <T> T call(String name, Supplier<T> work) {
        SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
        SecurityContext previous = holder.getContext();
        // Inside a Vaadin request, Vaadin's holder strategy answers with the context kept in the
        // Vaadin session before the thread's own one: the session steps aside for the call.
        VaadinSession session = VaadinSession.getCurrent();
        VaadinSession.setCurrent(null);
        SecurityContext system = holder.createEmptyContext();
        // A token that is authenticated (isAuthenticated() holds) yet names no staff member: who did a
        // thing is then recorded as "the system" (no staff id), never as someone who was not there.
        system.setAuthentication(new SystemAuthentication(name));
        holder.setContext(system);
        try {
            return work.get();
        } finally {
            VaadinSession.setCurrent(session);
            if (previous == null || previous.getAuthentication() == null) {
                holder.clearContext();
            } else {
                holder.setContext(previous);
            }
        }
    }

    /** Whether the current thread runs as a system actor. */
    public static boolean active() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof SystemAuthentication;
    }

    /** The system actor's authentication: role SYSTEM, principal its name. */
    static final class SystemAuthentication extends AbstractAuthenticationToken {
        private final String name;

        SystemAuthentication(String name) {
            super(List.of(new SimpleGrantedAuthority(ROLE)));
            this.name = "system:" + name;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public Object getPrincipal() {
            return name;
        }
    }
}
