package org.outreachtracker.account;

import jakarta.annotation.security.RolesAllowed;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.outreachtracker.audit.AuditAction;
import org.outreachtracker.audit.AuditLog;
import org.outreachtracker.audit.AuditOutcome;
import org.outreachtracker.audit.AuditedObject;
import org.outreachtracker.audit.FieldChange;
import org.outreachtracker.audit.FieldChanges;
import org.outreachtracker.base.Authenticated;
import org.outreachtracker.base.Languages;
import org.outreachtracker.base.Roles;
import org.outreachtracker.base.RuleViolationException;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Accounts as every feature sees them (names to show), and what a signed-in user does to their
 * own account (changing their password). Creating and managing accounts is
 * {@link AccountAdminService}'s.
 */
@Service
@Validated
@Transactional
public class UserAccountService {

    private final UserAccountRepository accounts;
    private final PasswordHashing passwordHashing;
    private final PasswordPolicy passwordPolicy;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;

    UserAccountService(
            UserAccountRepository accounts,
            PasswordHashing passwordHashing,
            PasswordPolicy passwordPolicy,
            CurrentUser currentUser,
            AuditLog auditLog) {
        this.accounts = accounts;
        this.passwordHashing = passwordHashing;
        this.passwordPolicy = passwordPolicy;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
    }

    /** Every account, by name (outreach work shows who reported what and who owns what). */
    @Authenticated
    @Transactional(readOnly = true)
    public List<UserRef> users() {
        return accounts.findAll(Sort.by("displayName")).stream()
                .map(UserAccountService::toRef)
                .toList();
    }

    @Authenticated
    @Transactional(readOnly = true)
    public Optional<UserRef> user(long id) {
        return accounts.findById(id).map(UserAccountService::toRef);
    }

    /**
     * How to reach an account: its name, roles, whether it is active, and its e-mail address if
     * it has one. For the application's own work (notifications, digests).
     */
    @RolesAllowed(Roles.SYSTEM)
    @Transactional(readOnly = true)
    public Optional<AccountContact> contact(long id) {
        return accounts.findById(id).map(UserAccountService::toContact);
    }

    /** The active accounts with the role, by name; for the application's own work. */
    @RolesAllowed(Roles.SYSTEM)
    @Transactional(readOnly = true)
    public List<AccountContact> activeWithRole(Role role) {
        return accounts.activeWithRole(role).stream()
                .map(UserAccountService::toContact)
                .toList();
    }

    /** The active desk officers whose desk includes the country, by name; for the application's own work. */
    @RolesAllowed(Roles.SYSTEM)
    @Transactional(readOnly = true)
    public List<AccountContact> deskOfficersOf(long countryId) {
        return accounts.activeDeskOfficersOf(countryId).stream()
                .map(UserAccountService::toContact)
                .toList();
    }

    /** The signed-in user's own e-mail address, if they gave one. */
    @Authenticated
    @Transactional(readOnly = true)
    public Optional<String> ownEmail() {
        return accounts.findById(currentUser.require().id()).map(UserAccount::getEmail);
    }

    /**
     * Changes the signed-in user's own e-mail address (blank removes it: notifications then stay
     * in the application). Recorded in the audit trail.
     */
    @Authenticated
    public void changeOwnEmail(String email) {
        long id = currentUser.require().id();
        String after = EmailAddress.normalize(email);
        EmailAddress.problem(after).ifPresent(problem -> {
            throw new RuleViolationException(problem);
        });
        UserAccount account =
                accounts.findById(id).orElseThrow(() -> RuleViolationException.because("refusal.account.ownGone"));
        String before = account.getEmail();
        if (java.util.Objects.equals(before, after)) {
            return;
        }
        account.setEmail(after);
        accounts.flush();
        auditLog.changed(
                AuditAction.CHANGED,
                AuditedObject.USER,
                account.requireId(),
                List.of(new FieldChange("email", before == null ? "" : before, after == null ? "" : after)));
    }

    /** The signed-in user's display preferences (language and time zone). */
    @Authenticated
    @Transactional(readOnly = true)
    public DisplayPreferences ownDisplayPreferences() {
        return accounts.findById(currentUser.require().id())
                .map(account -> new DisplayPreferences(account.getLanguage(), account.getTimeZone()))
                .orElse(DisplayPreferences.BROWSER);
    }

