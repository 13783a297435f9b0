package org.outreachtracker.counterpart;

import java.util.List;

/**
 * The records that name counterparts, as a merge needs them. Meetings name their counterparts, so
 * the feature that records meetings supplies this (as a bean) and the directory only calls it,
 * inside the merge's own transaction.
 */
public interface CounterpartLinks {

    /**
     * Moves every live or deleted record naming {@code fromId} to {@code toId}; a record that
     * already named both keeps one link. Returns what it moved, for {@link #restore}.
     */
    List<LinkMoved> moveAll(long fromId, long toId);

    /** Puts back what {@link #moveAll} moved, as far as the records still name {@code toId}. */
    void restore(long fromId, long toId, List<LinkMoved> moved);

    /**
     * One record moved by a merge.
     *
     * @param meetingId the meeting whose link moved
     * @param survivorPresent whether the meeting already named the survivor (the merged link was dropped)
     */
    record LinkMoved(long meetingId, boolean survivorPresent) {}
}
