package org.outreachtracker.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outreachtracker.IntegrationTest;
import org.outreachtracker.TestClock;
import org.outreachtracker.account.SecondFactorSignIn.Outcome;
import org.outreachtracker.audit.AuditAction;
import org.outreachtracker.audit.AuditService;
import org.outreachtracker.audit.AuditedObject;
import org.outreachtracker.base.RuleViolationException;
import org.outreachtracker.security.SystemAccess;
import org.outreachtracker.security.TestAudit;
import org.outreachtracker.security.TestSignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Multi-factor sign-in with an authenticator app, against the real application and database, with
 * codes computed here from the enrolled secret and a clock the test moves: enrolment and its
 * recovery codes, codes accepted one step early or late and only once, wrong codes counted by the
 * lockout rule together with wrong passwords, recovery codes used once, an administrator's reset,
 * and the audit trail of each.
 */
@IntegrationTest
class SecondFactorTest {

    static final String PASSWORD = "a perfectly fine passphrase";
    static final String ADDRESS = "192.0.2.9";

    @Autowired
    SecondFactorService service;

    @Autowired
    SecondFactorSignIn signIn;

    @Autowired
    SignInAttempts attempts;

    @Autowired
    AccountAdminService admin;

    @Autowired
    SecondFactorRepository factors;

    @Autowired
    RecoveryCodeRepository recoveryCodeRows;

    @Autowired
    SignInAccounts signInAccounts;

    @Autowired
    UserDetailsService users;

    @Autowired
    SystemAccess systemAccess;

    @Autowired
    AuditService auditService;

    @Autowired
    TestClock clock;

    TestAudit audit;
    Instant start;

    @BeforeEach
    void setUp() {
        audit = new TestAudit(auditService, systemAccess);
        TestCodes.startOfStep(clock);
        start = clock.instant();
    }

    @AfterEach
    void tearDown() {
        clock.reset();
        TestSignIn.anonymous();
    }

