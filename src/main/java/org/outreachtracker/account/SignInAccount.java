package org.outreachtracker.account;

import java.util.Set;

/**
 * An account as signing in sees it. {@code stamp} is the account's version (any change raises
 * it); {@code locked} says whether a lock was in force when the account was read.
 */
public record SignInAccount(
        long id,
        long stamp,
        String username,
        String displayName,
        String passwordHash,
        Set<Role> roles,
        boolean enabled,
        boolean locked) {

    public SignInAccount {
        roles = Set.copyOf(roles);
    }
}
