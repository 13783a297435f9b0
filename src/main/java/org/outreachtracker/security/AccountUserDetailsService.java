package org.outreachtracker.security;

import org.outreachtracker.account.SignInAccounts;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Loads accounts for sign-in, as {@link SignInAccounts} finds them (demo accounts only in demo
 * mode; a lock counts only until it ends by itself).
 */
@Component
class AccountUserDetailsService implements UserDetailsService {

    private final SignInAccounts accounts;

    AccountUserDetailsService(SignInAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.find(username)
                .map(account -> AccountPrincipal.of(account, account.locked()))
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }
}
