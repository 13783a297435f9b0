package org.outreachtracker.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.outreachtracker.audit.AuditAction;
import org.outreachtracker.audit.AuditLog;
import org.outreachtracker.audit.AuditOutcome;
import org.outreachtracker.audit.AuditedObject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signs in people the ministry's provider vouched for, before they are signed in (so, like
 * {@link SignInAttempts}, not a service with access rules). The provider's identity (issuer and
 * subject) names the account: the first sign-in creates it, and every sign-in sets its roles and
 * desk countries from the person's groups, so a change at the provider applies at the next
 * sign-in. Refused, with a message for the person and an entry in the audit trail: no groups
 * claim, no group of this application, a deactivated or locked account, and a name already used
 * by an account that signs in otherwise (an account is never taken over by its name).
 */
@Component
public class ExternalAccounts {

    private final UserAccountRepository accounts;
    private final ExternalIdentityRepository identities;
    private final SignInAccounts lookup;
    private final PasswordHashing passwordHashing;
    private final AuditLog auditLog;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ExternalSignInProperties settings;
    private final SecurityProperties.Lockout lockout;
    private final SecureRandom random = new SecureRandom();

    ExternalAccounts(
            UserAccountRepository accounts,
            ExternalIdentityRepository identities,
            SignInAccounts lookup,
            PasswordHashing passwordHashing,
            AuditLog auditLog,
            JdbcClient jdbc,
            Clock clock,
            ExternalSignInProperties settings,
            SecurityProperties security) {
        this.accounts = accounts;
        this.identities = identities;
        this.lookup = lookup;
        this.passwordHashing = passwordHashing;
        this.auditLog = auditLog;
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = settings;
        this.lockout = security.lockout();
    }

    /**
     * The account the person signs in to, created or brought up to date from the provider's word;
     * the sign-in is recorded. Throws {@link ExternalSignInRefused} when refused (recorded too).
     */
    @Transactional
    public SignInAccount signIn(ExternalSignIn person) {
        String username = usernameOf(person.username());
        if (person.groups() == null) {
            throw refused(person, username, null, "The provider sent no \"" + settings.groupsClaim() + "\" claim");
        }
        Set<Role> roles = rolesOf(person.groups());
        Optional<UserAccount> linked = identities
                .findByIssuerAndSubject(person.issuer(), person.subject())
                .flatMap(identity -> accounts.findById(identity.userId()));
        Long id = linked.map(UserAccount::requireId).orElse(null);
        if (roles.isEmpty()) {
            throw refused(person, username, id, "Not in any group of this application");
        }
        UserAccount account = linked.isPresent() ? linked.get() : create(person, username, roles);
        if (!account.isEnabled()) {
            throw refused(person, account.getUsername(), id, "The account is deactivated");
        }
        if (account.isLockedAt(clock.instant(), lockout.lockDuration())) {
            throw refused(person, account.getUsername(), id, "The account is locked");
        }
        update(account, person, roles);
        Instant now = clock.instant();
        accounts.saveAndFlush(account);
        accounts.signedIn(account.requireId(), now);
        auditLog.eventInTransaction(
                account.getUsername(),
                AuditAction.SIGN_IN,
                AuditedObject.USER,
                account.requireId(),
                AuditOutcome.SUCCESS,
                person.sourceAddress(),
                "Through " + settings.providerName() + " (" + person.issuer() + "), subject " + person.subject());
        return lookup.find(account.getUsername())
                .orElseThrow(() -> new IllegalStateException("The account just signed in to is not found"));
    }

    /**
     * Signs in the account a verified client certificate names (a smart card: PIV or CAC); the
     * certificate's chain and dates were checked before. Refused, recorded with the certificate's
     * subject: an unknown account, a deactivated or a locked one. Decided under the account's row
     * lock, as a password sign-in is.
     */
    @Transactional
    public SignInAccount certificateSignIn(String usernameFromCertificate, String subject, String sourceAddress) {
        String username = SignInAccounts.normalize(usernameFromCertificate);
        Optional<UserAccount> found = lookup.account(username);
        if (found.isEmpty()) {
            throw certificateRefused(username, null, subject, sourceAddress, "No account has this name");
        }
        long id = found.get().requireId();
        if (accounts.lockRow(id).isEmpty()) {
            throw certificateRefused(username, id, subject, sourceAddress, "No account has this name");
        }
        UserAccount account = accounts.findById(id).orElseThrow();
        if (!account.isEnabled()) {
            throw certificateRefused(username, id, subject, sourceAddress, "The account is deactivated");
        }
        if (account.isLockedAt(clock.instant(), lockout.lockDuration())) {
            throw certificateRefused(username, id, subject, sourceAddress, "The account is locked");
        }
        accounts.signedIn(id, clock.instant());
        auditLog.eventInTransaction(
                username,
                AuditAction.SIGN_IN,
                AuditedObject.USER,
                id,
                AuditOutcome.SUCCESS,
                sourceAddress,
                "With a certificate: " + subject);
        return lookup.find(username).orElseThrow();
    }

