package org.outreachtracker.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.outreachtracker.account.ui.ChangePasswordView;
import org.outreachtracker.account.ui.SecondFactorView;
import org.outreachtracker.security.TestSignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
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

    @Autowired
    DaoAuthenticationProvider provider;

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

    /** Once signed in (after setting up the authenticator app required of them). */
    @Test
    void theAdministratorIsSentToChangeThePasswordWhateverTheyOpen() {
        TestSignIn.as(users, "admin");

        UI.getCurrent().navigate("admin/users");

        assertThat(getCurrentView()).isInstanceOf(ChangePasswordView.class);
    }

    /**
     * Outside demo mode administrators must use an authenticator app: after the password the first
     * administrator holds no role and is taken to setting one up whatever they open. This test
     * installation has no encryption key, so the page says that the operator must set one first.
     */
    @Test
    void theAdministratorMustSetUpAnAuthenticatorAppFirstWhichNeedsTheOperatorsKey() {
        Authentication afterPassword = new ProviderManager(provider)
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated("admin", "first-admin-one-time-pw"));
        SecurityContextHolder.getContext().setAuthentication(afterPassword);

        assertThat(afterPassword.getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .doesNotContain(Role.ADMIN.authority());
        UI.getCurrent().navigate("admin/users");
        assertThat(getCurrentView()).isInstanceOf(SecondFactorView.class);
        assertThat($(Paragraph.class).id("second-factor-unavailable").getText())
                .contains("Until then you cannot continue");
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
