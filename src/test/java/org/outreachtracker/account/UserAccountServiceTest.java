package org.outreachtracker.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.outreachtracker.IntegrationTest;
import org.outreachtracker.base.RuleViolationException;
import org.outreachtracker.security.SystemAccess;
import org.outreachtracker.security.TestSignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

@IntegrationTest
class UserAccountServiceTest {

    @Autowired
    UserAccountService service;

    @Autowired
    AccountAdminService admin;

    @Autowired
    UserAccountRepository repository;

    @Autowired
    SystemAccess systemAccess;

    @Autowired
    UserDetailsService users;

    @Autowired
    PasswordEncoder passwordEncoder;

    @AfterEach
    void signOut() {
        TestSignIn.anonymous();
    }

    @Test
    void passwordsAreStoredAsBcryptHashesWithTheAlgorithmNamed() {
        String username = createAccount("hash-check", "a perfectly fine passphrase");

        String hash = repository.findByUsername(username).orElseThrow().getPasswordHash();
        assertThat(hash).startsWith("{bcrypt}").doesNotContain("perfectly");
        assertThat(passwordEncoder.matches("a perfectly fine passphrase", hash)).isTrue();
    }

    @Test
    void usernamesAreStoredInLowerCaseAndMustBeUnique() {
        createAccount("Unique-Name", "a perfectly fine passphrase");

        assertThat(repository.findByUsername("unique-name")).isPresent();
        assertThatThrownBy(() -> createAccount("unique-name", "another fine passphrase"))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("already taken");
    }

    @Test
    void aNewAccountsPasswordFollowsThePasswordRules() {
        assertThatThrownBy(() -> createAccount("short-pw", "too-short"))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("Use at least 12 characters.");
        assertThatThrownBy(() -> createAccount("carla", "carla-is-my-password"))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("The password must not contain the username.");
        assertThat(repository.findByUsername("short-pw")).isEmpty();
        assertThat(repository.findByUsername("carla")).isEmpty();
    }

    @Test
    void aUserChangesTheirOwnPasswordOnlyWithTheCurrentOne() {
        String username = createAccount("changer", "the first passphrase");
        TestSignIn.as(users, username);

        assertThatThrownBy(() -> service.changeOwnPassword("not the current one", "the second passphrase"))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("The current password is not correct.");
        assertThatThrownBy(() -> service.changeOwnPassword("the first passphrase", "short"))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("Use at least 12 characters.");
        assertThat(passwordEncoder.matches(
                        "the first passphrase",
                        repository.findByUsername(username).orElseThrow().getPasswordHash()))
                .isTrue();

        service.changeOwnPassword("the first passphrase", "the second passphrase");

        var account = repository.findByUsername(username).orElseThrow();
        assertThat(passwordEncoder.matches("the second passphrase", account.getPasswordHash()))
                .isTrue();
        assertThat(account.isPasswordChangeRequired()).isFalse();
    }

    @Test
    void recordsSayWhoCreatedThemAndWhen() {
        String username = createAccount("audited", "a perfectly fine passphrase");

        var account = repository.findByUsername(username).orElseThrow();
        assertThat(account.getCreatedBy()).isEqualTo("system");
        assertThat(account.getCreatedAt()).isNotNull();
        assertThat(account.getUpdatedAt()).isNotNull();
    }

    private String createAccount(String username, String password) {
        systemAccess.asSystem(() -> admin.createAccount(
                new NewAccount(username, "Test " + username, password, EnumSet.of(Role.DESK_OFFICER), Set.of())));
        return username.toLowerCase(java.util.Locale.ROOT);
    }
}
