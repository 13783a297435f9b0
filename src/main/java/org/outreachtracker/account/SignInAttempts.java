package org.outreachtracker.account;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.outreachtracker.audit.AuditAction;
import org.outreachtracker.audit.AuditLog;
import org.outreachtracker.audit.AuditOutcome;
import org.outreachtracker.audit.AuditedObject;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happens after each sign-in attempt: the audit trail records it, failed attempts are
 * counted, and the account is locked when too many fall within the window. A lock ends by itself
 * after the lock duration (lifted, and recorded, at the account's next attempt) or when an
 * administrator unlocks it. Attempts with unknown usernames create no rows: they are only recorded
 * in the audit trail.
 * <p>
 * Attempts on one account are decided one at a time: each takes a lock on the account's row
 * before it reads the account's state, and keeps it until its count, its lock and its audit
 * events are written. So attempts made at the same moment are counted one after another (the
 * trail says "failed attempt 1 of 3", "2 of 3", "3 of 3", then "locked"), the attempt that reaches
 * the limit is the one that locks, and once the account is locked every further attempt within
 * the lock duration is refused, also one with the right password whose check was under way.
 */
@Component
public class SignInAttempts {

    /** Why a sign-in failed, as far as the lockout rule cares. */
    public enum Failure {
        BAD_CREDENTIALS,
        LOCKED,
        DISABLED,
        OTHER
    }

    /** What happens to an attempt whose password was right. */
    public enum Decision {
        /** Signed in (recorded as a sign-in). */
        ACCEPTED,
        /**
         * The password was right and the account has an authenticator app: its code is asked next
         * ({@link SecondFactorSignIn}). Not yet a sign-in, and the count of failures goes on, so
         * that signing in with the password again gives no new tries at the code.
         */
        SECOND_FACTOR,
        LOCKED,
        DISABLED
    }

    /** When a lock ends, as the trail says it (the format the screens use for a moment in time). */
    private static final DateTimeFormatter LOCK_END = DateTimeFormatter.ofPattern(
                    "d MMM yyyy HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private final UserAccountRepository accounts;
    private final SecondFactorRepository factors;
    private final SignInAccounts lookup;
    private final AuditLog auditLog;
    private final Clock clock;
    private final SecurityProperties.Lockout lockout;
    private final ApplicationEventPublisher events;

    SignInAttempts(
            UserAccountRepository accounts,
            SecondFactorRepository factors,
            SignInAccounts lookup,
            AuditLog auditLog,
            Clock clock,
            SecurityProperties properties,
            ApplicationEventPublisher events) {
        this.events = events;
        this.accounts = accounts;
        this.factors = factors;
        this.lookup = lookup;
        this.auditLog = auditLog;
        this.clock = clock;
        this.lockout = properties.lockout();
    }

    /**
     * Decides an attempt whose password was right, under the account's row lock: signed in (the
     * count of failures starts again, and the trail records the sign-in); or, for an account with
     * an authenticator app, on to its code ({@link Decision#SECOND_FACTOR}: nothing is reset or
     * recorded as a sign-in until the code is right); or refused because the account is locked or
     * deactivated now (the refusal is recorded by {@link #failed}).
     */
    @Transactional
    public Decision rightPassword(long accountId, String username, String sourceAddress) {
        Instant now = clock.instant();
        if (accounts.lockRow(accountId).isEmpty()) {
            return Decision.DISABLED;
        }
        liftExpiredLock(accountId, username, now);
        SignInState state = SignInState.read(accounts.signInState(accountId));
        if (!state.enabled()) {
            return Decision.DISABLED;
        }
        if (state.lockedAt(now, lockout.lockDuration())) {
            return Decision.LOCKED;
        }
        if (factors.existsById(accountId)) {
            return Decision.SECOND_FACTOR;
        }
        accounts.signedIn(accountId, now);
        auditLog.eventInTransaction(
                username, AuditAction.SIGN_IN, AuditedObject.USER, accountId, AuditOutcome.SUCCESS, sourceAddress, "");
        return Decision.ACCEPTED;
    }

    /** Records a refused attempt, and counts it when the password was wrong; under the account's row lock. */
    @Transactional
    public void failed(String usernameTried, String sourceAddress, Failure failure) {
        Optional<UserAccount> found = lookup.account(usernameTried);
        if (found.isEmpty() || accounts.lockRow(found.get().requireId()).isEmpty()) {
            failedEvent(usernameTried, null, sourceAddress, "Unknown username");
            return;
        }
        long id = found.get().requireId();
        String username = found.get().getUsername();
        Instant now = clock.instant();
        liftExpiredLock(id, username, now);
        SignInState state = SignInState.read(accounts.signInState(id));
        if (!state.enabled()) {
            failedEvent(username, id, sourceAddress, "The account is deactivated");
            return;
        }
        if (state.lockedAt(now, lockout.lockDuration())) {
            failedEvent(
                    username,
                    id,
                    sourceAddress,
                    failure == Failure.BAD_CREDENTIALS
                            ? "Wrong password; the account is locked"
                            : "The account is locked");
            return;
        }
        if (failure != Failure.BAD_CREDENTIALS) {
            failedEvent(
                    username, id, sourceAddress, "Refused (" + failure.name().toLowerCase() + ")");
            return;
        }
        countFailure(id, username, sourceAddress, "Wrong password", now);
    }

    /**
     * Decides, under the account's row lock, whether a second factor may be tried now: only for an
     * account that is active and not locked (a lock whose time is up is lifted first). A refusal
     * is recorded in the trail. For {@link SecondFactorSignIn}, in its transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Decision secondFactorMayBeTried(long accountId, String username, String sourceAddress) {
        if (accounts.lockRow(accountId).isEmpty()) {
            return Decision.DISABLED;
        }
        Instant now = clock.instant();
        liftExpiredLock(accountId, username, now);
        SignInState state = SignInState.read(accounts.signInState(accountId));
        if (!state.enabled()) {
            failedEvent(username, accountId, sourceAddress, "Second factor refused: the account is deactivated");
            return Decision.DISABLED;
        }
        if (state.lockedAt(now, lockout.lockDuration())) {
            failedEvent(username, accountId, sourceAddress, "Second factor refused: the account is locked");
            return Decision.LOCKED;
        }
        return Decision.ACCEPTED;
    }

    /**
     * A wrong second factor ({@code what}: "Wrong code from the authenticator app", "Wrong
     * recovery code"...): counted and recorded like a wrong password, and the account is locked when
     * it reaches the limit. True when the account is locked now. Under the row lock taken by
     * {@link #secondFactorMayBeTried}, in the same transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean wrongSecondFactor(long accountId, String username, String sourceAddress, String what) {
        return countFailure(accountId, username, sourceAddress, what, clock.instant());
    }

    /**
     * The second factor was right: the user is signed in, the count of failures starts again and
     * the trail records the sign-in with how it was made ({@code how}). In the transaction of
     * {@link #secondFactorMayBeTried}.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void secondFactorAccepted(long accountId, String username, String sourceAddress, String how) {
        accounts.signedIn(accountId, clock.instant());
        auditLog.eventInTransaction(
                username, AuditAction.SIGN_IN, AuditedObject.USER, accountId, AuditOutcome.SUCCESS, sourceAddress, how);
    }

    /** Counts a failure, records it, and locks the account at the limit; true when the account is locked now. */
    private boolean countFailure(long id, String username, String sourceAddress, String what, Instant now) {
        accounts.countFailure(id, now, now.minus(lockout.failureWindow()));
        int attempts = accounts.failedAttempts(id);
        failedEvent(
                username,
                id,
                sourceAddress,
                what + " (failed attempt " + attempts + " of " + lockout.maxFailedAttempts() + " within "
                        + DurationText.of(lockout.failureWindow()) + ")");
        if (attempts >= lockout.maxFailedAttempts() && accounts.lock(id, now) == 1) {
            auditLog.eventInTransaction(
                    CurrentUser.SYSTEM_NAME,
                    AuditAction.ACCOUNT_LOCKED,
                    AuditedObject.USER,
                    id,
                    AuditOutcome.SUCCESS,
                    sourceAddress,
                    "Account '" + username + "' locked after " + attempts
                            + " failed sign-ins within " + DurationText.of(lockout.failureWindow())
                            + "; it unlocks by itself at " + LOCK_END.format(now.plus(lockout.lockDuration()))
                            + ", or when an administrator unlocks it");
            events.publishEvent(new AccountLocked(id, username, attempts, now.plus(lockout.lockDuration())));
        }
        return attempts >= lockout.maxFailedAttempts();
    }

    /** The sign-in state of an account as read under its row lock. */
    private record SignInState(boolean enabled, boolean locked, Instant lockedAt) {

        static SignInState read(Object[] row) {
            Object[] values = row.length == 1 && row[0] instanceof Object[] nested ? nested : row;
            return new SignInState((Boolean) values[0], (Boolean) values[1], (Instant) values[2]);
        }

        boolean lockedAt(Instant now, java.time.Duration lockDuration) {
            return locked && (lockedAt == null || lockedAt.plus(lockDuration).isAfter(now));
        }
    }

    /** A sign-in refused before the password was checked, because the system-use notice was not acknowledged. */
    @Transactional
    public void refusedWithoutNotice(String usernameTried, String sourceAddress) {
        failedEvent(usernameTried, null, sourceAddress, "The system-use notice was not acknowledged");
    }

    /**
     * A sign-in refused before the password was checked, because the form did not carry the
     * session's CSRF token (a page open too long, or a form posted from another site).
     */
    @Transactional
    public void refusedWithoutToken(String usernameTried, String sourceAddress) {
        failedEvent(
                usernameTried,
                null,
                sourceAddress,
                "The sign-in form's security token was missing or out of date (page expired, or sent from another site)");
    }

    /** Ends a lock whose time is up; true when it did (and the trail then says so). */
    private boolean liftExpiredLock(long id, String username, Instant now) {
        if (accounts.unlockExpired(id, now.minus(lockout.lockDuration())) == 0) {
            return false;
        }
        auditLog.eventInTransaction(
                CurrentUser.SYSTEM_NAME,
                AuditAction.ACCOUNT_UNLOCKED,
                AuditedObject.USER,
                id,
                AuditOutcome.SUCCESS,
                null,
                "Account '" + username + "' unlocked automatically, " + DurationText.of(lockout.lockDuration())
                        + " after it was locked");
        return true;
    }

    private void failedEvent(String username, Long id, String sourceAddress, String note) {
        auditLog.eventInTransaction(
                username == null || username.isBlank() ? "(none)" : username,
                AuditAction.SIGN_IN_FAILED,
                AuditedObject.USER,
                id,
                AuditOutcome.FAILURE,
                sourceAddress,
                note);
    }
}