    @Test
    void enrolmentIsConfirmedByACodeFromTheAppAndGivesTenRecoveryCodesStoredOnlyAsHashes() {
        long id = createAccount("mfa-enrol", Role.DESK_OFFICER);
        TestSignIn.as(users, "mfa-enrol");
        assertThat(service.status().enrolled()).isFalse();
        assertThat(service.status().enrolmentAvailable())
                .as("demo mode has its demo key")
                .isTrue();

        PendingEnrolment pending = service.startEnrolment();
        String key = pending.manualKey().replace(" ", "");
        assertThat(key).hasSize(32).matches("[A-Z2-7]+");
        assertThat(pending.uri())
                .isEqualTo("otpauth://totp/Outreach%20Tracker:mfa-enrol?secret=" + key
                        + "&issuer=Outreach%20Tracker&algorithm=SHA1&digits=6&period=30");
        assertThat(factors.existsById(id))
                .as("nothing stored before confirmation")
                .isFalse();

        assertThatThrownBy(() -> service.confirmEnrolment(pending, wrongCode(pending.secret())))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage(SecondFactorService.WRONG_CODE);
        assertThat(factors.existsById(id)).isFalse();

        List<String> codes = service.confirmEnrolment(pending, currentCode(pending.secret()));

        assertThat(codes).hasSize(10).doesNotHaveDuplicates().allMatch(c -> c.matches("[a-z2-9]{5}-[a-z2-9]{5}"));
        assertThat(codes).noneMatch(c -> c.matches(".*[01ilo].*"));
        var status = service.status();
        assertThat(status.enrolled()).isTrue();
        assertThat(status.enrolledAt()).isBetween(start, clock.instant());
        assertThat(status.recoveryCodesLeft()).isEqualTo(10);
        SecondFactor stored = factors.findById(id).orElseThrow();
        assertThat(stored.secret()).doesNotContain(key);
        assertThat(recoveryCodeRows.unusedRecoveryCodes(id))
                .hasSize(10)
                .allSatisfy(row -> assertThat(row.codeHash()).startsWith("{bcrypt}"))
                .noneMatch(row -> codes.stream().anyMatch(c -> row.codeHash().contains(c.replace("-", ""))));
        assertThat(signIn.enrolled(id)).isTrue();
        assertThatThrownBy(service::startEnrolment)
                .isInstanceOf(RuleViolationException.class)
                .hasMessageStartingWith("You already use an authenticator app.");
        assertThat(audit.events(AuditAction.SECOND_FACTOR_ENROLLED, AuditedObject.USER, id, start))
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.username()).isEqualTo("mfa-enrol");
                    assertThat(event.details().note())
                            .isEqualTo("Authenticator app enrolled by 'mfa-enrol'; 10 recovery codes issued");
                });
    }

    @Test
    void theConfirmingCodeCannotAlsoSignInAndACodeWorksOnlyOnce() {
        long id = createAccount("mfa-replay", Role.DESK_OFFICER);
        byte[] secret = enrol("mfa-replay").secret();
        String confirming = currentCode(secret);

        assertThat(signIn.verifyCode(id, confirming, ADDRESS)).isEqualTo(Outcome.WRONG);

        clock.advance(Duration.ofSeconds(30));
        String next = currentCode(secret);
        assertThat(signIn.verifyCode(id, next, ADDRESS)).isEqualTo(Outcome.ACCEPTED);
        assertThat(signIn.verifyCode(id, next, ADDRESS)).as("replayed").isEqualTo(Outcome.WRONG);

        assertThat(audit.events(AuditAction.SIGN_IN, AuditedObject.USER, id, start))
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.details().note()).isEqualTo("With a code from the authenticator app");
                    assertThat(event.sourceAddress()).isEqualTo(ADDRESS);
                });
        assertThat(audit.events(AuditAction.SIGN_IN_FAILED, AuditedObject.USER, id, start))
                .extracting(event -> event.details().note())
                .containsExactly(
                        "A code from the authenticator app that was used already (failed attempt 1 of 3 within 15 minutes)",
                        "A code from the authenticator app that was used already (failed attempt 1 of 3 within 15 minutes)");
    }

    @Test
    void theSameCodeSentTwiceAtOnceSignsInOnlyOnce() throws Exception {
        long id = createAccount("mfa-race", Role.DESK_OFFICER);
        byte[] secret = enrol("mfa-race").secret();
        clock.advance(Duration.ofSeconds(30));
        String code = currentCode(secret);
        var ready = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(() -> {
                ready.await();
                return signIn.verifyCode(id, code, ADDRESS);
            });
            var second = pool.submit(() -> {
                ready.await();
                return signIn.verifyCode(id, code, ADDRESS);
            });
            ready.countDown();
            var outcomes = List.of(
                    first.get(1, java.util.concurrent.TimeUnit.MINUTES),
                    second.get(1, java.util.concurrent.TimeUnit.MINUTES));

            assertThat(outcomes).containsExactlyInAnyOrder(Outcome.ACCEPTED, Outcome.WRONG);
        } finally {
            pool.shutdownNow();
        }
        assertThat(audit.events(AuditAction.SIGN_IN, AuditedObject.USER, id, start))
                .hasSize(1);
    }

    @Test
    void aPhoneClockOneStepBehindOrAheadIsAcceptedTwoStepsAreNot() {
        long id = createAccount("mfa-skew", Role.DESK_OFFICER);
        byte[] secret = enrol("mfa-skew").secret();

        clock.advance(Duration.ofMinutes(5));
        long now = Totp.step(clock.instant());
        assertThat(signIn.verifyCode(id, Totp.code(secret, now - 2), ADDRESS)).isEqualTo(Outcome.WRONG);
        assertThat(signIn.verifyCode(id, Totp.code(secret, now - 1), ADDRESS))
                .as("30 seconds behind")
                .isEqualTo(Outcome.ACCEPTED);

        clock.advance(Duration.ofMinutes(5));
        now = Totp.step(clock.instant());
        assertThat(signIn.verifyCode(id, Totp.code(secret, now + 2), ADDRESS)).isEqualTo(Outcome.WRONG);
        assertThat(signIn.verifyCode(id, Totp.code(secret, now + 1), ADDRESS))
                .as("30 seconds ahead")
                .isEqualTo(Outcome.ACCEPTED);
    }

    @Test
    void wrongCodesCountTowardsTheLockoutTogetherWithWrongPasswords() {
        long id = createAccount("mfa-lock", Role.DESK_OFFICER);
        byte[] secret = enrol("mfa-lock").secret();
        clock.advance(Duration.ofMinutes(1));

        attempts.failed("mfa-lock", ADDRESS, SignInAttempts.Failure.BAD_CREDENTIALS);
        assertThat(signIn.verifyCode(id, wrongCode(secret), ADDRESS)).isEqualTo(Outcome.WRONG);
        assertThat(signIn.useRecoveryCode(id, "aaaaa-aaaaa", ADDRESS))
                .as("the third failure locks the account")
                .isEqualTo(Outcome.REFUSED);

        assertThat(signInAccounts.find("mfa-lock").orElseThrow().locked()).isTrue();
        assertThat(signIn.verifyCode(id, currentCode(secret), ADDRESS))
                .as("a right code while locked")
                .isEqualTo(Outcome.REFUSED);
        assertThat(audit.events(AuditAction.SIGN_IN_FAILED, AuditedObject.USER, id, start))
                .extracting(event -> event.details().note())
                .containsExactly(
                        "Wrong password (failed attempt 1 of 3 within 15 minutes)",
                        "Wrong code from the authenticator app (failed attempt 2 of 3 within 15 minutes)",
                        "Wrong recovery code (failed attempt 3 of 3 within 15 minutes)",
                        "Second factor refused: the account is locked");
        assertThat(audit.events(AuditAction.ACCOUNT_LOCKED, AuditedObject.USER, id, start))
                .singleElement()
                .satisfies(event -> assertThat(event.details().note())
                        .startsWith("Account 'mfa-lock' locked after 3 failed sign-ins within 15 minutes"));

        clock.advance(Duration.ofMinutes(31));
        assertThat(signIn.verifyCode(id, currentCode(secret), ADDRESS))
                .as("the lock ended by itself")
                .isEqualTo(Outcome.ACCEPTED);
        assertThat(signInAccounts.find("mfa-lock").orElseThrow().locked()).isFalse();
    }

    @Test
    void aRecoveryCodeSignsInOnceWhateverItsCaseAndSpacing() {
        long id = createAccount("mfa-recover", Role.MANAGER);
        List<String> codes = enrol("mfa-recover").codes();
        String code = codes.get(3);

        assertThat(signIn.useRecoveryCode(id, " " + code.toUpperCase().replace("-", " ") + " ", ADDRESS))
                .isEqualTo(Outcome.ACCEPTED);
        assertThat(signIn.useRecoveryCode(id, code, ADDRESS)).as("used already").isEqualTo(Outcome.WRONG);
        assertThat(signIn.useRecoveryCode(id, codes.get(4), ADDRESS)).isEqualTo(Outcome.ACCEPTED);

        TestSignIn.as(users, "mfa-recover");
        assertThat(service.status().recoveryCodesLeft()).isEqualTo(8);
        assertThat(audit.events(AuditAction.RECOVERY_CODE_USED, AuditedObject.USER, id, start))
                .extracting(event -> event.details().note())
                .containsExactly("9 of 10 recovery codes left", "8 of 10 recovery codes left");
        assertThat(audit.events(AuditAction.SIGN_IN, AuditedObject.USER, id, start))
                .extracting(event -> event.details().note())
                .containsExactly("With a recovery code (9 left)", "With a recovery code (8 left)");

        List<String> renewed = service.renewRecoveryCodes();
        assertThat(renewed).hasSize(10).doesNotContainAnyElementsOf(codes);
        assertThat(signIn.useRecoveryCode(id, codes.get(5), ADDRESS))
                .as("an old code after renewal")
                .isEqualTo(Outcome.WRONG);
        assertThat(signIn.useRecoveryCode(id, renewed.get(0), ADDRESS)).isEqualTo(Outcome.ACCEPTED);
        assertThat(audit.events(AuditAction.RECOVERY_CODES_RENEWED, AuditedObject.USER, id, start))
                .hasSize(1);
    }

    @Test
    void anAdministratorResetsALostFactorGivingTheReason() {
        long id = createAccount("mfa-lost", Role.DESK_OFFICER);
        Enrolled enrolled = enrol("mfa-lost");

        TestSignIn.as(users, "admin");
        assertThat(service.enrolledAt(id)).isPresent();
        assertThatThrownBy(() -> service.reset(id, "  "))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("Give the reason for the reset; it is kept in the audit trail.");
        service.reset(id, "Phone lost on mission; identity checked by phone call");

        assertThat(service.enrolledAt(id)).isEmpty();
        assertThat(signIn.enrolled(id)).isFalse();
        assertThat(recoveryCodeRows.unusedRecoveryCodes(id)).isEmpty();
        assertThat(signIn.useRecoveryCode(id, enrolled.codes().get(0), ADDRESS)).isEqualTo(Outcome.WRONG);
        assertThatThrownBy(() -> service.reset(id, "again"))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("'mfa-lost' has no authenticator app; there is nothing to reset.");
        assertThat(audit.events(AuditAction.SECOND_FACTOR_RESET, AuditedObject.USER, id, start))
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.username()).isEqualTo("admin");
                    assertThat(event.details().note())
                            .isEqualTo("Authenticator app and recovery codes of 'mfa-lost' removed by an"
                                    + " administrator. Reason: Phone lost on mission; identity checked by phone call");
                });

        TestSignIn.as(users, "mfa-lost");
        assertThat(service.startEnrolment()).as("may enrol again").isNotNull();
    }

    @Test
    void aDeactivatedAccountIsRefusedEvenWithTheRightCode() {
        long id = createAccount("mfa-gone", Role.DESK_OFFICER);
        byte[] secret = enrol("mfa-gone").secret();
        long version = systemAccess.asUser(
                "admin", () -> admin.account(id).orElseThrow().version());
        systemAccess.asUser("admin", () -> {
            admin.deactivate(id, version);
            return null;
        });
        clock.advance(Duration.ofMinutes(1));

        assertThat(signIn.verifyCode(id, currentCode(secret), ADDRESS)).isEqualTo(Outcome.REFUSED);
        assertThat(audit.events(AuditAction.SIGN_IN, AuditedObject.USER, id, start))
                .isEmpty();
    }

    @Test
    void administratorsMustUseASecondFactorButNotTheDemoAccounts() {
        long newAdmin = createAccount("mfa-admin", Role.ADMIN);
        long officer = createAccount("mfa-officer", Role.DESK_OFFICER);
        long demoAdmin = signInAccounts.find("admin").orElseThrow().id();

        assertThat(signIn.required(newAdmin)).isTrue();
        assertThat(signIn.required(officer)).isFalse();
        assertThat(signIn.required(demoAdmin)).as("demo accounts, in demo mode").isFalse();
        TestSignIn.as(users, "mfa-admin");
        assertThat(service.status().required()).isTrue();
    }

    record Enrolled(byte[] secret, List<String> codes) {}

    private Enrolled enrol(String username) {
        TestSignIn.as(users, username);
        try {
            PendingEnrolment pending = service.startEnrolment();
            List<String> codes = service.confirmEnrolment(pending, currentCode(pending.secret()));
            return new Enrolled(pending.secret(), codes);
        } finally {
            TestSignIn.anonymous();
        }
    }

    private String currentCode(byte[] secret) {
        return Totp.code(secret, Totp.step(clock.instant()));
    }

    /** A code that is none of the three accepted now. */
    private String wrongCode(byte[] secret) {
        long step = Totp.step(clock.instant());
        Set<String> accepted =
                Set.of(Totp.code(secret, step - 1), Totp.code(secret, step), Totp.code(secret, step + 1));
        for (int n = 0; ; n++) {
            String candidate = String.format("%06d", n);
            if (!accepted.contains(candidate)) {
                return candidate;
            }
        }
    }

    private long createAccount(String username, Role role) {
        return systemAccess.asSystem(() -> admin.createAccount(
                new NewAccount(username, "Test " + username, PASSWORD, EnumSet.of(role), Set.of())));
    }
}
