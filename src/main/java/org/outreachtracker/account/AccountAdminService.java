package org.outreachtracker.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.outreachtracker.audit.AuditAction;
import org.outreachtracker.audit.AuditLog;
import org.outreachtracker.audit.AuditedObject;
import org.outreachtracker.audit.FieldChange;
import org.outreachtracker.audit.FieldChanges;
import org.outreachtracker.base.ConcurrentChangeException;
import org.outreachtracker.base.Roles;
import org.outreachtracker.base.RuleViolationException;
import org.outreachtracker.base.SearchText;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Account administration: list and search accounts; create them with a one-time password (or, for
 * the application's start-up work, with a given password: demo accounts and the first
 * administrator); change name, roles and desk countries; deactivate and reactivate (accounts
 * are never deleted, so history keeps their names); reset a password; unlock. Every change is in
 * the audit trail. An administrator cannot deactivate their own account or take away their own
 * administrator role, so there is always an administrator.
 */
@Service
@Validated
@Transactional
public class AccountAdminService {

    static final String USERNAME_PATTERN = "[a-z0-9][a-z0-9._-]{1,49}";

    private final UserAccountRepository accounts;
    private final PasswordHashing passwordHashing;
    private final OneTimePasswords oneTimePasswords;
    private final PasswordPolicy passwordPolicy;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final Clock clock;
    private final SecurityProperties.Lockout lockout;

    private final ExternalIdentityRepository identities;

    AccountAdminService(
            UserAccountRepository accounts,
            PasswordHashing passwordHashing,
            OneTimePasswords oneTimePasswords,
            PasswordPolicy passwordPolicy,
            CurrentUser currentUser,
            AuditLog auditLog,
            Clock clock,
            SecurityProperties properties,
            ExternalIdentityRepository identities) {
        this.accounts = accounts;
        this.identities = identities;
        this.passwordHashing = passwordHashing;
        this.oneTimePasswords = oneTimePasswords;
        this.passwordPolicy = passwordPolicy;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.clock = clock;
        this.lockout = properties.lockout();
    }

    /** One page of the accounts matching the filter; sortable by username, displayName, lastSignInAt. */
    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public List<AccountRow> search(AccountFilter filter, Pageable pageable) {
        List<AccountRowData> rows = accounts.search(SearchText.containsPattern(filter.text()), pageable);
        Map<Long, Set<Role>> roles = new HashMap<>();
        if (!rows.isEmpty()) {
            for (Object[] pair :
                    accounts.rolesOf(rows.stream().map(AccountRowData::id).toList())) {
                roles.computeIfAbsent((Long) pair[0], id -> EnumSet.noneOf(Role.class))
                        .add((Role) pair[1]);
            }
        }
        Set<Long> external = rows.isEmpty()
                ? Set.of()
                : identities.findAllById(rows.stream().map(AccountRowData::id).toList()).stream()
                        .map(ExternalIdentity::userId)
                        .collect(java.util.stream.Collectors.toSet());
        Instant now = clock.instant();
        return rows.stream()
                .map(row -> new AccountRow(
                        row.id(),
                        row.version(),
                        row.username(),
                        row.displayName(),
                        roles.getOrDefault(row.id(), Set.of()),
                        row.deskCountryCount(),
                        state(row.enabled(), row.locked(), row.lockedAt(), row.passwordChangeRequired(), now),
                        row.lastSignInAt(),
                        row.demoAccount(),
                        external.contains(row.id())))
                .toList();
    }

    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public long count(AccountFilter filter) {
        return accounts.countMatching(SearchText.containsPattern(filter.text()));
    }

    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public Optional<AccountDetails> account(long id) {
        Instant now = clock.instant();
        return accounts.findById(id).map(account -> {
            AccountState state = state(account, now);
            Instant lockedUntil = state == AccountState.LOCKED && account.getLockedAt() != null
                    ? account.getLockedAt().plus(lockout.lockDuration())
                    : null;
            return new AccountDetails(
                    account.requireId(),
                    account.getVersion(),
                    account.getUsername(),
                    new AccountDraft(
                            account.getDisplayName(),
                            account.getRoles(),
                            account.getDeskCountryIds(),
                            account.getEmail()),
                    state,
                    lockedUntil,
                    account.getLastSignInAt(),
                    account.getCreatedAt(),
                    account.isDemoAccount());
        });
    }

