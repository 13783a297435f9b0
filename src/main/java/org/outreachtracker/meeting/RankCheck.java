package org.outreachtracker.meeting;

import java.util.Collection;
import java.util.Comparator;
import org.outreachtracker.counterpart.CounterpartLevel;

/**
 * How a meeting's counterparts compare with the minimum level its campaign asks for.
 *
 * @param minimum the campaign's minimum counterpart level; null when it sets none
 * @param highestMet the most senior level among the counterparts met; null when none was recorded
 * @param belowMinimum whether every counterpart met was below the minimum (never when there is no
 *     minimum or no counterpart)
 */
public record RankCheck(CounterpartLevel minimum, CounterpartLevel highestMet, boolean belowMinimum) {

    /** No minimum to check against. */
    public static final RankCheck NONE = new RankCheck(null, null, false);

    /**
     * Compares the levels met with the minimum. Levels are ordered from head of state down to
     * working level; "other" counts as below every named level.
     */
    public static RankCheck of(CounterpartLevel minimum, Collection<CounterpartLevel> met) {
        CounterpartLevel highest = met.stream()
                .filter(java.util.Objects::nonNull)
                .min(Comparator.naturalOrder())
                .orElse(null);
        boolean below = minimum != null && highest != null && highest.compareTo(minimum) > 0;
        return new RankCheck(minimum, highest, below);
    }

    /** A sentence for the meeting's page and the reporting cable; empty when there is nothing to say. */
    public String sentence() {
        if (minimum == null) {
            return "";
        }
        if (highestMet == null) {
            return "The campaign asks for counterparts at " + minimum.label().toLowerCase() + " level or above.";
        }
        return belowMinimum
                ? "Below the minimum level: the campaign asks for "
                        + minimum.label().toLowerCase() + " or above; the most senior counterpart met was "
                        + highestMet.label().toLowerCase() + "."
                : "At or above the campaign's minimum level (" + minimum.label().toLowerCase() + ").";
    }
}
