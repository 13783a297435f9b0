package org.outreachtracker.security;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Signs a real account in for the current test thread, with the same principal the sign-in
 * page would produce, so that views and services see the account's roles and desk.
 */
public final class TestSignIn {

    private TestSignIn() {}

    public static void as(UserDetailsService users, String username) {
        var principal = users.loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    /**
     * A real account part-way through signing in, as the password step leaves it for an account
     * with an authenticator app: the code is asked next, and the session holds none of its roles.
     */
    public static void awaitingCode(UserDetailsService users, String username) {
        partWay(users, username, SignInInProgress.Step.CODE);
    }

    /**
     * A real account part-way through signing in, as the password step leaves it for an account
     * that must set up an authenticator app first.
     */
    public static void enrolling(UserDetailsService users, String username) {
        partWay(users, username, SignInInProgress.Step.ENROLMENT);
    }

    private static void partWay(UserDetailsService users, String username, SignInInProgress.Step step) {
        var principal = (AccountPrincipal) users.loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(SignInInProgress.of(principal, step, null));
        SecurityContextHolder.setContext(context);
    }

    public static void anonymous() {
        SecurityContextHolder.clearContext();
    }
}
