package org.outreachtracker.account;

import java.time.Instant;

/**
 * An account as an administrator edits it. {@code lockedUntil} is when a lock in force ends by
 * itself (null when not locked, or locked without an end).
 */
public record AccountDetails(
        long id,
        long version,
        String username,
        AccountDraft draft,
        AccountState state,
        Instant lockedUntil,
        Instant lastSignInAt,
        Instant createdAt,
        boolean demoAccount) {}
