package org.outreachtracker.audit;

import java.time.Instant;

/** An audit event as read back. */
public record AuditEventRef(long id, Instant occurredAt, String username, AuditAction action,
        AuditedObject objectType, String objectId, AuditOutcome outcome, String sourceAddress,
        AuditDetails details) {
}
