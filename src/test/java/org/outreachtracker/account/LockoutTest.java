package org.outreachtracker.account;

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
import org.outreachtracker.security.SystemAccess;
import org.outreachtracker.security.TestAudit;
import org.outreachtracker.security.TestSignIn;
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
    AccountAdminService admin;

    @Autowired
    UserAccountRepository repository;

    @Autowired
    SystemAccess systemAccess;

    @Autowired
    AuditService auditService;

    @Autowired
    org.springframework.security.crypto.password.PasswordEncoder passwordEncoder;

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

        assertThatThrownBy(() -> attempt("lock-sequence", "wrong password one"))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> attempt("lock-sequence", "wrong password two"))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(isLocked("lock-sequence")).isFalse();
        assertThat(attempt("lock-sequence", PASSWORD).isAuthenticated())
                .as("two failures do not lock")
                .isTrue();

        for (int i = 1; i <= 3; i++) {
            int n = i;
            assertThatThrownBy(() -> attempt("lock-sequence", "wrong again " + n))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThat(isLocked("lock-sequence")).isTrue();
        assertThat(audit.events(AuditAction.ACCOUNT_LOCKED, AuditedObject.USER, id, start))
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.username()).isEqualTo("system");
                    assertThat(event.outcome()).isEqualTo(AuditOutcome.SUCCESS);
                    assertThat(event.details().note()).contains("'lock-sequence' locked after 3 failed sign-ins");
                });

        // Locked: even the right password is refused (after the password was checked).
        assertThatThrownBy(() -> attempt("lock-sequence", PASSWORD)).isInstanceOf(LockedException.class);
        clock.advance(Duration.ofMinutes(29));
        assertThatThrownBy(() -> attempt("lock-sequence", PASSWORD)).isInstanceOf(LockedException.class);
        assertThat(audit.events(AuditAction.ACCOUNT_UNLOCKED, AuditedObject.USER, id, start))
                .isEmpty();

        clock.advance(Duration.ofMinutes(2));
        assertThat(isLocked("lock-sequence")).isFalse();
        assertThat(attempt("lock-sequence", PASSWORD).isAuthenticated()).isTrue();
        assertThat(audit.events(AuditAction.ACCOUNT_UNLOCKED, AuditedObject.USER, id, start))
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.username()).isEqualTo("system");
                    assertThat(event.details().note()).contains("unlocked automatically, 30 minutes after");
                });
        assertThat(repository.findById(id).orElseThrow().getFailedAttempts())
                .as("the count starts again")
                .isZero();
    }

    @Test
    void failuresFurtherApartThanTheWindowDoNotAddUp() {
        createAccount("lock-window");

        failTimes("lock-window", 2);
        clock.advance(Duration.ofMinutes(16));
        failTimes("lock-window", 2);
        assertThat(isLocked("lock-window"))
                .as("2 + 2 failures, 16 minutes apart")
                .isFalse();

        failTimes("lock-window", 1);
        assertThat(isLocked("lock-window")).as("3 failures within 15 minutes").isTrue();
    }

    @Test
    void eachAttemptIsRecordedOnceWithTheUsernameAndSourceAddress() {
        long id = createAccount("lock-audit");

        attempt("lock-audit", PASSWORD);
        assertThatThrownBy(() -> attempt("lock-audit", "not the password")).isInstanceOf(BadCredentialsException.class);

        assertThat(audit.events(AuditAction.SIGN_IN, AuditedObject.USER, id, start))
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.username()).isEqualTo("lock-audit");
                    assertThat(event.sourceAddress()).isEqualTo(ADDRESS);
                    assertThat(event.outcome()).isEqualTo(AuditOutcome.SUCCESS);
                });
        assertThat(audit.events(AuditAction.SIGN_IN_FAILED, AuditedObject.USER, id, start))
                .singleElement()
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
            assertThatThrownBy(() -> attempt("nobody-by-this-name", PASSWORD))
                    .isInstanceOf(BadCredentialsException.class);
        }

        assertThat(repository.count()).isEqualTo(accountsBefore);
        assertThat(audit.byUser("nobody-by-this-name", AuditAction.SIGN_IN_FAILED, start))
                .hasSize(4)
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
        assertThat(audit.events(AuditAction.ACCOUNT_UNLOCKED, AuditedObject.USER, id, start))
                .singleElement()
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
        assertThat(audit.events(AuditAction.SIGN_IN_FAILED, AuditedObject.USER, id, start))
                .singleElement()
                .satisfies(event -> assertThat(event.details().note()).isEqualTo("The account is deactivated"));
    }

    /**
     * Twenty attempts at the same moment, the right password among them (15th): they are counted
     * one after another, the count never passes the limit, the attempt that reaches it locks the
     * account once, and the right password signs in only if it was decided before the lock (never
     * after). Every attempt is in the trail exactly once.
     */
    @Test
    void parallelAttemptsAreCountedOneAfterAnotherAndNothingSignsInAfterTheLock() throws Exception {
        long id = createAccount("lock-parallel");
        int count = 20;
        int right = 14;
        var go = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(count);
        try {
            var results = new java.util.ArrayList<java.util.concurrent.Future<Boolean>>();
            for (int i = 0; i < count; i++) {
                String password = i == right ? PASSWORD : "wrong password " + i;
                results.add(pool.submit(() -> {
                    go.await();
                    try {
                        return attempt("lock-parallel", password).isAuthenticated();
                    } catch (org.springframework.security.core.AuthenticationException refused) {
                        return false;
                    }
                }));
            }
            go.countDown();
            for (int i = 0; i < count; i++) {
                assertThat(results.get(i).get(2, java.util.concurrent.TimeUnit.MINUTES))
                        .as("attempt %d signed in", i + 1)
                        .isEqualTo(i == right
                                && !audit.events(AuditAction.SIGN_IN, AuditedObject.USER, id, start)
                                        .isEmpty());
            }
        } finally {
            pool.shutdownNow();
        }

        var failures = audit.events(AuditAction.SIGN_IN_FAILED, AuditedObject.USER, id, start);
        var signIns = audit.events(AuditAction.SIGN_IN, AuditedObject.USER, id, start);
        var locks = audit.events(AuditAction.ACCOUNT_LOCKED, AuditedObject.USER, id, start);
        assertThat(failures.size() + signIns.size())
                .as("every attempt recorded once")
                .isEqualTo(count);
        assertThat(locks).as("locked once").hasSize(1);
        assertThat(isLocked("lock-parallel")).isTrue();
        var counted = failures.stream()
                .map(event -> event.details().note())
                .filter(note -> note.startsWith("Wrong password (failed attempt"))
                .toList();
        assertThat(counted)
                .as("never more than 3 of 3")
                .allSatisfy(note -> assertThat(note).matches("Wrong password \\(failed attempt [123] of 3 .*"));
        assertThat(counted).filteredOn(note -> note.contains("attempt 3 of 3")).hasSize(1);
        assertThat(failures)
                .filteredOn(event -> !event.details().note().startsWith("Wrong password (failed attempt"))
                .allSatisfy(event -> assertThat(event.details().note())
                        .isIn("Wrong password; the account is locked", "The account is locked"));
        if (!signIns.isEmpty()) {
            assertThat(signIns.getFirst().id())
                    .as("a sign-in only before the lock")
                    .isLessThan(locks.getFirst().id());
        }
    }

    /**
     * The right password, whose check finishes only after failed attempts made meanwhile locked
     * the account, is refused: the lock is looked at after the password, not when the attempt began.
     */
    @Test
    void aRightPasswordWhoseCheckEndsAfterTheAccountWasLockedIsRefused() throws Exception {
        long id = createAccount("lock-race");
        var checking = new java.util.concurrent.CountDownLatch(1);
        provider.setPasswordEncoder(new org.springframework.security.crypto.password.PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return passwordEncoder.encode(raw);
            }

            @Override
            public boolean matches(CharSequence raw, String hash) {
                if (PASSWORD.contentEquals(raw)) {
                    checking.countDown();
                    long until = System.nanoTime() + Duration.ofMinutes(1).toNanos();
                    while (!isLocked("lock-race") && System.nanoTime() < until) {
                        try {
                            Thread.sleep(10);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            break;
                        }
                    }
                }
                return passwordEncoder.matches(raw, hash);
            }
        });
        var pool = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            var rightAttempt = pool.submit(() -> attempt("lock-race", PASSWORD));
            assertThat(checking.await(1, java.util.concurrent.TimeUnit.MINUTES))
                    .as("the right password's check has begun")
                    .isTrue();
            failTimes("lock-race", 3);

            var outcome = org.assertj.core.api.Assertions.catchThrowable(
                    () -> rightAttempt.get(2, java.util.concurrent.TimeUnit.MINUTES));
            assertThat(outcome)
                    .as("the right password after the lock")
                    .isNotNull()
                    .hasCauseInstanceOf(LockedException.class);
        } finally {
            pool.shutdownNow();
            provider.setPasswordEncoder(passwordEncoder);
        }
        assertThat(audit.events(AuditAction.SIGN_IN, AuditedObject.USER, id, start))
                .isEmpty();
        assertThat(audit.events(AuditAction.SIGN_IN_FAILED, AuditedObject.USER, id, start))
                .extracting(event -> event.details().note())
                .hasSize(4)
                .last()
                .isEqualTo("The account is locked");
    }

    private void failTimes(String username, int times) {
        for (int i = 0; i < times; i++) {
            int n = i;
            assertThatThrownBy(() -> attempt(username, "wrong password " + n))
                    .isInstanceOf(BadCredentialsException.class);
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
        return systemAccess.asSystem(() -> admin.createAccount(
                new NewAccount(unique, "Test " + unique, PASSWORD, EnumSet.of(Role.DESK_OFFICER), Set.of())));
    }
}
