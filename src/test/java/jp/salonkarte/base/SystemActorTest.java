package jp.salonkarte.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;

import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/** System work runs as SYSTEM even inside a Vaadin request whose session holds a staff login. */
class SystemActorTest {

    private final SecurityContextHolderStrategy original = SecurityContextHolder.getContextHolderStrategy();

    @AfterEach
    void restore() {
        VaadinSession.setCurrent(null);
        SecurityContextHolder.setContextHolderStrategy(original);
    }

    @Test
    void insideAVaadinSessionWithAStaffLoginTheCallRunsAsTheSystemAndTheLoginComesBack() {
        SecurityContextHolder.setContextHolderStrategy(new VaadinAwareSecurityContextHolderStrategy());
        SecurityContext staff = new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated("staff", null,
                List.of(new SimpleGrantedAuthority("ROLE_STAFF"))));
        WrappedSession http = mock(WrappedSession.class);
        when(http.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)).thenReturn(staff);
        VaadinSession session = mock(VaadinSession.class);
        when(session.getSession()).thenReturn(http);
        VaadinSession.setCurrent(session);
        assertThat(SecurityContextHolder.getContext().getAuthentication().getName()).isEqualTo("staff");

        String inside = SystemActor.call("test", () -> SecurityContextHolder.getContext().getAuthentication()
                .getAuthorities().iterator().next().getAuthority());

        assertThat(inside).isEqualTo(SystemActor.ROLE);
        assertThat(VaadinSession.getCurrent()).isSameAs(session);
        assertThat(SecurityContextHolder.getContext().getAuthentication().getName()).isEqualTo("staff");
    }
}
