package org.outreachtracker.counterpart;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A merge of two directory entries as the pages show it.
 *
 * @param meetingsMoved how many meetings were moved to the survivor
 * @param undoneAt when a manager undid it, or {@code null}
 */
public record CounterpartMergeRef(
        long id,
        long survivorId,
        String survivorName,
        long mergedId,
        String mergedName,
        int meetingsMoved,
        Instant mergedAt,
        String mergedBy,
        @Nullable Instant undoneAt,
        @Nullable String undoneBy) {

    public boolean undone() {
        return undoneAt != null;
    }
}
