package org.outreachtracker.security;

import org.outreachtracker.account.SecondFactorSignIn;
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
 * <p>
 * The right password alone signs in only an account without a second factor that is not required
 * to have one. Otherwise the session is only part-way signed in ({@link SignInInProgress}, none of
 * the account's roles): the code from the authenticator app is asked next, or, when an app is
 * required and there is none, setting one up.
 */
class AccountAuthenticationProvider extends DaoAuthenticationProvider {

    private final SignInAttempts attempts;
    private final SecondFactorSignIn secondFactors;

    AccountAuthenticationProvider(
            UserDetailsService users,
            PasswordEncoder passwordEncoder,
            SignInAttempts attempts,
            SecondFactorSignIn secondFactors) {
        super(users);
        this.attempts = attempts;
        this.secondFactors = secondFactors;
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
                case SECOND_FACTOR -> {
                    return SignInInProgress.of(account, SignInInProgress.Step.CODE, authentication.getDetails());
                }
                case ACCEPTED -> {
                    if (secondFactors.required(account.id())) {
                        return SignInInProgress.of(
                                account, SignInInProgress.Step.ENROLMENT, authentication.getDetails());
                    }
                    // signed in
                }
            }
        }
        return super.createSuccessAuthentication(principal, authentication, user);
    }
}
