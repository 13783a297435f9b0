package org.outreachtracker.account;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds accounts for signing in, before anyone is signed in (so not a service with access rules).
 * Demo accounts exist only for demo mode: with demo mode off they are treated exactly like
 * unknown users. A lock counts only until it ends by itself.
 */
@Component
public class SignInAccounts {

    private final UserAccountRepository accounts;
    private final boolean demoEnabled;
    private final Clock clock;
    private final SecurityProperties.Lockout lockout;

    SignInAccounts(
            UserAccountRepository accounts,
            @Value("${outreach.demo.enabled:false}") boolean demoEnabled,
            Clock clock,
            SecurityProperties properties) {
        this.accounts = accounts;
        this.demoEnabled = demoEnabled;
        this.clock = clock;
        this.lockout = properties.lockout();
    }

    /** The account that may try to sign in with this name, if any. */
    @Transactional(readOnly = true)
    public Optional<SignInAccount> find(String username) {
        return account(username)
                .map(account -> new SignInAccount(
                        account.requireId(),
                        account.getVersion(),
                        account.getUsername(),
                        account.getDisplayName(),
                        account.getPasswordHash(),
                        account.getRoles(),
                        account.isEnabled(),
                        account.isLockedAt(clock.instant(), lockout.lockDuration())));
    }

    /** The account's stamp (its version), or empty when it no longer exists; one small query, run on every request. */
    public Optional<Long> stamp(long id) {
        return accounts.stamp(id);
    }

    Optional<UserAccount> account(String username) {
        return accounts.findByUsername(normalize(username)).filter(account -> demoEnabled || !account.isDemoAccount());
    }

    /** A username as accounts store it: trimmed, lower case. */
    public static String normalize(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }
}