    /**
     * Creates an account with a generated one-time password, which the person must change at
     * their first sign-in.
     */
    @RolesAllowed(Roles.ADMIN)
    public OneTimePassword create(
            @NotBlank(message = "Enter a username.")
                    @Pattern(
                            regexp = USERNAME_PATTERN,
                            message = "Use 2 to 50 lower-case letters, digits, dots, dashes or underscores.")
                    String username,
            @Valid AccountDraft draft) {
        checkDesk(draft);
        requireFreeUsername(username);
        String password = oneTimePasswords.generate(username);
        var account = new UserAccount(username, draft.displayName(), passwordHashing.hash(password));
        account.setRoles(draft.roles());
        account.setDeskCountryIds(draft.deskCountryIds());
        account.setEmail(draft.email());
        account.setPasswordChangeRequired(true);
        long id = recordCreated(saveChecked(account));
        return new OneTimePassword(id, username, password);
    }

    /**
     * Creates an account with the password given (which must follow the password rules); returns
     * its id. For the application's own start-up work and for tests; administrators use
     * {@link #create}, which issues a one-time password.
     */
    @RolesAllowed({Roles.ADMIN, Roles.SYSTEM})
    public long createAccount(@Valid NewAccount account) {
        return createWithPassword(account, false);
    }

    /**
     * Creates a demo account (usable only while demo mode is on); returns its id. Demo passwords
     * are published on the sign-in page, so the password rules do not apply to them.
     */
    @RolesAllowed(Roles.SYSTEM)
    public long createDemoAccount(@Valid NewAccount account) {
        return createWithPassword(account, true);
    }

    @RolesAllowed(Roles.SYSTEM)
    @Transactional(readOnly = true)
    public boolean anyAccountExists() {
        return accounts.count() > 0;
    }

    /** Used once, for the first administrator of an empty installation. */
    long createInitialAdministrator(String username, String password) {
        var account = new UserAccount(username, "Administrator", passwordHashing.hash(password));
        account.setRoles(EnumSet.of(Role.ADMIN));
        account.setPasswordChangeRequired(true);
        return recordCreated(accounts.save(account));
    }

    /** Changes an account's name, roles, desk countries and e-mail address; refused if someone changed it since {@code version}. */
    @RolesAllowed(Roles.ADMIN)
    public void update(long id, long version, @Valid AccountDraft draft) {
        UserAccount account = load(id, version);
        checkDesk(draft);
        if (isSelf(id) && !draft.roles().contains(Role.ADMIN)) {
            throw RuleViolationException.because("refusal.account.ownAdminRole");
        }
        Audited before = Audited.of(account);
        account.setDisplayName(draft.displayName());
        account.setRoles(draft.roles());
        account.setDeskCountryIds(draft.deskCountryIds());
        account.setEmail(draft.email());
        List<FieldChange> changes = FieldChanges.between(before, Audited.of(account));
        if (changes.isEmpty()) {
            return;
        }
        saveChecked(account);
        auditLog.changed(AuditAction.CHANGED, AuditedObject.USER, id, changes);
    }

    /** Deactivates an account: it can no longer sign in; its name stays on everything it did. */
    @RolesAllowed(Roles.ADMIN)
    public void deactivate(long id, long version) {
        UserAccount account = load(id, version);
        if (isSelf(id)) {
            throw RuleViolationException.because("refusal.account.deactivateOwn");
        }
        if (!account.isEnabled()) {
            throw RuleViolationException.because("refusal.account.alreadyDeactivated", account.getUsername());
        }
        account.setEnabled(false);
        accounts.flush();
        auditLog.changed(
                AuditAction.ACCOUNT_DEACTIVATED,
                AuditedObject.USER,
                id,
                List.of(new FieldChange("active", "yes", "no")));
    }

    /** Lets a deactivated account sign in again. */
    @RolesAllowed(Roles.ADMIN)
    public void reactivate(long id, long version) {
        UserAccount account = load(id, version);
        if (account.isEnabled()) {
            throw RuleViolationException.because("refusal.account.alreadyActive", account.getUsername());
        }
        account.setEnabled(true);
        accounts.flush();
        auditLog.changed(
                AuditAction.ACCOUNT_REACTIVATED,
                AuditedObject.USER,
                id,
                List.of(new FieldChange("active", "no", "yes")));
    }

