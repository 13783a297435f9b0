package org.outreachtracker.account;

import java.time.Instant;

/** One account as the administrators' list query reads it, before roles and state are added. */
record AccountRowData(
        long id,
        long version,
        String username,
        String displayName,
        boolean enabled,
        boolean locked,
        Instant lockedAt,
        boolean passwordChangeRequired,
        boolean demoAccount,
        Instant lastSignInAt,
        int deskCountryCount) {}
