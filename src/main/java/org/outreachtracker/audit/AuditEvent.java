package org.outreachtracker.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One audit event. Written once; the database refuses any later change or deletion. */
@Entity
@Immutable
@Table(name = "audit_event")
class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false, length = 100)
    private String username;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 40)
    private AuditAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "object_type", updatable = false, length = 40)
    private AuditedObject objectType;

    @Column(name = "object_id", updatable = false, length = 100)
    private String objectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 10)
    private AuditOutcome outcome;

    @Column(name = "source_address", updatable = false, length = 64)
    private String sourceAddress;

    @Column(updatable = false, length = 8000)
    private String details;

    protected AuditEvent() {
    }

    AuditEvent(Instant occurredAt, String username, AuditAction action, AuditedObject objectType, String objectId,
            AuditOutcome outcome, String sourceAddress, String details) {
        this.occurredAt = occurredAt;
        this.username = username;
        this.action = action;
        this.objectType = objectType;
        this.objectId = objectId;
        this.outcome = outcome;
        this.sourceAddress = sourceAddress;
        this.details = details;
    }

    AuditEventRef toRef() {
        return new AuditEventRef(id, occurredAt, username, action, objectType, objectId, outcome, sourceAddress,
                AuditDetails.read(details));
    }
}
