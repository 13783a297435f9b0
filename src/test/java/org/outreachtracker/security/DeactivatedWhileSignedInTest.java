package org.outreachtracker.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.outreachtracker.IntegrationTest;
import org.outreachtracker.account.AccountAdminService;
import org.outreachtracker.account.NewAccount;
import org.outreachtracker.account.Role;
import org.outreachtracker.desk.ui.MyDeskView;
import org.outreachtracker.security.ui.LoginView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A user whose account is deactivated while they are signed in gets no further page. */
@IntegrationTest
class DeactivatedWhileSignedInTest extends SpringBrowserlessTest {

    @Autowired
    UserDetailsService users;

    @Autowired
    AccountAdminService admin;

    @Autowired
    SystemAccess systemAccess;

    @AfterEach
    void signOut() {
        TestSignIn.anonymous();
    }

    @Test
    void theNextPageTheyOpenIsTheSignInPage() {
        long id = systemAccess.asSystem(() -> admin.createAccount(new NewAccount(
                "guard-leaver", "Gus Leaver", "a perfectly fine passphrase", EnumSet.of(Role.DESK_OFFICER), Set.of())));
        TestSignIn.as(users, "guard-leaver");
        UI.getCurrent().navigate("my-desk");
        assertThat(getCurrentView()).isInstanceOf(MyDeskView.class);

        systemAccess.asUser("admin", () -> {
            admin.deactivate(id, admin.account(id).orElseThrow().version());
            return null;
        });
        UI.getCurrent().navigate("campaigns");

        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }
}