    /** Keeps the signed-in user's display preferences; they apply from the next page they open. */
    @Authenticated
    public void changeOwnDisplayPreferences(DisplayPreferences preferences) {
        long id = currentUser.require().id();
        preferences.check();
        UserAccount account =
                accounts.findById(id).orElseThrow(() -> RuleViolationException.because("refusal.account.ownGone"));
        account.setDisplayPreferences(preferences);
    }

    /**
     * Moves every desk country of one desk officer to another, as when the first leaves the desk
     * and a manager hands their work over: the successor adds them to their own, the leaver keeps
     * none. Both accounts' changes are audited. Returns how many countries moved.
     */
    @RolesAllowed(Roles.MANAGER)
    public int handOverDesk(long fromId, long toId) {
        if (fromId == toId) {
            throw RuleViolationException.because("refusal.account.deskSameOfficer");
        }
        UserAccount from =
                accounts.findById(fromId).orElseThrow(() -> RuleViolationException.because("refusal.account.gone"));
        UserAccount to =
                accounts.findById(toId).orElseThrow(() -> RuleViolationException.because("refusal.account.gone"));
        if (!to.isEnabled() || !to.getRoles().contains(Role.DESK_OFFICER)) {
            throw RuleViolationException.because("refusal.account.deskToNonOfficer", to.getDisplayName());
        }
        Set<Long> moving = from.getDeskCountryIds();
        if (moving.isEmpty()) {
            return 0;
        }
        var fromBefore = AccountAdminService.Audited.of(from);
        var toBefore = AccountAdminService.Audited.of(to);
        Set<Long> joined = new HashSet<>(to.getDeskCountryIds());
        joined.addAll(moving);
        to.setDeskCountryIds(joined);
        from.setDeskCountryIds(Set.of());
        accounts.flush();
        auditLog.changed(
                AuditAction.CHANGED,
                AuditedObject.USER,
                fromId,
                FieldChanges.between(fromBefore, AccountAdminService.Audited.of(from)));
        auditLog.changed(
                AuditAction.CHANGED,
                AuditedObject.USER,
                toId,
                FieldChanges.between(toBefore, AccountAdminService.Audited.of(to)));
        return moving.size();
    }

    private static AccountContact toContact(UserAccount account) {
        return new AccountContact(
                account.requireId(),
                account.getUsername(),
                account.getDisplayName(),
                account.getRoles(),
                account.isEnabled(),
                account.getEmail(),
                Optional.ofNullable(account.getLanguage())
                        .flatMap(Languages::supported)
                        .orElse(Languages.ENGLISH));
    }

    static UserRef toRef(UserAccount account) {
        return new UserRef(
                account.requireId(),
                account.getUsername(),
                account.getDisplayName(),
                account.getRoles(),
                account.isEnabled());
    }

    /**
     * Changes the signed-in user's own password; the current password must be given. A wrong
     * current password is recorded in the audit trail (someone else at an unlocked screen?).
     */
    @Authenticated
    public void changeOwnPassword(String currentPassword, String newPassword) {
        UserAccount account = accounts.findById(currentUser.require().id())
                .orElseThrow(() -> RuleViolationException.because("refusal.account.ownGone"));
        if (currentPassword == null || !passwordHashing.matches(currentPassword, account.getPasswordHash())) {
            auditLog.event(
                    account.getUsername(),
                    AuditAction.PASSWORD_CHANGED,
                    AuditedObject.USER,
                    account.requireId(),
                    AuditOutcome.FAILURE,
                    null,
                    "The current password given was not correct");
            throw new WrongCurrentPasswordException();
        }
        if (newPassword != null
                && PasswordPolicy.normalize(newPassword).equals(PasswordPolicy.normalize(currentPassword))) {
            throw RuleViolationException.because("refusal.account.samePassword");
        }
        passwordPolicy
                .check(account.getUsername(), account.getDisplayName(), newPassword)
                .ifPresent(problem -> {
                    throw new RuleViolationException(problem);
                });
        boolean required = account.isPasswordChangeRequired();
        account.setPasswordHash(passwordHashing.hash(newPassword));
        account.setPasswordChangeRequired(false);
        accounts.flush();
        auditLog.changed(
                AuditAction.PASSWORD_CHANGED,
                AuditedObject.USER,
                account.requireId(),
                required ? "Changed by the user, replacing a one-time password" : "Changed by the user");
    }
}
