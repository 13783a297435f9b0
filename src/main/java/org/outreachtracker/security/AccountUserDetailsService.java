package org.outreachtracker.security;

import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads accounts for sign-in. Demo accounts exist only for demo mode: with demo mode off they
 * are treated exactly like unknown users.
 */
@Component
class AccountUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;
    private final boolean demoEnabled;

    AccountUserDetailsService(UserAccountRepository accounts,
            @Value("${outreach.demo.enabled:false}") boolean demoEnabled) {
        this.accounts = accounts;
        this.demoEnabled = demoEnabled;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsername(normalize(username))
                .filter(account -> demoEnabled || !account.isDemoAccount())
                .map(AccountPrincipal::of)
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }

    static String normalize(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }
}
