package org.outreachtracker.security;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.outreachtracker.account.CurrentUser;
import org.outreachtracker.account.ui.ChangePasswordView;
import org.outreachtracker.account.ui.SecondFactorView;
import org.outreachtracker.security.ui.LoginView;
import org.outreachtracker.security.ui.SecondFactorCodeView;
import org.springframework.stereotype.Component;

/**
 * A session part-way through signing in (password right, second factor to come) is taken to the
 * code page, or to setting up an authenticator app, whatever it tries to open; only the sign-in
 * page stays open to it (its services refuse it anyway: it holds no role). A user whose password must be changed (a new account, a reset, the first administrator)
 * is taken to the change-password page whatever they try to open, until it is done. A user
 * whose account was deactivated while signed in gets the sign-in page instead of their next
 * page, and their session ends. Error pages are left out of the account checks, which read the
 * database: when the database cannot be reached, the error page is what says so.
 */
@Component
class PasswordChangeGuard implements VaadinServiceInitListener {

    private final CurrentUser currentUser;
    private final SessionIdentity session;

    PasswordChangeGuard(CurrentUser currentUser, SessionIdentity session) {
        this.currentUser = currentUser;
        this.session = session;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiEvent -> uiEvent.getUI().addBeforeEnterListener(this::check));
    }

    void check(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target == LoginView.class) {
            return;
        }
        if (session.codeRequired()) {
            if (target != SecondFactorCodeView.class) {
                event.forwardTo(SecondFactorCodeView.class);
            }
            return;
        }
        if (session.enrolmentRequired()) {
            if (target != SecondFactorView.class) {
                event.forwardTo(SecondFactorView.class);
            }
            return;
        }
        if (target == ChangePasswordView.class) {
            return;
        }
        // An error page shows no records, and must open when the database cannot be reached, to
        // say so (the account check below reads the database); the next page is checked again.
        if (HasErrorParameter.class.isAssignableFrom(target)) {
            return;
        }
        if (currentUser.get().isEmpty()) {
            return;
        }
        if (!currentUser.accountActive()) {
            event.forwardTo(LoginView.class);
            session.endSessionOfDeactivatedAccount();
            return;
        }
        if (currentUser.passwordChangeRequired()) {
            event.forwardTo(ChangePasswordView.class);
        }
    }
}
