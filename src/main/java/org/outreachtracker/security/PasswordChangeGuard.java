package org.outreachtracker.security;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.outreachtracker.account.CurrentUser;
import org.outreachtracker.account.ui.ChangePasswordView;
import org.outreachtracker.security.ui.LoginView;
import org.springframework.stereotype.Component;

/**
 * A user whose password must be changed (a new account, a reset, the first administrator)
 * is taken to the change-password page whatever they try to open, until it is done. A user
 * whose account was deactivated while signed in gets the sign-in page instead of their next
 * page, and their session ends.
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

    private void check(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target == ChangePasswordView.class || target == LoginView.class) {
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
