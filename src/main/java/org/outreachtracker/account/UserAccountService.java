package org.outreachtracker.account;

import org.outreachtracker.base.Authenticated;
import org.outreachtracker.base.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.outreachtracker.audit.AuditAction;
import org.outreachtracker.audit.AuditLog;
import org.outreachtracker.audit.AuditOutcome;
import org.outreachtracker.audit.AuditedObject;
import org.outreachtracker.audit.FieldChanges;
import org.outreachtracker.base.RuleViolationException;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Accounts as every feature sees them (names to show), creating them at start-up, and changing
 * one's own password. Administrators manage accounts through {@link AccountAdminService}.
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

    UserAccountService(UserAccountRepository accounts, PasswordHashing passwordHashing,
            PasswordPolicy passwordPolicy, CurrentUser currentUser, AuditLog auditLog) {
        this.accounts = accounts;
        this.passwordHashing = passwordHashing;
        this.passwordPolicy = passwordPolicy;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
    }

    /** Creates an account; returns its id. */
    @RolesAllowed({Roles.ADMIN, Roles.SYSTEM})
    public long createAccount(@Valid NewAccount account) {
        return create(account, false);
    }

    /**
     * Creates a demo account (usable only while demo mode is on); returns its id. Demo passwords
     * are published on the sign-in page, so the password rules do not apply to them.
     */
    @RolesAllowed(Roles.SYSTEM)
    public long createDemoAccount(@Valid NewAccount account) {
        return create(account, true);
    }

    @RolesAllowed(Roles.SYSTEM)
    @Transactional(readOnly = true)
    public boolean anyAccountExists() {
        return accounts.count() > 0;
    }

    /** Every account, by name (outreach work shows who reported what and who owns what). */
    @Authenticated
    @Transactional(readOnly = true)
    public List<UserRef> users() {
        return accounts.findAll(Sort.by("displayName")).stream().map(UserAccountService::toRef).toList();
    }

    @Authenticated
    @Transactional(readOnly = true)
    public Optional<UserRef> user(long id) {
        return accounts.findById(id).map(UserAccountService::toRef);
    }

    static UserRef toRef(UserAccount account) {
        return new UserRef(account.requireId(), account.getUsername(), account.getDisplayName(),
                account.getRoles(), account.isEnabled());
    }

    /**
     * Changes the signed-in user's own password; the current password must be given. A wrong
     * current password is recorded in the audit trail (someone else at an unlocked screen?).
     */
    @Authenticated
    public void changeOwnPassword(String currentPassword, String newPassword) {
        UserAccount account = accounts.findById(currentUser.require().id())
                .orElseThrow(() -> new RuleViolationException("Your account no longer exists."));
        if (currentPassword == null || !passwordHashing.matches(currentPassword, account.getPasswordHash())) {
            auditLog.event(account.getUsername(), AuditAction.PASSWORD_CHANGED, AuditedObject.USER,
                    account.requireId(), AuditOutcome.FAILURE, null, "The current password given was not correct");
            throw new WrongCurrentPasswordException();
        }
        if (newPassword != null && PasswordPolicy.normalize(newPassword).equals(PasswordPolicy.normalize(currentPassword))) {
            throw new RuleViolationException("Choose a password different from the current one.");
        }
        passwordPolicy.check(account.getUsername(), account.getDisplayName(), newPassword).ifPresent(problem -> {
            throw new RuleViolationException(problem);
        });
        boolean required = account.isPasswordChangeRequired();
        account.setPasswordHash(passwordHashing.hash(newPassword));
        account.setPasswordChangeRequired(false);
        accounts.flush();
        auditLog.changed(AuditAction.PASSWORD_CHANGED, AuditedObject.USER, account.requireId(),
                required ? "Changed by the user, replacing a one-time password" : "Changed by the user");
    }

    private long create(NewAccount request, boolean demo) {
        String username = SignInAccounts.normalize(request.username());
        if (accounts.existsByUsername(username)) {
            throw new RuleViolationException("The username '" + username + "' is already taken.");
        }
        if (!demo) {
            passwordPolicy.check(username, request.displayName(), request.password()).ifPresent(problem -> {
                throw new RuleViolationException(problem);
            });
        }
        var account = new UserAccount(username, request.displayName().strip(),
                passwordHashing.hash(request.password()));
        account.setRoles(request.roles());
        account.setDeskCountryIds(request.deskCountryIds());
        account.setDemoAccount(demo);
        long id = accounts.save(account).requireId();
        auditLog.changed(AuditAction.CREATED, AuditedObject.USER, id,
                FieldChanges.between(null, AccountAdminService.Audited.of(account)));
        return id;
    }

    /** Used once, for the first administrator of an empty installation. */
    long createInitialAdministrator(String username, String password) {
        var account = new UserAccount(username, "Administrator", passwordHashing.hash(password));
        account.setRoles(EnumSet.of(Role.ADMIN));
        account.setPasswordChangeRequired(true);
        long id = accounts.save(account).requireId();
        auditLog.changed(AuditAction.CREATED, AuditedObject.USER, id,
                FieldChanges.between(null, AccountAdminService.Audited.of(account)));
        return id;
    }
}
