package org.outreachtracker.security;

import java.time.Instant;
import java.util.List;
import org.outreachtracker.audit.AuditAction;
import org.outreachtracker.audit.AuditEventRef;
import org.outreachtracker.audit.AuditFilter;
import org.outreachtracker.audit.AuditService;
import org.outreachtracker.audit.AuditedObject;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** Reads the audit trail in tests, as the demo administrator would. */
public final class TestAudit {

    private final AuditService audit;
    private final SystemAccess systemAccess;

    public TestAudit(AuditService audit, SystemAccess systemAccess) {
        this.audit = audit;
        this.systemAccess = systemAccess;
    }

    /** The events with this action about this object since the given time, oldest first. */
    public List<AuditEventRef> events(AuditAction action, AuditedObject type, Object id, Instant since) {
        return search(new AuditFilter(null, action, type, id == null ? null : String.valueOf(id), since, null));
    }

    /** The events with this action done by this user since the given time, oldest first. */
    public List<AuditEventRef> byUser(String username, AuditAction action, Instant since) {
        return search(new AuditFilter(username, action, null, null, since, null));
    }

    private List<AuditEventRef> search(AuditFilter filter) {
        return systemAccess.asUser(
                "admin",
                () -> audit.search(filter, PageRequest.of(0, 200, Sort.by("occurredAt", "id")))
                        .getContent());
    }
}
