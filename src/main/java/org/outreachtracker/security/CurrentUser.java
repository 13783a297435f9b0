package org.outreachtracker.security;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in user, for services and views. Desk countries are read from the database on
 * each call, so a desk change made by an administrator applies at once.
 */
@Component
public class CurrentUser {

    private final AuthenticationContext authenticationContext;
    private final UserAccountRepository accounts;

    CurrentUser(AuthenticationContext authenticationContext, UserAccountRepository accounts) {
        this.authenticationContext = authenticationContext;
        this.accounts = accounts;
    }

    /** The signed-in user, or empty for an anonymous request or the system itself. */
    public Optional<SignedInUser> get() {
        return principal().map(AccountPrincipal::toSignedInUser);
    }

    /** The signed-in user; refuses access when there is none. */
    public SignedInUser require() {
        return get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }

    public boolean hasRole(Role role) {
        return get().map(user -> user.hasRole(role)).orElse(false);
    }

    /** The ids of the countries on the signed-in user's desk (empty if none). */
    @Transactional(readOnly = true)
    public Set<Long> deskCountryIds() {
        return get().flatMap(user -> accounts.findById(user.id()))
                .map(UserAccount::getDeskCountryIds)
                .orElse(Set.of());
    }

    /**
     * The desk rule for the signed-in user: a manager works on every country, a desk officer on
     * the countries on their desk (read from the database, so an administrator's change applies
     * at once).
     */
    @Transactional(readOnly = true)
    public DeskRule desk() {
        return hasRole(Role.MANAGER) ? DeskRule.manager() : new DeskRule(false, deskCountryIds());
    }

    /** Whether the signed-in user must choose a new password before doing anything else. */
    @Transactional(readOnly = true)
    public boolean passwordChangeRequired() {
        return get().flatMap(user -> accounts.findById(user.id()))
                .map(UserAccount::isPasswordChangeRequired)
                .orElse(false);
    }

    /** Whether the signed-in user's account still exists and is not deactivated. */
    @Transactional(readOnly = true)
    public boolean accountActive() {
        return get().flatMap(user -> accounts.findById(user.id())).map(UserAccount::isEnabled).orElse(false);
    }

    /** Signs the user out: the session is invalidated and the browser goes to the sign-in page. */
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
