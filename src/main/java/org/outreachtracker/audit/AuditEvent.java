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

/**
 * One audit event, as read. Written once, sealed into the trail's hash chain ({@link AuditSeal});
 * the database refuses any later change or deletion.
 */
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

    /** The event's number in the chain (null for an event added past the application). */
    @Column(insertable = false, updatable = false)
    private Long seq;

    protected AuditEvent() {}

    String getUsername() {
        return username;
    }

    AuditedObject getObjectType() {
        return objectType;
    }

    AuditEventRef toRef(String authorName, boolean withContent) {
        AuditDetails read = AuditDetails.read(details);
        if (!withContent && read.hasContent()) {
            read = read.withoutContent();
        }
        return new AuditEventRef(
                id, occurredAt, username, action, objectType, objectId, outcome, sourceAddress, read, authorName, seq);
    }
}
