package org.outreachtracker.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outreachtracker.IntegrationTest;
import org.outreachtracker.TestClock;
import org.outreachtracker.audit.AuditAction;
import org.outreachtracker.audit.AuditOutcome;
import org.outreachtracker.audit.AuditService;
import org.outreachtracker.audit.AuditedObject;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The lockout rule with a clock the test moves: three wrong passwords within 15 minutes lock the
 * account; the lock ends by itself after 30 minutes or when an administrator unlocks it; failures
 * further apart than the window do not add up; unknown usernames leave no rows. Sign-ins go
 * through the application's own provider, with Spring's events, as the sign-in form's do.
 */
@IntegrationTest
class LockoutTest {

    static final String PASSWORD = "a perfectly fine passphrase";
    static final String ADDRESS = "192.0.2.7";

    @Autowired
    DaoAuthenticationProvider provider;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TestClock clock;
    @Autowired
    UserAccountService accounts;
    @Autowired
    AccountAdminService admin;
    @Autowired
    UserAccountRepository repository;
    @Autowired
    SystemAccess systemAccess;
    @Autowired
    AuditService auditService;

    AuthenticationManager signIn;
    TestAudit audit;
    Instant start;

    @BeforeEach
    void setUp() {
        var manager = new ProviderManager(provider);
        manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
        signIn = manager;
        audit = new TestAudit(auditService, systemAccess);
        start = clock.instant();
    }

    @AfterEach
    void tearDown() {
        clock.reset();
        TestSignIn.anonymous();
    }

    @Test
    void threeWrongPasswordsLockTheAccountUntilItUnlocksItselfThirtyMinutesLater() {
        long id = createAccount("lock-sequence");

        assertThatThrownBy(() -> attempt("lock-sequence", "wrong password one")).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> attempt("lock-sequence", "wrong password two")).isInstanceOf(BadCredentialsException.class);
        assertThat(isLocked("lock-sequence")).isFalse();
        assertThat(attempt("lock-sequence", PASSWORD).isAuthenticated()).as("two failures do not lock").isTrue();

        for (int i = 1; i <= 3; i++) {
            int n = i;
            assertThatThrownBy(() -> attempt("lock-sequence", "wrong again " + n)).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(isLocked("lock-sequence")).isTrue();
        assertThat(audit.events(AuditAction.ACCOUNT_LOCKED, AuditedObject.USER, id, start)).singleElement()
                .satisfies(event -> {
                    assertThat(event.username()).isEqualTo("system");
                    assertThat(event.outcome()).isEqualTo(AuditOutcome.SUCCESS);
                    assertThat(event.details().note()).contains("'lock-sequence' locked after 3 failed sign-ins");
                });

        // Locked: even the right password is refused (after the password was checked).
        assertThatThrownBy(() -> attempt("lock-sequence", PASSWORD)).isInstanceOf(LockedException.class);
        clock.advance(Duration.ofMinutes(29));
        assertThatThrownBy(() -> attempt("lock-sequence", PASSWORD)).isInstanceOf(LockedException.class);
        assertThat(audit.events(AuditAction.ACCOUNT_UNLOCKED, AuditedObject.USER, id, start)).isEmpty();

        clock.advance(Duration.ofMinutes(2));
        assertThat(isLocked("lock-sequence")).isFalse();
        assertThat(attempt("lock-sequence", PASSWORD).isAuthenticated()).isTrue();
        assertThat(audit.events(AuditAction.ACCOUNT_UNLOCKED, AuditedObject.USER, id, start)).singleElement()
                .satisfies(event -> {
                    assertThat(event.username()).isEqualTo("system");
                    assertThat(event.details().note()).contains("unlocked automatically, 30 minutes after");
                });
        assertThat(repository.findById(id).orElseThrow().getFailedAttempts()).as("the count starts again").isZero();
    }

    @Test
    void failuresFurtherApartThanTheWindowDoNotAddUp() {
        createAccount("lock-window");

        failTimes("lock-window", 2);
        clock.advance(Duration.ofMinutes(16));
        failTimes("lock-window", 2);
        assertThat(isLocked("lock-window")).as("2 + 2 failures, 16 minutes apart").isFalse();

        failTimes("lock-window", 1);
        assertThat(isLocked("lock-window")).as("3 failures within 15 minutes").isTrue();
    }

