package org.outreachtracker.counterpart;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.outreachtracker.base.DeletedRecord;
import org.outreachtracker.base.Names;
import org.outreachtracker.base.SoftDeletableEntity;

/** A foreign official whom posts meet. */
@Entity
@Table(name = "counterpart")
class Counterpart extends SoftDeletableEntity {

    @Column(nullable = false, length = 200)
    private String name = "";

    /** The name's key in alphabetical order ({@link Names#sortKey}), for lists the database sorts. */
    @Column(name = "sort_name", nullable = false, length = Names.SORT_KEY_LENGTH)
    private String sortName = "";

    @Column(nullable = false, length = 200)
    private String title = "";

    @Column(nullable = false, length = 200)
    private String organization = "";

    @Column(name = "country_id", nullable = false)
    private long countryId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private CounterpartLevel level = CounterpartLevel.OTHER;

    protected Counterpart() {}

    Counterpart(CounterpartDraft draft) {
        apply(draft);
    }

    void apply(CounterpartDraft draft) {
        name = draft.name().strip();
        sortName = Names.sortKey(name);
        title = draft.title().strip();
        organization = draft.organization().strip();
        countryId = draft.countryId();
        level = draft.level();
    }

    long getCountryId() {
        return countryId;
    }

    DeletedRecord toDeleted() {
        return toDeleted(name + ", " + title + ", " + organization, countryId);
    }

    CounterpartRef toRef() {
        return new CounterpartRef(requireId(), getVersion(), name, title, organization, countryId, level);
    }
}
