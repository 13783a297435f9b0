package org.outreachtracker.base;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * An entity that is never removed: deleting it hides it (lists and figures leave it out) and
 * records when and by whom, until someone restores it.
 */
@MappedSuperclass
public abstract class SoftDeletableEntity extends AbstractEntity {

    @Column(name = "deleted_at")
    private Instant deletedAt;

    @Column(name = "deleted_by", length = 100)
    private String deletedBy;

    public boolean isDeleted() {
        return deletedAt != null;
    }

    public void delete(Instant when, String who) {
        deletedAt = when;
        deletedBy = who;
    }

    public void restore() {
        deletedAt = null;
        deletedBy = null;
    }

    /** A line describing what was deleted, for the list of deleted records. */
    protected DeletedRecord toDeleted(String description, long countryId) {
        return new DeletedRecord(requireId(), getVersion(), description, countryId, deletedAt, deletedBy);
    }
}
