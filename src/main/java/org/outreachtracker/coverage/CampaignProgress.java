package org.outreachtracker.coverage;

import java.util.List;
import org.outreachtracker.meeting.OverallResponse;

/**
 * How a campaign is doing against its report-by date, for the dashboard: the cumulative series,
 * what changed in the last week, and the deliveries that missed the minimum counterpart level.
 *
 * @param posts the campaign's taskings (one per target country with a post); 0 before activation
 * @param cumulative countries reached, posts delivered and posts reported at the end of each day
 * @param lastWeek what changed in the seven days to yesterday
 * @param belowMinimum taskings delivered to counterparts all below the campaign's minimum level
 */
public record CampaignProgress(long posts, CumulativeCoverage cumulative, WeekChanges lastWeek, long belowMinimum) {

    /**
     * What changed in one week.
     *
     * @param newMeetings meetings dated in the week
     * @param responseMoves countries whose latest overall response at the end of the week differs
     *     from the one they had before it
     * @param lapsed posts whose report-by date passed in the week without their reporting
     */
    public record WeekChanges(LastWeek week, long newMeetings, List<ResponseMove> responseMoves, long lapsed) {

        public WeekChanges {
            responseMoves = List.copyOf(responseMoves);
        }

        public boolean nothing() {
            return newMeetings == 0 && responseMoves.isEmpty() && lapsed == 0;
        }
    }

    /** A country's overall response before the week and at its end. */
    public record ResponseMove(long countryId, OverallResponse from, OverallResponse to) {}
}
