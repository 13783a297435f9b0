package org.outreachtracker.coverage;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.outreachtracker.campaign.CampaignDetails;
import org.outreachtracker.meeting.OverallResponse;
import org.outreachtracker.meeting.Reaction;

/**
 * Every figure of the manager's dashboard for one campaign.
 *
 * @param targets countries the campaign targets
 * @param reached targeted countries approached at least once
 * @param meetingsPerWeek meetings per week from the campaign's issue date to today (or the deadline, if earlier);
 *        the current week, if shown, is marked partial
 * @param responses meetings per overall response; {@code null} key for "pending"
 * @param byBureau coverage per regional bureau, in the bureaus' usual order
 * @param matrix talking points (in order) with the number of times each reaction was recorded
 * @param overdueFollowUps outstanding follow-ups past their due date
 * @param approachedByPartner targeted countries a partner approached without us, and we have not
 */
public record DashboardFigures(
        CampaignDetails campaign,
        int targets,
        int reached,
        long meetings,
        List<WeekCount> meetingsPerWeek,
        Map<OverallResponse, Long> responses,
        List<BureauCoverage> byBureau,
        List<PointReactions> matrix,
        long overdueFollowUps,
        int approachedByPartner) {

    /** The share of target countries reached, 0–100, rounded down. */
    public int reachedPercent() {
        return targets == 0 ? 0 : (int) (100L * reached / targets);
    }

    /**
     * Meetings in the week starting on {@code weekStart} (a Monday); {@code partial}: the current
     * week, counted up to today only.
     */
    public record WeekCount(LocalDate weekStart, long meetings, boolean partial) {}

    /** One bureau: how many of its targeted countries were reached. */
    public record BureauCoverage(long bureauId, String bureauName, int targets, int reached) {

        public int reachedPercent() {
            return targets == 0 ? 0 : (int) (100L * reached / targets);
        }
    }

    /**
     * One talking point and how often each reaction was recorded when it was raised.
     *
     * @param pointsVersion the version of the campaign's points it belongs to
     */
    public record PointReactions(
            long talkingPointId, int pointsVersion, int position, String label, Map<Reaction, Long> counts) {

        public long count(Reaction reaction) {
            return counts.getOrDefault(reaction, 0L);
        }

        public long raised() {
            return counts.values().stream().mapToLong(Long::longValue).sum();
        }
    }
}
