package org.outreachtracker.account;

import java.time.Instant;

/**
 * An account was locked after too many failed sign-ins. Published in the transaction that
 * locks it; whoever tells administrators should do so once that transaction has committed, so
 * that nothing they do can undo the lock.
 */
public record AccountLocked(long accountId, String username, int failedAttempts, Instant lockedUntil) {}
