package org.outreachtracker.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.outreachtracker.audit.AuditAction;
import org.outreachtracker.audit.AuditLog;
import org.outreachtracker.audit.AuditOutcome;
import org.outreachtracker.audit.AuditedObject;
import org.outreachtracker.base.ui.Formats;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happens after each sign-in attempt: the audit trail records it, failed attempts are
 * counted, and the account is locked when too many fall within the window. A lock ends by
 * itself after the lock duration (lifted, and recorded, at the account's next attempt) or when
 * an administrator unlocks it. Attempts with unknown usernames create no rows: they are only
 * recorded in the audit trail.
 */
@Component
class SignInAttempts {

    /** Why a sign-in failed, as far as the lockout rule cares. */
    enum Failure { BAD_CREDENTIALS, LOCKED, DISABLED, OTHER }

    private final UserAccountRepository accounts;
    private final AccountUserDetailsService lookup;
    private final AuditLog auditLog;
    private final Clock clock;
    private final SecurityProperties.Lockout lockout;

    SignInAttempts(UserAccountRepository accounts, AccountUserDetailsService lookup, AuditLog auditLog, Clock clock,
            SecurityProperties properties) {
        this.accounts = accounts;
        this.lookup = lookup;
        this.auditLog = auditLog;
        this.clock = clock;
        this.lockout = properties.lockout();
    }

    @Transactional
    void succeeded(long accountId, String username, String sourceAddress) {
        Instant now = clock.instant();
        liftExpiredLock(accountId, username, now);
        accounts.signedIn(accountId, now);
        auditLog.eventInTransaction(username, AuditAction.SIGN_IN, AuditedObject.USER, accountId, AuditOutcome.SUCCESS,
                sourceAddress, "");
    }

    @Transactional
    void failed(String usernameTried, String sourceAddress, Failure failure) {
        Optional<UserAccount> found = lookup.find(usernameTried);
        if (found.isEmpty()) {
            failedEvent(usernameTried, null, sourceAddress, "Unknown username");
            return;
        }
        UserAccount account = found.get();
        long id = account.requireId();
        String username = account.getUsername();
        Instant now = clock.instant();
        boolean lockEnded = liftExpiredLock(id, username, now);
        if (!account.isEnabled()) {
            failedEvent(username, id, sourceAddress, "The account is deactivated");
            return;
        }
        if (!lockEnded && account.isLockedAt(now, lockout.lockDuration())) {
            failedEvent(username, id, sourceAddress, failure == Failure.BAD_CREDENTIALS
                    ? "Wrong password; the account is locked" : "The account is locked");
            return;
        }
        if (failure != Failure.BAD_CREDENTIALS) {
            failedEvent(username, id, sourceAddress, "Refused (" + failure.name().toLowerCase() + ")");
            return;
        }
        accounts.countFailure(id, now, now.minus(lockout.failureWindow()));
        int attempts = accounts.failedAttempts(id);
        failedEvent(username, id, sourceAddress, "Wrong password (failed attempt " + attempts + " of "
                + lockout.maxFailedAttempts() + " within " + DurationText.of(lockout.failureWindow()) + ")");
        if (attempts >= lockout.maxFailedAttempts() && accounts.lock(id, now) == 1) {
            auditLog.eventInTransaction(SystemAccess.SYSTEM_NAME, AuditAction.ACCOUNT_LOCKED, AuditedObject.USER, id,
                    AuditOutcome.SUCCESS, sourceAddress, "Account '" + username + "' locked after " + attempts
                            + " failed sign-ins within " + DurationText.of(lockout.failureWindow())
                            + "; it unlocks by itself at " + Formats.dateTime(now.plus(lockout.lockDuration()))
                            + ", or when an administrator unlocks it");
        }
    }

    /** A sign-in refused before the password was checked, because the system-use notice was not acknowledged. */
    @Transactional
    void refusedWithoutNotice(String usernameTried, String sourceAddress) {
        failedEvent(usernameTried, null, sourceAddress, "The system-use notice was not acknowledged");
    }

    /** Ends a lock whose time is up; true when it did (and the trail then says so). */
    private boolean liftExpiredLock(long id, String username, Instant now) {
        if (accounts.unlockExpired(id, now.minus(lockout.lockDuration())) == 0) {
            return false;
        }
        auditLog.eventInTransaction(SystemAccess.SYSTEM_NAME, AuditAction.ACCOUNT_UNLOCKED, AuditedObject.USER, id,
                AuditOutcome.SUCCESS, null, "Account '" + username + "' unlocked automatically, "
                        + DurationText.of(lockout.lockDuration()) + " after it was locked");
        return true;
    }

    private void failedEvent(String username, Long id, String sourceAddress, String note) {
        auditLog.eventInTransaction(username == null || username.isBlank() ? "(none)" : username, AuditAction.SIGN_IN_FAILED,
                AuditedObject.USER, id, AuditOutcome.FAILURE, sourceAddress, note);
    }
}
