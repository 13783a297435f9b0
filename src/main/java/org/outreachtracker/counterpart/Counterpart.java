package org.outreachtracker.counterpart;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.outreachtracker.base.AbstractEntity;
import org.outreachtracker.base.DeletedRecord;

/** A foreign official whom posts meet. */
@Entity
@Table(name = "counterpart")
class Counterpart extends AbstractEntity {

    @Column(nullable = false, length = 200)
    private String name = "";

    @Column(nullable = false, length = 200)
    private String title = "";

    @Column(nullable = false, length = 200)
    private String organization = "";

    @Column(name = "country_id", nullable = false)
    private long countryId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private CounterpartLevel level = CounterpartLevel.OTHER;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    @Column(name = "deleted_by", length = 100)
    private String deletedBy;

    protected Counterpart() {
    }

    Counterpart(CounterpartDraft draft) {
        apply(draft);
    }

    void apply(CounterpartDraft draft) {
        name = draft.name().strip();
        title = draft.title().strip();
        organization = draft.organization().strip();
        countryId = draft.countryId();
        level = draft.level();
    }

    long getCountryId() {
        return countryId;
    }

    boolean isDeleted() {
        return deletedAt != null;
    }

    void delete(Instant when, String who) {
        deletedAt = when;
        deletedBy = who;
    }

    void restore() {
        deletedAt = null;
        deletedBy = null;
    }

    DeletedRecord toDeleted() {
        return new DeletedRecord(requireId(), getVersion(), name + ", " + title + ", " + organization, countryId,
                deletedAt, deletedBy);
    }

    CounterpartRef toRef() {
        return new CounterpartRef(requireId(), getVersion(), name, title, organization, countryId, level);
    }
}
