package org.outreachtracker.security;

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
import org.outreachtracker.account.AccountAdminService;
import org.outreachtracker.account.CurrentUser;
import org.outreachtracker.account.NewAccount;
import org.outreachtracker.account.PendingEnrolment;
import org.outreachtracker.account.Role;
import org.outreachtracker.account.SecondFactorService;
import org.outreachtracker.account.SecondFactorSignIn.Outcome;
import org.outreachtracker.account.TestCodes;
import org.outreachtracker.audit.AuditAction;
import org.outreachtracker.audit.AuditService;
import org.outreachtracker.audit.AuditedObject;
import org.outreachtracker.base.Roles;
import org.outreachtracker.notification.NotificationService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Signing in with a password and then a second factor, through the real password sign-in and
 * services: after the right password an account with an authenticator app holds none of its roles
 * (every service refuses it) until its code is right; the trail records the sign-in only then, and
 * the password gives no new tries at the code. An administrator without an app must set one up
 * first and may call nothing else meanwhile. Demo accounts sign in with the password alone.
 */
@IntegrationTest
class SecondFactorSignInStepTest {

    static final String PASSWORD = "a perfectly fine passphrase";
    static final String ADDRESS = "192.0.2.44";

    @Autowired
    DaoAuthenticationProvider provider;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    SessionIdentity session;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    SecondFactorService secondFactors;

    @Autowired
    AccountAdminService admin;

    @Autowired
    NotificationService notifications;

    @Autowired
    UserDetailsService users;

    @Autowired
    SystemAccess systemAccess;

    @Autowired
    AuditService auditService;

    @Autowired
    TestClock clock;

    AuthenticationManager signIn;
    TestAudit audit;
    Instant start;

    @BeforeEach
    void setUp() {
        var manager = new ProviderManager(provider);
        manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
        signIn = manager;
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
    void theRightPasswordOfAnAccountWithAnAppGivesNoRoleUntilTheCodeIsRight() {
        long id = createAccount("step-officer", Role.DESK_OFFICER);
        var enrolled = enrol("step-officer");
        clock.advance(Duration.ofSeconds(TestCodes.STEP_SECONDS));

        Authentication afterPassword = passwordStep("step-officer");

        assertThat(afterPassword).isInstanceOf(SignInInProgress.class);
        assertThat(afterPassword.getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .containsExactly(Roles.SIGN_IN_INCOMPLETE);
        assertThat(session.codeRequired()).isTrue();
        assertThat(currentUser.get()).as("nobody is signed in yet").isEmpty();
        assertThat(currentUser.enrolling()).isEmpty();
        assertThatThrownBy(notifications::unreadCount)
                .as("a method open to anyone signed in")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(secondFactors::status).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(secondFactors::renewRecoveryCodes).isInstanceOf(AccessDeniedException.class);
        assertThat(audit.events(AuditAction.SIGN_IN, AuditedObject.USER, id, start))
                .as("the password alone is not a sign-in")
                .isEmpty();

        String code = TestCodes.code(enrolled.secret(), clock.instant());
        assertThat(session.verifySecondFactor(code, false)).isEqualTo(Outcome.ACCEPTED);

        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        assertThat(signedIn).isInstanceOf(UsernamePasswordAuthenticationToken.class);
        assertThat(signedIn.getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .containsExactly(Role.DESK_OFFICER.authority());
        assertThat(signedIn.getDetails())
                .as("where the sign-in came from is kept")
                .isInstanceOf(WebAuthenticationDetails.class);
        assertThat(session.codeRequired()).isFalse();
        assertThat(currentUser.require().id()).isEqualTo(id);
        assertThat(notifications.unreadCount()).isNotNegative();
        assertThat(audit.events(AuditAction.SIGN_IN, AuditedObject.USER, id, start))
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.details().note()).isEqualTo("With a code from the authenticator app");
                    assertThat(event.sourceAddress()).isEqualTo(ADDRESS);
                });

        // Signing in again: the code just used is refused, a recovery code works once.
        TestSignIn.anonymous();
        SecurityContextHolder.getContext().setAuthentication(passwordStep("step-officer"));
        assertThat(session.verifySecondFactor(code, false)).as("replayed").isEqualTo(Outcome.WRONG);
        String recovery = enrolled.codes().getFirst();
        assertThat(session.verifySecondFactor(recovery, true)).isEqualTo(Outcome.ACCEPTED);
        assertThat(currentUser.require().id()).isEqualTo(id);
        TestSignIn.anonymous();
        SecurityContextHolder.getContext().setAuthentication(passwordStep("step-officer"));
        assertThat(session.verifySecondFactor(recovery, true))
                .as("a recovery code works once")
                .isEqualTo(Outcome.WRONG);
        assertThat(currentUser.get()).isEmpty();
    }

