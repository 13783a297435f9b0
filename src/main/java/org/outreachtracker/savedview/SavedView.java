package org.outreachtracker.savedview;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One person's last choice of filters on one page. No version: the choice is the person's own and
 * the latest one wins (two tabs of the same person simply leave the later choice).
 */
@Entity
@Table(name = "saved_view")
class SavedView {

    @Embeddable
    record Key(
            @Column(name = "user_id") long userId,

            @Enumerated(EnumType.STRING) @Column(name = "page", length = 40)
            SavedPage page) {}

    @EmbeddedId
    private Key key;

    @Column(nullable = false, length = SavedViewService.MAX_LENGTH)
    private String filters;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    protected SavedView() {}

    SavedView(long userId, SavedPage page, String filters, Instant savedAt) {
        this.key = new Key(userId, page);
        this.filters = filters;
        this.savedAt = savedAt;
    }

    String getFilters() {
        return filters;
    }

    void choose(String newFilters, Instant now) {
        this.filters = newFilters;
        this.savedAt = now;
    }
}
