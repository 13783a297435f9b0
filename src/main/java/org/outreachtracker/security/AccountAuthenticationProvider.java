package org.outreachtracker.security;

import org.outreachtracker.account.SignInAttempts;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password sign-in that looks at the password first and only then at whether the account may sign
 * in: every refusal takes the same time and ends in the same message, so neither a lock nor an
 * account's existence shows (unknown usernames are checked against a dummy hash by Spring for the
 * same reason). Whether the account may sign in is decided by {@link SignInAttempts#rightPassword}
 * under a lock on the account's row, after the password was checked: an attempt whose password
 * was right is refused if failed attempts running at the same time locked the account meanwhile.
 */
class AccountAuthenticationProvider extends DaoAuthenticationProvider {

    private final SignInAttempts attempts;

    AccountAuthenticationProvider(UserDetailsService users, PasswordEncoder passwordEncoder, SignInAttempts attempts) {
        super(users);
        this.attempts = attempts;
        setPasswordEncoder(passwordEncoder);
        // The state read when the account was loaded may be out of date by the time the password
        // is checked; the decision below reads it again, under the row lock.
        setPreAuthenticationChecks(user -> {});
        setPostAuthenticationChecks(user -> {});
    }

    @Override
    protected Authentication createSuccessAuthentication(
            Object principal, Authentication authentication, UserDetails user) {
        if (user instanceof AccountPrincipal account) {
            switch (attempts.rightPassword(
                    account.id(), account.getUsername(), SecurityEvents.sourceAddress(authentication))) {
                case LOCKED -> throw new LockedException("The account is locked");
                case DISABLED -> throw new DisabledException("The account is deactivated");
                case ACCEPTED -> {
                    // signed in
                }
            }
        }
        return super.createSuccessAuthentication(principal, authentication, user);
    }
}