    @Test
    void signingInWithThePasswordAgainGivesNoNewTriesAtTheCode() {
        long id = createAccount("step-guess", Role.MANAGER);
        var enrolled = enrol("step-guess");
        clock.advance(Duration.ofSeconds(TestCodes.STEP_SECONDS));

        SecurityContextHolder.getContext().setAuthentication(passwordStep("step-guess"));
        assertThat(session.verifySecondFactor(TestCodes.wrongCode(enrolled.secret(), clock.instant()), false))
                .isEqualTo(Outcome.WRONG);
        assertThat(session.verifySecondFactor(TestCodes.wrongCode(enrolled.secret(), clock.instant()), false))
                .isEqualTo(Outcome.WRONG);
        TestSignIn.anonymous();
        SecurityContextHolder.getContext().setAuthentication(passwordStep("step-guess"));
        assertThat(session.verifySecondFactor(TestCodes.wrongCode(enrolled.secret(), clock.instant()), false))
                .as("the third wrong code locks, although the password was right in between")
                .isEqualTo(Outcome.REFUSED);
        String right = TestCodes.code(enrolled.secret(), clock.instant());
        assertThat(session.verifySecondFactor(right, false)).isEqualTo(Outcome.REFUSED);
        assertThat(currentUser.get()).isEmpty();
        assertThat(audit.events(AuditAction.ACCOUNT_LOCKED, AuditedObject.USER, id, start))
                .hasSize(1);
        assertThat(audit.events(AuditAction.SIGN_IN, AuditedObject.USER, id, start))
                .isEmpty();
    }

    @Test
    void anAdministratorWithoutAnAppMustSetOneUpFirstAndMayDoNothingElseMeanwhile() {
        long id = createAccount("step-admin", Role.ADMIN);

        Authentication afterPassword = passwordStep("step-admin");

        assertThat(afterPassword).isInstanceOf(SignInInProgress.class);
        assertThat(afterPassword.getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder(Roles.SIGN_IN_INCOMPLETE, "ROLE_" + Roles.ENROLLING_SECOND_FACTOR);
        SecurityContextHolder.getContext().setAuthentication(afterPassword);
        assertThat(session.enrolmentRequired()).isTrue();
        assertThat(currentUser.get()).isEmpty();
        assertThat(currentUser.enrolling()).hasValueSatisfying(person -> {
            assertThat(person.id()).isEqualTo(id);
            assertThat(person.roles()).isEmpty();
        });
        assertThatThrownBy(() -> admin.account(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(notifications::unreadCount).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(secondFactors::renewRecoveryCodes).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> secondFactors.enrolledAt(id)).isInstanceOf(AccessDeniedException.class);
        assertThat(session.verifySecondFactor("123456", false))
                .as("there is no code step to take")
                .isEqualTo(Outcome.REFUSED);
        assertThat(currentUser.finishSignInAfterEnrolment())
                .as("not before an app is set up")
                .isFalse();

        assertThat(secondFactors.status().required()).isTrue();
        PendingEnrolment pending = secondFactors.startEnrolment();
        List<String> codes = secondFactors.confirmEnrolment(
                pending, TestCodes.code(TestCodes.secret(pending.manualKey()), clock.instant()));
        assertThat(codes).hasSize(10);
        assertThat(currentUser.get())
                .as("still part-way until the codes are saved")
                .isEmpty();

        assertThat(currentUser.finishSignInAfterEnrolment()).isTrue();

        assertThat(currentUser.require().roles()).containsExactly(Role.ADMIN);
        assertThat(admin.account(id)).isPresent();
        assertThat(SecurityContextHolder.getContext().getAuthentication())
                .isInstanceOf(UsernamePasswordAuthenticationToken.class);

        TestSignIn.anonymous();
        assertThat(passwordStep("step-admin"))
                .as("from now on the code is asked")
                .isInstanceOfSatisfying(
                        SignInInProgress.class, next -> assertThat(next.step()).isEqualTo(SignInInProgress.Step.CODE));
    }

    @Test
    void theDemoAdministratorSignsInWithThePasswordAloneInDemoMode() {
        Authentication signedIn = passwordStep("admin", "admin-demo-2026");

        assertThat(signedIn).isInstanceOf(UsernamePasswordAuthenticationToken.class);
        assertThat(signedIn.getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .contains(Role.ADMIN.authority());
    }

    record Enrolled(byte[] secret, List<String> codes) {}

    private Enrolled enrol(String username) {
        TestSignIn.as(users, username);
        try {
            PendingEnrolment pending = secondFactors.startEnrolment();
            byte[] secret = TestCodes.secret(pending.manualKey());
            List<String> codes = secondFactors.confirmEnrolment(pending, TestCodes.code(secret, clock.instant()));
            return new Enrolled(secret, codes);
        } finally {
            TestSignIn.anonymous();
        }
    }

    private Authentication passwordStep(String username) {
        return passwordStep(username, PASSWORD);
    }

    private Authentication passwordStep(String username, String password) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        token.setDetails(new WebAuthenticationDetails(ADDRESS, null));
        Authentication result = signIn.authenticate(token);
        SecurityContextHolder.getContext().setAuthentication(result);
        return result;
    }

    private long createAccount(String username, Role role) {
        return systemAccess.asSystem(() -> admin.createAccount(
                new NewAccount(username, "Test " + username, PASSWORD, EnumSet.of(role), Set.of())));
    }
}
