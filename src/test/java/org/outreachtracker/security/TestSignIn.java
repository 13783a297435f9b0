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

    public static void anonymous() {
        SecurityContextHolder.clearContext();
    }
}
