package org.outreachtracker.counterpart;

import java.time.LocalDate;
import java.util.List;

/**
 * A counterpart's positions, the current one first, then earlier ones latest first.
 *
 * @param counterpartId whose positions they are
 */
public record CounterpartPositions(long counterpartId, List<PositionHeld> all) {

    public CounterpartPositions {
        if (all.isEmpty()) {
            throw new IllegalArgumentException("A counterpart holds at least their current position");
        }
        all = List.copyOf(all);
    }

    public PositionHeld current() {
        return all.getFirst();
    }

    /**
     * The position held on a day. A day before the earliest position known gives the earliest one
     * (the best the directory knows); a day after the current one began gives the current one.
     */
    public PositionHeld on(LocalDate day) {
        return all.stream().filter(p -> p.heldOn(day)).findFirst().orElse(all.getLast());
    }

    /** Whether the counterpart has held more than one position on record. */
    public boolean changed() {
        return all.size() > 1;
    }
}
