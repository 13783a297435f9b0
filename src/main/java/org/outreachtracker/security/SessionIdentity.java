package org.outreachtracker.security;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.outreachtracker.account.SecondFactorSignIn;
import org.outreachtracker.account.SignInAccount;
import org.outreachtracker.account.SignInAccounts;
import org.outreachtracker.account.SignedInIdentity;
import org.outreachtracker.account.SignedInUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Who is signed in, read from Spring Security's context, and the ways a session ends from the
 * user interface: signing out, signing out after idle time, and ending the session of an account
 * deactivated meanwhile; and the second step of signing in (the code from an authenticator app,
 * or setting one up), which ends with the person signed in with their roles.
 */
@Component
public class SessionIdentity implements SignedInIdentity {

    private final AuthenticationContext authenticationContext;
    private final ObjectProvider<SecondFactorSignIn> secondFactors;
    private final ObjectProvider<SignInAccounts> accounts;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SessionIdentity(
            AuthenticationContext authenticationContext,
            ObjectProvider<SecondFactorSignIn> secondFactors,
            ObjectProvider<SignInAccounts> accounts) {
        this.authenticationContext = authenticationContext;
        this.secondFactors = secondFactors;
        this.accounts = accounts;
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
    public Optional<SignedInUser> enrolling() {
        return inProgress(SignInInProgress.Step.ENROLMENT).map(SessionIdentity::withoutRoles);
    }

    /** Whether this session is part-way through signing in and a code from the authenticator app comes next. */
    public boolean codeRequired() {
        return inProgress(SignInInProgress.Step.CODE).isPresent();
    }

    /** Whether this session is part-way through signing in and setting up an authenticator app comes next. */
    public boolean enrolmentRequired() {
        return inProgress(SignInInProgress.Step.ENROLMENT).isPresent();
    }

    /** The name of the person part-way through signing in, whatever comes next. */
    public Optional<String> signingInAs() {
        return Stream.of(SignInInProgress.Step.values())
                .map(SessionIdentity::inProgress)
                .flatMap(Optional::stream)
                .findFirst()
                .map(SessionIdentity::withoutRoles)
                .map(SignedInUser::displayName);
    }

    /**
     * The code step of signing in: checks a code from the authenticator app (or, with
     * {@code recoveryCode}, one of the recovery codes) of the account whose password was right
     * ({@link SecondFactorSignIn}: lockout, audit, each code once). When it is accepted the person
     * is signed in with their roles: a new authentication, saved in the session, under a new
     * session id. {@link SecondFactorSignIn.Outcome#REFUSED} when this session is not at that step.
     */
    public SecondFactorSignIn.Outcome verifySecondFactor(String code, boolean recoveryCode) {
        Optional<SignInInProgress> pending = inProgress(SignInInProgress.Step.CODE);
        if (pending.isEmpty()) {
            return SecondFactorSignIn.Outcome.REFUSED;
        }
        long id = pending.get().person().id();
        String address = SecurityEvents.sourceAddress(pending.get());
        SecondFactorSignIn signIn = secondFactors.getObject();
        SecondFactorSignIn.Outcome outcome =
                recoveryCode ? signIn.useRecoveryCode(id, code, address) : signIn.verifyCode(id, code, address);
        if (outcome == SecondFactorSignIn.Outcome.ACCEPTED && !signInFully(pending.get())) {
            return SecondFactorSignIn.Outcome.REFUSED;
        }
        return outcome;
    }

    @Override
    public boolean finishSignInAfterEnrolment() {
        Optional<SignInInProgress> pending = inProgress(SignInInProgress.Step.ENROLMENT);
        if (pending.isEmpty()
                || !secondFactors.getObject().enrolled(pending.get().person().id())) {
            return false;
        }
        return signInFully(pending.get());
    }

    /**
     * Replaces the part-way authentication with the account's full one, made from the account as
     * it is now (an active account only), keeps it in the session and changes the session id.
     */
    private boolean signInFully(SignInInProgress pending) {
        Optional<SignInAccount> account = accounts.getObject()
                .find(pending.person().username())
                .filter(found -> found.id() == pending.person().id() && found.enabled());
        if (account.isEmpty()) {
            return false;
        }
        AccountPrincipal principal = AccountPrincipal.of(account.get(), false);
        var full = UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        full.setDetails(pending.getDetails());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(full);
        SecurityContextHolder.setContext(context);
        if (VaadinRequest.getCurrent() instanceof VaadinServletRequest request
                && VaadinResponse.getCurrent() instanceof VaadinServletResponse response) {
            HttpServletRequest http = request.getHttpServletRequest();
            if (http.getSession(false) != null) {
                http.changeSessionId();
            }
            contexts.saveContext(context, http, response.getHttpServletResponse());
        }
        return true;
    }

    private static Optional<SignInInProgress> inProgress(SignInInProgress.Step step) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof SignInInProgress pending && pending.step() == step) {
            return Optional.of(pending);
        }
        return Optional.empty();
    }

    private static SignedInUser withoutRoles(SignInInProgress pending) {
        var person = pending.person();
        return new SignedInUser(person.id(), person.username(), person.displayName(), Set.of());
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
