package org.outreachtracker.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** How one person wants to hear of one kind of notification (no row: in the application only). */
@Entity
@Table(name = "notification_preference")
class NotificationPreference {

    @Embeddable
    record Key(
            @Column(name = "user_id") long userId,

            @Enumerated(EnumType.STRING) @Column(name = "kind", length = 40)
            NotificationKind kind) {}

    @EmbeddedId
    private Key key;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Delivery delivery;

    protected NotificationPreference() {}

    NotificationPreference(long userId, NotificationKind kind, Delivery delivery) {
        this.key = new Key(userId, kind);
        this.delivery = delivery;
    }

    NotificationKind getKind() {
        return key.kind();
    }

    Delivery getDelivery() {
        return delivery;
    }

    void setDelivery(Delivery delivery) {
        this.delivery = delivery;
    }
}
