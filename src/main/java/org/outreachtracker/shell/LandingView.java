package org.outreachtracker.shell;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.outreachtracker.account.CurrentUser;
import org.outreachtracker.account.Role;
import org.outreachtracker.account.SignedInUser;

/**
 * {@code /} takes each user to the landing page of their role: managers to the dashboard, desk
 * officers to their desk, administrators to user administration (the first that applies).
 */
@Route("")
@PageTitle("Outreach Tracker")
@PermitAll
public class LandingView extends Main implements BeforeEnterObserver {

    private final CurrentUser currentUser;

    LandingView(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        currentUser.get().map(LandingView::landingPage).ifPresent(event::forwardTo);
    }

    static String landingPage(SignedInUser user) {
        if (user.hasRole(Role.MANAGER)) {
            return "dashboard";
        }
        if (user.hasRole(Role.DESK_OFFICER)) {
            return "my-desk";
        }
        if (user.hasRole(Role.ADMIN)) {
            return "admin/users";
        }
        return "account/password";
    }
}
