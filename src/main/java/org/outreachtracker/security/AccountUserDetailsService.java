package org.outreachtracker.security;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads accounts for sign-in. Demo accounts exist only for demo mode: with demo mode off they
 * are treated exactly like unknown users. A lock counts only until it ends by itself.
 */
@Component
class AccountUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;
    private final boolean demoEnabled;
    private final Clock clock;
    private final SecurityProperties.Lockout lockout;

    AccountUserDetailsService(UserAccountRepository accounts,
            @Value("${outreach.demo.enabled:false}") boolean demoEnabled, Clock clock,
            SecurityProperties properties) {
        this.accounts = accounts;
        this.demoEnabled = demoEnabled;
        this.clock = clock;
        this.lockout = properties.lockout();
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return find(username)
                .map(account -> AccountPrincipal.of(account, account.isLockedAt(clock.instant(), lockout.lockDuration())))
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }

    /** The account that may try to sign in with this name, if any. */
    Optional<UserAccount> find(String username) {
        return accounts.findByUsername(normalize(username)).filter(account -> demoEnabled || !account.isDemoAccount());
    }

    static String normalize(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }
}
