package org.outreachtracker.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategy;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.outreachtracker.account.CurrentUser;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Work a user's action sets off (telling other people of a saved meeting) runs under the system's
 * identity even though the user's own sign-in sits in the Vaadin session, which Vaadin's strategy
 * reads first; afterwards the user is back.
 */
class SystemAccessTest {

    private final VaadinAwareSecurityContextHolderStrategy strategy = new VaadinAwareSecurityContextHolderStrategy();

    @AfterEach
    void leaveTheSession() {
        CurrentInstance.clearAll();
        strategy.clearContext();
    }

    @Test
    void workStartedInAUsersVaadinSessionRunsAsTheSystemAndTheUserIsBackAfterwards() {
        VaadinSession session = officersSession();
        VaadinSession.setCurrent(session);
        var access = new SystemAccess(
                username -> {
                    throw new UsernameNotFoundException(username);
                },
                new StaticListableBeanFactory(Map.of("strategy", strategy))
                        .getBeanProvider(SecurityContextHolderStrategy.class));

        String inside =
                access.asSystem(() -> strategy.getContext().getAuthentication().getName());

        assertThat(inside).isEqualTo(CurrentUser.SYSTEM_NAME);
        assertThat(VaadinSession.getCurrent()).isSameAs(session);
        assertThat(strategy.getContext().getAuthentication().getName()).isEqualTo("officer");
    }

    private static VaadinSession officersSession() {
        var officer = new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(
                "officer", null, List.of(new SimpleGrantedAuthority("ROLE_DESK_OFFICER"))));
        WrappedSession httpSession = mock(WrappedSession.class);
        when(httpSession.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY))
                .thenReturn(officer);
        VaadinSession session = mock(VaadinSession.class);
        when(session.getSession()).thenReturn(httpSession);
        return session;
    }
}
