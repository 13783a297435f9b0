package org.outreachtracker.counterpart;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A title and organization a counterpart held, and when.
 *
 * @param from the first day held, or {@code null} when not known
 * @param until the last day held, or {@code null} for the current position
 */
public record PositionHeld(
        String title,
        String organization,
        @Nullable LocalDate from,
        @Nullable LocalDate until) {

    public boolean current() {
        return until == null;
    }

    /** Whether the position was held on that day (an unknown first day reaches back indefinitely). */
    public boolean heldOn(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (until == null || !day.isAfter(until));
    }

    /** "Title, organization". */
    public String describe() {
        return title + ", " + organization;
    }
}
