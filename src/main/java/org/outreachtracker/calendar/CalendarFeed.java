package org.outreachtracker.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A person's calendar feed: the hash of its secret address and when that address was made. One per
 * person; the person's account id is its key.
 */
@Entity
@Table(name = "calendar_feed")
class CalendarFeed {

    @Id
    @Column(name = "user_id")
    private Long userId;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Null until first saved: tells Spring Data that a feed with a given key is new. */
    @Version
    private Long version;

    protected CalendarFeed() {}

    CalendarFeed(long userId, String tokenHash, Instant createdAt) {
        this.userId = userId;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
    }

    long getUserId() {
        return userId;
    }

    String getTokenHash() {
        return tokenHash;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    /** Gives the feed a new address: the old one stops matching at once. */
    void replaceToken(String newTokenHash, Instant now) {
        this.tokenHash = newTokenHash;
        this.createdAt = now;
    }
}