    @Test
    void eachAttemptIsRecordedOnceWithTheUsernameAndSourceAddress() {
        long id = createAccount("lock-audit");

        attempt("lock-audit", PASSWORD);
        assertThatThrownBy(() -> attempt("lock-audit", "not the password")).isInstanceOf(BadCredentialsException.class);

        assertThat(audit.events(AuditAction.SIGN_IN, AuditedObject.USER, id, start)).singleElement().satisfies(event -> {
            assertThat(event.username()).isEqualTo("lock-audit");
            assertThat(event.sourceAddress()).isEqualTo(ADDRESS);
            assertThat(event.outcome()).isEqualTo(AuditOutcome.SUCCESS);
        });
        assertThat(audit.events(AuditAction.SIGN_IN_FAILED, AuditedObject.USER, id, start)).singleElement()
                .satisfies(event -> {
                    assertThat(event.username()).isEqualTo("lock-audit");
                    assertThat(event.sourceAddress()).isEqualTo(ADDRESS);
                    assertThat(event.outcome()).isEqualTo(AuditOutcome.FAILURE);
                    assertThat(event.details().note()).startsWith("Wrong password (failed attempt 1 of 3");
                });
        assertThat(repository.findById(id).orElseThrow().getLastSignInAt()).isNotNull();
    }

    @Test
    void attemptsWithUnknownUsernamesLeaveOnlyAnAuditEvent() {
        long accountsBefore = repository.count();

        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> attempt("nobody-by-this-name", PASSWORD)).isInstanceOf(BadCredentialsException.class);
        }

        assertThat(repository.count()).isEqualTo(accountsBefore);
        assertThat(audit.byUser("nobody-by-this-name", AuditAction.SIGN_IN_FAILED, start)).hasSize(4)
                .allSatisfy(event -> {
                    assertThat(event.objectId()).isNull();
                    assertThat(event.sourceAddress()).isEqualTo(ADDRESS);
                    assertThat(event.details().note()).isEqualTo("Unknown username");
                });
    }

    @Test
    void anAdministratorUnlocksBeforeTheTimeIsUp() {
        long id = createAccount("lock-admin");
        failTimes("lock-admin", 3);
        assertThat(isLocked("lock-admin")).isTrue();

        systemAccess.asUser("admin", () -> {
            admin.unlock(id);
            return null;
        });

        assertThat(attempt("lock-admin", PASSWORD).isAuthenticated()).isTrue();
        assertThat(audit.events(AuditAction.ACCOUNT_UNLOCKED, AuditedObject.USER, id, start)).singleElement()
                .satisfies(event -> {
                    assertThat(event.username()).isEqualTo("admin");
                    assertThat(event.details().note()).isEqualTo("Account 'lock-admin' unlocked by an administrator");
                });
    }

    @Test
    void aDeactivatedAccountIsRefusedLikeAWrongPassword() {
        long id = createAccount("lock-deactivated");
        systemAccess.asUser("admin", () -> {
            admin.deactivate(id, repository.findById(id).orElseThrow().getVersion());
            return null;
        });

        assertThatThrownBy(() -> attempt("lock-deactivated", PASSWORD))
                .isInstanceOf(org.springframework.security.authentication.DisabledException.class);
        assertThat(audit.events(AuditAction.SIGN_IN_FAILED, AuditedObject.USER, id, start)).singleElement()
                .satisfies(event -> assertThat(event.details().note()).isEqualTo("The account is deactivated"));
    }

    private void failTimes(String username, int times) {
        for (int i = 0; i < times; i++) {
            int n = i;
            assertThatThrownBy(() -> attempt(username, "wrong password " + n)).isInstanceOf(BadCredentialsException.class);
        }
    }

    private Authentication attempt(String username, String password) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        token.setDetails(new WebAuthenticationDetails(ADDRESS, null));
        return signIn.authenticate(token);
    }

    private boolean isLocked(String username) {
        return repository.findByUsername(username).orElseThrow().isLockedAt(clock.instant(), Duration.ofMinutes(30));
    }

    private long createAccount(String username) {
        String unique = username;
        return systemAccess.asSystem(() -> accounts.createAccount(new NewAccount(unique, "Test " + unique, PASSWORD,
                EnumSet.of(Role.DESK_OFFICER), Set.of())));
    }

}
