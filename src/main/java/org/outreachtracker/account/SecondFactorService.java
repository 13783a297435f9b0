package org.outreachtracker.account;

import jakarta.annotation.security.RolesAllowed;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.outreachtracker.audit.AuditAction;
import org.outreachtracker.audit.AuditLog;
import org.outreachtracker.audit.AuditedObject;
import org.outreachtracker.base.Roles;
import org.outreachtracker.base.RuleViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Multi-factor sign-in with an authenticator app: a person enrols their own app (a secret shown
 * as a QR code and a key, confirmed by a code from the app) and gets ten recovery codes, shown
 * once; they can renew those codes. An administrator resets the factor of a person who lost their
 * phone, giving the reason. Each of these is recorded in the audit trail. Signing in with the
 * second factor is {@link SecondFactorSignIn}.
 * <p>
 * A person who must use a second factor and has none yet is, after their password, part-way
 * through signing in ({@link Roles#ENROLLING_SECOND_FACTOR}, none of their roles): they may read
 * their status and set up their app, nothing else, not even renew codes.
 */
@Service
@Transactional
public class SecondFactorService {

    static final int SECRET_BYTES = 20;

    /** How a wrong code is refused, in English (the refusal.account.wrongCode text of the bundles). */
    static final String WRONG_CODE = "That code does not match. Check that the app shows the account you just added"
            + " and that the phone's time is set automatically, then type the code it shows now.";

    private final SecondFactorRepository factors;
    private final RecoveryCodes recoveryCodes;
    private final SecondFactorSignIn signIn;
    private final UserAccountRepository accounts;
    private final CurrentUser currentUser;
    private final SecretCipher cipher;
    private final AuditLog auditLog;
    private final Clock clock;
    private final SecurityProperties.Mfa settings;
    private final SecureRandom random = new SecureRandom();

    SecondFactorService(
            SecondFactorRepository factors,
            RecoveryCodes recoveryCodes,
            SecondFactorSignIn signIn,
            UserAccountRepository accounts,
            CurrentUser currentUser,
            SecretCipher cipher,
            AuditLog auditLog,
            Clock clock,
            SecurityProperties properties) {
        this.factors = factors;
        this.recoveryCodes = recoveryCodes;
        this.signIn = signIn;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.cipher = cipher;
        this.auditLog = auditLog;
        this.clock = clock;
        this.settings = properties.mfa();
    }

    /** The signed-in user's second factor. */
    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER, Roles.ADMIN, Roles.ENROLLING_SECOND_FACTOR})
    @Transactional(readOnly = true)
    public SecondFactorStatus status() {
        UserAccount account = own();
        long id = account.requireId();
        Optional<SecondFactor> factor = factors.findById(id);
        return new SecondFactorStatus(
                factor.map(SecondFactor::enabledAt).orElse(null),
                factor.isPresent() ? recoveryCodes.left(id) : 0,
                signIn.required(account),
                cipher.available());
    }

    /**
     * A new secret for the signed-in user's authenticator app, to be confirmed with
     * {@link #confirmEnrolment}; nothing is stored yet. Refused when they already use an app
     * (an administrator resets it first) or when this system has no encryption key.
     */
    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER, Roles.ADMIN, Roles.ENROLLING_SECOND_FACTOR})
    @Transactional(readOnly = true)
    public PendingEnrolment startEnrolment() {
        UserAccount account = own();
        if (!cipher.available()) {
            throw new RuleViolationException(SecretCipher.NO_KEY);
        }
        if (factors.existsById(account.requireId())) {
            throw RuleViolationException.because("refusal.account.authenticatorAlreadyLost");
        }
        byte[] secret = new byte[SECRET_BYTES];
        random.nextBytes(secret);
        return new PendingEnrolment(account.requireId(), secret, settings.issuer(), account.getUsername());
    }

    /**
     * Confirms the app with a code it shows now: from then on signing in needs a code from it.
     * Returns the ten recovery codes, which are shown this once and stored only as hashes.
     */
    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER, Roles.ADMIN, Roles.ENROLLING_SECOND_FACTOR})
    public List<String> confirmEnrolment(PendingEnrolment pending, String code) {
        UserAccount account = own();
        long id = account.requireId();
        if (pending == null || pending.accountId() != id) {
            throw RuleViolationException.because("refusal.account.setupOtherAccount");
        }
        if (accounts.lockRow(id).isEmpty()) {
            throw RuleViolationException.because("refusal.account.ownGone");
        }
        if (factors.existsById(id)) {
            throw RuleViolationException.because("refusal.account.authenticatorAlready");
        }
        byte[] secret = pending.secret();
        OptionalLong step = Totp.matchingStep(secret, code, clock.instant(), Long.MIN_VALUE);
        if (step.isEmpty()) {
            throw RuleViolationException.because("refusal.account.wrongCode");
        }
        Instant now = clock.instant();
        // The confirming code's step counts as used, so that code cannot also sign someone in.
        factors.save(new SecondFactor(id, cipher.encrypt(id, secret), now, step.getAsLong()));
        List<String> codes = recoveryCodes.renew(id);
        auditLog.changed(
                AuditAction.SECOND_FACTOR_ENROLLED,
                AuditedObject.USER,
                id,
                "Authenticator app enrolled by '" + account.getUsername() + "'; " + RecoveryCodes.COUNT
                        + " recovery codes issued");
        return codes;
    }

    /** Ten new recovery codes for the signed-in user, shown once; the old ones stop working. */
    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER, Roles.ADMIN})
    public List<String> renewRecoveryCodes() {
        UserAccount account = own();
        long id = account.requireId();
        if (!factors.existsById(id)) {
            throw RuleViolationException.because("refusal.account.recoveryNeedsApp");
        }
        List<String> codes = recoveryCodes.renew(id);
        auditLog.changed(
                AuditAction.RECOVERY_CODES_RENEWED,
                AuditedObject.USER,
                id,
                RecoveryCodes.COUNT + " new recovery codes issued to '" + account.getUsername()
                        + "'; the earlier ones no longer work");
        return codes;
    }

    /** When the account enrolled its authenticator app, if it has one; for the Users page. */
    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public Optional<Instant> enrolledAt(long accountId) {
        return factors.findById(accountId).map(SecondFactor::enabledAt);
    }

    /**
     * Removes an account's authenticator app and recovery codes (a lost or replaced phone): the
     * person then signs in with their password alone and enrols again, unless a second factor is
     * required of them. The reason is recorded in the audit trail.
     */
    @RolesAllowed(Roles.ADMIN)
    public void reset(long accountId, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw RuleViolationException.because("refusal.account.resetReasonMissing");
        }
        if (why.length() > 500) {
            throw RuleViolationException.because("refusal.account.resetReasonTooLong");
        }
        UserAccount account = accounts.findById(accountId)
                .orElseThrow(() -> RuleViolationException.because("refusal.account.thatGone"));
        if (factors.deleteFactor(accountId) == 0) {
            throw RuleViolationException.because("refusal.account.nothingToReset", account.getUsername());
        }
        recoveryCodes.removeAll(accountId);
        auditLog.changed(
                AuditAction.SECOND_FACTOR_RESET,
                AuditedObject.USER,
                accountId,
                "Authenticator app and recovery codes of '" + account.getUsername()
                        + "' removed by an administrator. Reason: " + why);
    }

    /** The signed-in user's account, or that of the person setting up their app while signing in. */
    private UserAccount own() {
        long id = currentUser
                .get()
                .or(currentUser::enrolling)
                .orElseGet(currentUser::require)
                .id();
        return accounts.findById(id).orElseThrow(() -> RuleViolationException.because("refusal.account.ownGone"));
    }
}
