package org.outreachtracker.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.outreachtracker.base.AbstractEntity;

/** A regional bureau, such as Africa or Western Hemisphere. */
@Entity
@Table(name = "bureau")
class Bureau extends AbstractEntity {

    @Column(nullable = false, unique = true, length = 8)
    private String code = "";

    @Column(nullable = false, unique = true, length = 100)
    private String name = "";

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected Bureau() {}

    String getCode() {
        return code;
    }

    String getName() {
        return name;
    }

    int getSortOrder() {
        return sortOrder;
    }

    BureauRef toRef() {
        return new BureauRef(requireId(), code, name);
    }
}