    /**
     * Gives an account a new generated one-time password, which the person must change at their
     * next sign-in. The old password stops working at once.
     */
    @RolesAllowed(Roles.ADMIN)
    public OneTimePassword resetPassword(long id, long version) {
        UserAccount account = load(id, version);
        if (isSelf(id)) {
            throw RuleViolationException.because("refusal.account.ownPasswordHere");
        }
        String password = oneTimePasswords.generate(account.getUsername());
        account.setPasswordHash(passwordHashing.hash(password));
        account.setPasswordChangeRequired(true);
        accounts.flush();
        auditLog.changed(
                AuditAction.PASSWORD_RESET,
                AuditedObject.USER,
                id,
                "One-time password issued; it must be changed at the next sign-in");
        return new OneTimePassword(id, account.getUsername(), password);
    }

    /** Lifts a lock before it ends by itself, and clears the count of failed sign-ins. */
    @RolesAllowed(Roles.ADMIN)
    public void unlock(long id) {
        UserAccount account =
                accounts.findById(id).orElseThrow(() -> RuleViolationException.because("refusal.account.gone"));
        String username = account.getUsername();
        if (!account.isLockedAt(clock.instant(), lockout.lockDuration())) {
            throw RuleViolationException.because("refusal.account.notLocked", username);
        }
        accounts.unlock(id);
        auditLog.changed(
                AuditAction.ACCOUNT_UNLOCKED,
                AuditedObject.USER,
                id,
                "Account '" + username + "' unlocked by an administrator");
    }

    /** The fields of an account that the audit trail follows (public: the trail reads them by reflection). */
    public record Audited(
            String username, String displayName, Set<String> roles, Set<Long> deskCountryIds, String email) {

        static Audited of(UserAccount account) {
            Set<String> roles = new TreeSet<>();
            account.getRoles().forEach(role -> roles.add(role.name()));
            return new Audited(
                    account.getUsername(),
                    account.getDisplayName(),
                    roles,
                    new TreeSet<>(account.getDeskCountryIds()),
                    account.getEmail());
        }
    }

    private AccountState state(UserAccount account, Instant now) {
        return state(
                account.isEnabled(),
                account.isLocked(),
                account.getLockedAt(),
                account.isPasswordChangeRequired(),
                now);
    }

    private AccountState state(
            boolean enabled, boolean locked, Instant lockedAt, boolean passwordChangeRequired, Instant now) {
        if (!enabled) {
            return AccountState.DEACTIVATED;
        }
        if (locked && (lockedAt == null || lockedAt.plus(lockout.lockDuration()).isAfter(now))) {
            return AccountState.LOCKED;
        }
        return passwordChangeRequired ? AccountState.PASSWORD_CHANGE_REQUIRED : AccountState.ACTIVE;
    }

    private long createWithPassword(NewAccount request, boolean demo) {
        String username = SignInAccounts.normalize(request.username());
        requireFreeUsername(username);
        if (!demo) {
            passwordPolicy
                    .check(username, request.displayName(), request.password())
                    .ifPresent(problem -> {
                        throw new RuleViolationException(problem);
                    });
        }
        var account =
                new UserAccount(username, request.displayName().strip(), passwordHashing.hash(request.password()));
        account.setRoles(request.roles());
        account.setDeskCountryIds(request.deskCountryIds());
        account.setEmail(request.email());
        account.setDemoAccount(demo);
        return recordCreated(accounts.save(account));
    }

    private void requireFreeUsername(String username) {
        if (accounts.existsByUsername(username)) {
            throw RuleViolationException.because("refusal.account.usernameTaken", username);
        }
    }

    /** Every way of creating an account ends here: the trail records the new account's fields. */
    private long recordCreated(UserAccount saved) {
        long id = saved.requireId();
        auditLog.changed(AuditAction.CREATED, AuditedObject.USER, id, FieldChanges.between(null, Audited.of(saved)));
        return id;
    }

    private UserAccount load(long id, long version) {
        UserAccount account =
                accounts.findById(id).orElseThrow(() -> RuleViolationException.because("refusal.account.gone"));
        if (account.getVersion() != version) {
            throw new ConcurrentChangeException("account");
        }
        return account;
    }

    private boolean isSelf(long id) {
        return currentUser.get().map(user -> user.id() == id).orElse(false);
    }

    private static void checkDesk(AccountDraft draft) {
        if (!draft.deskCountryIds().isEmpty() && !draft.roles().contains(Role.DESK_OFFICER)) {
            throw RuleViolationException.because("refusal.account.deskCountriesNeedRole");
        }
    }

    /** Saves and writes at once, so that a desk country that does not exist is refused here, with a message. */
    private UserAccount saveChecked(UserAccount account) {
        try {
            return accounts.saveAndFlush(account);
        } catch (DataIntegrityViolationException e) {
            throw RuleViolationException.because("refusal.account.saveConflict");
        }
    }
}
