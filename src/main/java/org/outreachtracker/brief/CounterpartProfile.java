package org.outreachtracker.brief;

import java.util.List;
import org.outreachtracker.counterpart.CounterpartPositions;
import org.outreachtracker.counterpart.CounterpartRef;
import org.outreachtracker.counterpart.PositionHeld;
import org.outreachtracker.followup.CommitmentRef;
import org.outreachtracker.followup.FollowUpRef;
import org.outreachtracker.meeting.DeliveredPoint;
import org.outreachtracker.meeting.MeetingRow;
import org.outreachtracker.meeting.MetTogether;
import org.outreachtracker.reference.CountryRef;

/**
 * Everything the directory and the meetings know of one counterpart: their positions over time,
 * their meetings (latest first) with what each brought, who of ours met them, and whom they were
 * met with.
 *
 * @param meetings the latest meetings, at most {@link CounterpartProfileService#PROFILE_MEETINGS}
 * @param meetingsTotal how many live meetings name the counterpart
 */
public record CounterpartProfile(
        CounterpartRef counterpart,
        CountryRef country,
        CounterpartPositions positions,
        List<Met> meetings,
        long meetingsTotal,
        List<MetTogether> officers,
        List<MetTogether> colleagues) {

    public CounterpartProfile {
        meetings = List.copyOf(meetings);
        officers = List.copyOf(officers);
        colleagues = List.copyOf(colleagues);
    }

    /**
     * One meeting with the counterpart.
     *
     * @param heldThen the counterpart's position on the meeting's day
     * @param reactions the points raised and how they were received
     */
    public record Met(
            MeetingRow meeting,
            PositionHeld heldThen,
            List<DeliveredPoint> reactions,
            List<Commitment> commitments,
            List<FollowUp> followUps) {

        public Met {
            reactions = List.copyOf(reactions);
            commitments = List.copyOf(commitments);
            followUps = List.copyOf(followUps);
        }
    }

    /** A host-government commitment made in a meeting, with its owner by name. */
    public record Commitment(CommitmentRef commitment, String owner) {}

    /** A follow-up action from a meeting, with its owner by name. */
    public record FollowUp(FollowUpRef followUp, String owner) {}
}
