package org.outreachtracker.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One thing one person is told. Made once per person and subject ({@code subjectKey}); only
 * whether it was read, and when it went out by e-mail, change afterwards.
 */
@Entity
@Table(name = "notification")
class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "recipient_id", nullable = false, updatable = false)
    private long recipientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 40)
    private NotificationKind kind;

    @Column(name = "subject_key", nullable = false, updatable = false, length = 120)
    private String subjectKey;

    @Column(nullable = false, updatable = false, length = 300)
    private String title;

    @Column(nullable = false, updatable = false, length = 300)
    private String link;

    @Column(updatable = false, length = 50)
    private @Nullable String marking;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private Delivery delivery;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private @Nullable Instant readAt;

    @Column(name = "emailed_at")
    private @Nullable Instant emailedAt;

    protected Notification() {}

    Notification(
            long recipientId,
            NotificationKind kind,
            String subjectKey,
            String title,
            String link,
            @Nullable String marking,
            Delivery delivery,
            Instant createdAt) {
        this.recipientId = recipientId;
        this.kind = kind;
        this.subjectKey = subjectKey;
        this.title = title.length() > 300 ? title.substring(0, 299) + "\u2026" : title;
        this.link = link;
        this.marking = marking;
        this.delivery = delivery;
        this.createdAt = createdAt;
    }

    long getRecipientId() {
        return recipientId;
    }

    NotificationKind getKind() {
        return kind;
    }

    String getTitle() {
        return title;
    }

    String getLink() {
        return link;
    }

    /** The handling marking of what the title speaks of; null when it holds nothing marked. */
    @Nullable
    String getMarking() {
        return marking;
    }

    Delivery getDelivery() {
        return delivery;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    void emailed(Instant at) {
        emailedAt = at;
    }

    NotificationRef toRef() {
        return new NotificationRef(id, kind, title, link, createdAt, readAt != null);
    }
}
