package org.outreachtracker.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The identity at the ministry's provider (issuer and subject) through which an account signs in. */
@Entity
@Table(name = "app_user_external_identity")
class ExternalIdentity {

    @Id
    @Column(name = "user_id")
    private Long userId;

    @Column(nullable = false, length = 500)
    private String issuer;

    @Column(nullable = false, length = 255)
    private String subject;

    @Column(name = "linked_at", nullable = false)
    private Instant linkedAt;

    protected ExternalIdentity() {}

    ExternalIdentity(long userId, String issuer, String subject, Instant linkedAt) {
        this.userId = userId;
        this.issuer = issuer;
        this.subject = subject;
        this.linkedAt = linkedAt;
    }

    long userId() {
        return userId;
    }

    String issuer() {
        return issuer;
    }
}
