package org.outreachtracker.security;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.SessionDestroyEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.WrappedSession;
import org.outreachtracker.account.SecurityProperties;
import org.outreachtracker.security.ui.IdleSessionTimer;
import org.outreachtracker.security.ui.LoginView;
import org.springframework.stereotype.Component;

/**
 * Ends idle sessions. Each page of a signed-in user gets an {@link IdleSessionTimer}, which
 * warns before the idle limit and signs out at it. Heartbeats do not keep a session alive
 * ({@code vaadin.closeIdleSessions=true}): when Vaadin closes an idle session, the HTTP session
 * (and so the sign-in) ends with it.
 */
@Component
class IdleSessionInstaller implements VaadinServiceInitListener {

    private final SessionIdentity currentUser;
    private final SecurityProperties.Session sessionRules;

    IdleSessionInstaller(SessionIdentity currentUser, SecurityProperties properties) {
        this.currentUser = currentUser;
        this.sessionRules = properties.session();
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiEvent -> {
            UI ui = uiEvent.getUI();
            ui.addBeforeEnterListener(enter -> install(ui, enter));
        });
        event.getSource().addSessionDestroyListener(IdleSessionInstaller::endHttpSession);
    }

    private void install(UI ui, BeforeEnterEvent event) {
        if (event.getNavigationTarget() == LoginView.class
                || currentUser.get().isEmpty()
                || ui.getChildren().anyMatch(IdleSessionTimer.class::isInstance)) {
            return;
        }
        ui.add(new IdleSessionTimer(sessionRules, currentUser));
    }

    /**
     * A Vaadin session closed by Vaadin itself (idle too long) takes its HTTP session along. When
     * the HTTP session ended first, Vaadin no longer holds it and there is nothing to do.
     */
    private static void endHttpSession(SessionDestroyEvent event) {
        WrappedSession session = event.getSession().getSession();
        if (session == null) {
            return;
        }
        try {
            session.invalidate();
        } catch (RuntimeException alreadyInvalid) {
            // Already ended.
        }
    }
}
