package org.outreachtracker.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.outreachtracker.account.ui.ChangePasswordView;
import org.outreachtracker.security.TestSignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/**
 * A real installation (demo mode off) starting on an empty database: exactly one administrator
 * exists, with the one-time password from OUTREACH_ADMIN_PASSWORD, who must change it first.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"outreach.demo.enabled=false", "OUTREACH_ADMIN_PASSWORD=first-admin-one-time-pw"})
@ActiveProfiles("test")
@Tag("application")
class FirstStartWithoutDemoTest extends SpringBrowserlessTest {

    @Autowired
    UserAccountRepository repository;

    @Autowired
    UserDetailsService users;

    @Autowired
    PasswordEncoder passwordEncoder;

    @AfterEach
    void signOut() {
        TestSignIn.anonymous();
    }

    @Test
    void oneAdministratorWithTheOneTimePasswordAndNoDemoAccounts() {
        assertThat(repository.findAll()).singleElement().satisfies(admin -> {
            assertThat(admin.getUsername()).isEqualTo("admin");
            assertThat(admin.getRoles()).containsExactly(Role.ADMIN);
            assertThat(admin.isPasswordChangeRequired()).isTrue();
            assertThat(admin.isDemoAccount()).isFalse();
            assertThat(passwordEncoder.matches("first-admin-one-time-pw", admin.getPasswordHash()))
                    .isTrue();
        });
        assertThatThrownBy(() -> users.loadUserByUsername("officer")).isInstanceOf(UsernameNotFoundException.class);
    }

    @Test
    void theAdministratorIsSentToChangeThePasswordWhateverTheyOpen() {
        TestSignIn.as(users, "admin");

        UI.getCurrent().navigate("admin/users");

        assertThat(getCurrentView()).isInstanceOf(ChangePasswordView.class);
    }

    @Test
    void demoAccountsLeftInTheDatabaseCannotSignInWithDemoModeOff() {
        var demoAccount = new UserAccount("leftover-demo", "Leftover", "{noop}x");
        demoAccount.setDemoAccount(true);
        demoAccount.setRoles(java.util.EnumSet.of(Role.MANAGER));
        repository.save(demoAccount);

        assertThatThrownBy(() -> users.loadUserByUsername("leftover-demo"))
                .isInstanceOf(UsernameNotFoundException.class);
        repository.delete(repository.findByUsername("leftover-demo").orElseThrow());
    }
}
