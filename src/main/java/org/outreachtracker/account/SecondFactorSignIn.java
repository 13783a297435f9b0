package org.outreachtracker.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.outreachtracker.audit.AuditAction;
import org.outreachtracker.audit.AuditLog;
import org.outreachtracker.audit.AuditOutcome;
import org.outreachtracker.audit.AuditedObject;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second step of signing in, after the right password: a code from the account's
 * authenticator app, or one of its recovery codes. Used by the sign-in, before the person is
 * signed in (so, like {@link SignInAttempts}, not a service with access rules). Each attempt is
 * decided under the account's row lock: a locked or deactivated account is refused; a wrong code
 * counts towards the lockout rule exactly as a wrong password does; a right one signs the person
 * in and is recorded in the audit trail. A code is accepted only once.
 */
@Component
public class SecondFactorSignIn {

    /** How an attempt at the second factor ended. */
    public enum Outcome {
        /** Right: the person is signed in. */
        ACCEPTED,
        /** Wrong, used already, or too old: counted towards the lockout rule. */
        WRONG,
        /** The account is locked (perhaps by this attempt) or was deactivated. */
        REFUSED,
        /**
         * The app's secret cannot be read on this system (its key is missing or was changed): a
         * recovery code still works; otherwise an administrator must reset the factor.
         */
        UNAVAILABLE
    }

    private final UserAccountRepository accounts;
    private final SecondFactorRepository factors;
    private final RecoveryCodes recoveryCodes;
    private final SignInAttempts attempts;
    private final SecretCipher cipher;
    private final AuditLog auditLog;
    private final Clock clock;
    private final SecurityProperties.Mfa settings;
    private final boolean demo;

    SecondFactorSignIn(
            UserAccountRepository accounts,
            SecondFactorRepository factors,
            RecoveryCodes recoveryCodes,
            SignInAttempts attempts,
            SecretCipher cipher,
            AuditLog auditLog,
            Clock clock,
            SecurityProperties properties,
            @Value("${outreach.demo.enabled:false}") boolean demo) {
        this.accounts = accounts;
        this.factors = factors;
        this.recoveryCodes = recoveryCodes;
        this.attempts = attempts;
        this.cipher = cipher;
        this.auditLog = auditLog;
        this.clock = clock;
        this.settings = properties.mfa();
        this.demo = demo;
    }

    /** Whether the account has an authenticator app, so signing in needs its code after the password. */
    @Transactional(readOnly = true)
    public boolean enrolled(long accountId) {
        return factors.existsById(accountId);
    }

    /**
     * Whether the account must use a second factor: an administrator when
     * {@code outreach.security.mfa.required-for-administrators} is on, anyone when
     * {@code required-for-everyone} is; never a demo account (demo mode only), so the demo works
     * without an app.
     */
    @Transactional(readOnly = true)
    public boolean required(long accountId) {
        return accounts.findById(accountId).map(this::required).orElse(false);
    }

    boolean required(UserAccount account) {
        if (demo && account.isDemoAccount()) {
            return false;
        }
        return settings.requiredForEveryone()
                || (settings.requiredForAdministrators() && account.getRoles().contains(Role.ADMIN));
    }

    /** Checks a code from the account's authenticator app. */
    @Transactional
    public Outcome verifyCode(long accountId, String code, String sourceAddress) {
        Optional<String> username = mayBeTried(accountId, sourceAddress);
        if (username.isEmpty()) {
            return Outcome.REFUSED;
        }
        Optional<SecondFactor> factor = factors.findById(accountId);
        if (factor.isEmpty()) {
            failed(accountId, username.get(), sourceAddress, "No authenticator app is enrolled for the account");
            return Outcome.UNAVAILABLE;
        }
        byte[] secret;
        try {
            secret = cipher.decrypt(accountId, factor.get().secret());
        } catch (SecretCipher.UnreadableSecretException | org.outreachtracker.base.RuleViolationException e) {
            failed(
                    accountId,
                    username.get(),
                    sourceAddress,
                    "The authenticator secret cannot be read on this system (outreach.security.mfa.key missing or"
                            + " changed); a recovery code or an administrator's reset is needed");
            return Outcome.UNAVAILABLE;
        }
        Instant now = clock.instant();
        OptionalLong step = Totp.matchingStep(secret, code, now, factor.get().lastUsedStep());
        if (step.isPresent() && factors.useStep(accountId, step.getAsLong()) == 1) {
            attempts.secondFactorAccepted(
                    accountId, username.get(), sourceAddress, "With a code from the authenticator app");
            return Outcome.ACCEPTED;
        }
        boolean replayed = Totp.matchingStep(secret, code, now, Long.MIN_VALUE).isPresent();
        return wrong(
                accountId,
                username.get(),
                sourceAddress,
                replayed
                        ? "A code from the authenticator app that was used already"
                        : "Wrong code from the authenticator app");
    }

    /** Checks one of the account's recovery codes, which then cannot be used again. */
    @Transactional
    public Outcome useRecoveryCode(long accountId, String code, String sourceAddress) {
        Optional<String> username = mayBeTried(accountId, sourceAddress);
        if (username.isEmpty()) {
            return Outcome.REFUSED;
        }
        if (!factors.existsById(accountId) || !recoveryCodes.use(accountId, code)) {
            return wrong(accountId, username.get(), sourceAddress, "Wrong recovery code");
        }
        int left = recoveryCodes.left(accountId);
        auditLog.eventInTransaction(
                username.get(),
                AuditAction.RECOVERY_CODE_USED,
                AuditedObject.USER,
                accountId,
                AuditOutcome.SUCCESS,
                sourceAddress,
                left + " of " + RecoveryCodes.COUNT + " recovery codes left");
        attempts.secondFactorAccepted(
                accountId, username.get(), sourceAddress, "With a recovery code (" + left + " left)");
        return Outcome.ACCEPTED;
    }

    /** The account's username when a second factor may be tried now (active, not locked). */
    private Optional<String> mayBeTried(long accountId, String sourceAddress) {
        Optional<String> username = accounts.findById(accountId).map(UserAccount::getUsername);
        if (username.isEmpty()
                || attempts.secondFactorMayBeTried(accountId, username.get(), sourceAddress)
                        != SignInAttempts.Decision.ACCEPTED) {
            return Optional.empty();
        }
        return username;
    }

    private Outcome wrong(long accountId, String username, String sourceAddress, String what) {
        return attempts.wrongSecondFactor(accountId, username, sourceAddress, what) ? Outcome.REFUSED : Outcome.WRONG;
    }

    private void failed(long accountId, String username, String sourceAddress, String note) {
        auditLog.eventInTransaction(
                username,
                AuditAction.SIGN_IN_FAILED,
                AuditedObject.USER,
                accountId,
                AuditOutcome.FAILURE,
                sourceAddress,
                note);
    }
}
