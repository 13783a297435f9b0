package org.outreachtracker.audit;

import java.time.Instant;

/** Which audit events to list; every part is optional. {@code to} is exclusive. */
public record AuditFilter(
        String username, AuditAction action, AuditedObject objectType, String objectId, Instant from, Instant to) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null);
    }
}
