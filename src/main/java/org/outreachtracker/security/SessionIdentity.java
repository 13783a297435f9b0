package org.outreachtracker.security;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Optional;
import org.outreachtracker.account.SignedInIdentity;
import org.outreachtracker.account.SignedInUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is signed in, read from Spring Security's context, and the ways a session ends from the
 * user interface: signing out, signing out after idle time, and ending the session of an account
 * deactivated meanwhile.
 */
@Component
public class SessionIdentity implements SignedInIdentity {

    private final AuthenticationContext authenticationContext;

    SessionIdentity(AuthenticationContext authenticationContext) {
        this.authenticationContext = authenticationContext;
    }

    @Override
    public Optional<SignedInUser> get() {
        return principal().map(AccountPrincipal::toSignedInUser);
    }

    @Override
    public SignedInUser require() {
        return get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }

    @Override
    public void signOut() {
        authenticationContext.logout();
    }

    /**
     * Ends the session of a user whose account was deactivated meanwhile: at the end of this
     * request, without a sign-out step (the account can no longer act); recorded as such.
     */
    public void endSessionOfDeactivatedAccount() {
        VaadinSession vaadinSession = VaadinSession.getCurrent();
        if (vaadinSession == null) {
            return;
        }
        WrappedSession session = vaadinSession.getSession();
        if (session != null) {
            session.setAttribute(SessionLifecycle.END_REASON, "Session ended: the account was deactivated");
        }
        // The rest of this request runs as an anonymous visitor (who gets the sign-in page); the
        // session closes once this response is ready, and its HTTP session ends with it.
        SecurityContextHolder.clearContext();
        UI ui = UI.getCurrent();
        if (ui == null) {
            vaadinSession.close();
        } else {
            ui.beforeClientResponse(ui, context -> vaadinSession.close());
        }
    }

    /**
     * Signs the user out because the session was idle too long: recorded as such, and the sign-in
     * page says why.
     */
    public void signOutAfterIdle() {
        VaadinSession vaadinSession = VaadinSession.getCurrent();
        WrappedSession session = vaadinSession == null ? null : vaadinSession.getSession();
        if (session != null) {
            session.setAttribute(SignOutRecorder.IDLE, Boolean.TRUE);
        }
        UI ui = UI.getCurrent();
        authenticationContext.logout();
        if (ui != null) {
            ui.getPage().setLocation(SecurityConfig.LOGIN_PATH.substring(1) + "?timed-out");
        }
    }

    private static Optional<AccountPrincipal> principal() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal p) {
            return Optional.of(p);
        }
        return Optional.empty();
    }
}
