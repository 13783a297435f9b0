package org.outreachtracker.account;

import java.time.Instant;
import java.util.Set;

/** One account in the administrators' list. */
public record AccountRow(
        long id,
        long version,
        String username,
        String displayName,
        Set<Role> roles,
        int deskCountryCount,
        AccountState state,
        Instant lastSignInAt,
        boolean demoAccount,
        boolean external) {

    public AccountRow {
        roles = Set.copyOf(roles);
    }
}
