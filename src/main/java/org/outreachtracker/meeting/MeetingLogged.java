package org.outreachtracker.meeting;

import java.time.LocalDate;
import java.util.Set;

/**
 * A meeting was logged (not restored or edited): who reported it, from which post, when it took
 * place, whom it met, and its handling marking. {@link MeetingService} publishes it in the transaction that saves the
 * meeting; listeners run in that transaction.
 */
public record MeetingLogged(
        long meetingId,
        long postId,
        long reportedById,
        LocalDate meetingDate,
        Set<Long> counterpartIds,
        String handlingMarking) {

    public MeetingLogged {
        counterpartIds = Set.copyOf(counterpartIds);
    }
}