    /** Records a certificate refused before any account was looked at (untrusted, expired, no name in it). */
    public void certificateRefused(String subject, String sourceAddress, String reason) {
        auditLog.event(
                "(certificate)",
                AuditAction.SIGN_IN_FAILED,
                AuditedObject.USER,
                null,
                AuditOutcome.FAILURE,
                sourceAddress,
                reason + "; certificate " + (subject == null ? "none" : subject));
    }

    private ExternalSignInRefused certificateRefused(
            String username, Long accountId, String subject, String sourceAddress, String reason) {
        auditLog.event(
                username,
                AuditAction.SIGN_IN_FAILED,
                AuditedObject.USER,
                accountId,
                AuditOutcome.FAILURE,
                sourceAddress,
                reason + "; certificate " + subject);
        return new ExternalSignInRefused(reason + ".");
    }

    /**
     * Records a sign-in through the provider that failed before anyone was known: the provider
     * answered with an error, or its token was refused (wrong issuer, bad signature, expired,
     * replayed).
     */
    public void failedAtProvider(String reason, String sourceAddress) {
        auditLog.event(
                "(" + settings.providerName() + ")",
                AuditAction.SIGN_IN_FAILED,
                AuditedObject.USER,
                null,
                AuditOutcome.FAILURE,
                sourceAddress,
                reason + "; through " + settings.providerName() + " (" + settings.issuerUri() + ")");
    }

    /** Records a password sign-in refused because local passwords are off for this account. */
    public void passwordRefused(String usernameTried, String sourceAddress) {
        auditLog.event(
                SignInAccounts.normalize(usernameTried),
                AuditAction.SIGN_IN_FAILED,
                AuditedObject.USER,
                null,
                AuditOutcome.FAILURE,
                sourceAddress,
                "Local passwords are off: only break-glass accounts may use one");
    }

    /**
     * The provider's name for the person as a username of this application: lower case, and every
     * character a username may not hold (as the "@" of an e-mail address) replaced by a dash.
     */
    static String usernameOf(String providerName) {
        return SignInAccounts.normalize(providerName).replaceAll("[^a-z0-9._-]", "-");
    }

    private UserAccount create(ExternalSignIn person, String username, Set<Role> roles) {
        if (!username.matches(AccountAdminService.USERNAME_PATTERN)) {
            throw refused(
                    person,
                    username,
                    null,
                    "The provider's name for the account, \"" + username + "\", is not a username this"
                            + " application accepts (2 to 50 letters, digits, dots, dashes or underscores)");
        }
        if (accounts.findByUsername(username).isPresent()) {
            throw refused(
                    person,
                    username,
                    null,
                    "An account named \"" + username + "\" already exists here and signs in otherwise");
        }
        // Nobody knows this password: the account signs in through the provider only.
        byte[] unknown = new byte[32];
        random.nextBytes(unknown);
        var account = new UserAccount(
                username,
                displayName(person, username),
                passwordHashing.hash(Base64.getEncoder().encodeToString(unknown)));
        account.setRoles(roles);
        UserAccount saved = accounts.saveAndFlush(account);
        identities.save(new ExternalIdentity(saved.requireId(), person.issuer(), person.subject(), clock.instant()));
        auditLog.eventInTransaction(
                username,
                AuditAction.CREATED,
                AuditedObject.USER,
                saved.requireId(),
                AuditOutcome.SUCCESS,
                person.sourceAddress(),
                "At the first sign-in through " + settings.providerName() + ", with the roles " + roles);
        return saved;
    }

    /** Roles, desk countries, name and e-mail address as the provider gives them now. */
    private void update(UserAccount account, ExternalSignIn person, Set<Role> roles) {
        account.setRoles(roles);
        account.setDeskCountryIds(deskCountries(Objects.requireNonNull(person.groups())));
        account.setDisplayName(displayName(person, account.getUsername()));
        if (person.email() != null
                && !person.email().isBlank()
                && person.email().length() <= 254) {
            account.setEmail(person.email().strip());
        }
    }

    private Set<Role> rolesOf(List<String> groups) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        settings.roleGroups().forEach((role, roleGroups) -> {
            if (roleGroups.stream().anyMatch(groups::contains)) {
                roles.add(role);
            }
        });
        return roles;
    }

    private Set<Long> deskCountries(List<String> groups) {
        List<String> codes = groups.stream()
                .map(settings::deskCountryOf)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        if (codes.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("select id from country where code in (:codes)")
                .param("codes", codes)
                .query(Long.class)
                .list());
    }

    private static String displayName(ExternalSignIn person, String username) {
        String name = person.displayName() == null ? "" : person.displayName().strip();
        if (name.isEmpty()) {
            return username;
        }
        return name.length() > 100 ? name.substring(0, 100) : name;
    }

    private ExternalSignInRefused refused(ExternalSignIn person, String username, Long accountId, String reason) {
        auditLog.event(
                username.isEmpty() ? person.subject() : username,
                AuditAction.SIGN_IN_FAILED,
                AuditedObject.USER,
                accountId,
                AuditOutcome.FAILURE,
                person.sourceAddress(),
                reason + "; through " + settings.providerName() + " (" + person.issuer() + "), subject "
                        + person.subject());
        return new ExternalSignInRefused(reason + ".");
    }
}
