package org.outreachtracker.counterpart;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.outreachtracker.base.AbstractEntity;

/** A position a counterpart held before their current one. */
@Entity
@Table(name = "counterpart_position")
class CounterpartPosition extends AbstractEntity {

    @Column(name = "counterpart_id", nullable = false)
    private long counterpartId;

    @Column(nullable = false, length = 200)
    private String title = "";

    @Column(nullable = false, length = 200)
    private String organization = "";

    /** The first day held, when known. */
    @Column(name = "held_from")
    private @Nullable LocalDate heldFrom;

    /** The last day held. */
    @Column(name = "held_until", nullable = false)
    private LocalDate heldUntil = LocalDate.MIN;

    protected CounterpartPosition() {}

    CounterpartPosition(
            long counterpartId, String title, String organization, @Nullable LocalDate heldFrom, LocalDate heldUntil) {
        this.counterpartId = counterpartId;
        this.title = title;
        this.organization = organization;
        this.heldFrom = heldFrom;
        this.heldUntil = heldUntil;
    }

    long getCounterpartId() {
        return counterpartId;
    }

    PositionHeld toHeld() {
        return new PositionHeld(title, organization, heldFrom, heldUntil);
    }
}
