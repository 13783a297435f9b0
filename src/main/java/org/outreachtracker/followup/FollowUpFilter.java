package org.outreachtracker.followup;

import java.util.Set;

/**
 * Which follow-ups to list; every part is optional.
 *
 * @param ownerId only those owned by this user ("mine")
 * @param statuses only these states; empty for all
 * @param overdueOnly only outstanding ones past their due date
 */
public record FollowUpFilter(
        Long ownerId,
        Set<FollowUpStatus> statuses,
        boolean overdueOnly,
        Long campaignId,
        Long countryId,
        Long meetingId) {

    public FollowUpFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }

    public static FollowUpFilter all() {
        return new FollowUpFilter(null, Set.of(), false, null, null, null);
    }

    public FollowUpFilter withOwner(Long owner) {
        return new FollowUpFilter(owner, statuses, overdueOnly, campaignId, countryId, meetingId);
    }

    public FollowUpFilter withStatuses(Set<FollowUpStatus> newStatuses) {
        return new FollowUpFilter(ownerId, newStatuses, overdueOnly, campaignId, countryId, meetingId);
    }

    public FollowUpFilter withOverdueOnly(boolean overdue) {
        return new FollowUpFilter(ownerId, statuses, overdue, campaignId, countryId, meetingId);
    }

    public FollowUpFilter withCampaign(Long campaign) {
        return new FollowUpFilter(ownerId, statuses, overdueOnly, campaign, countryId, meetingId);
    }

    public FollowUpFilter withCountry(Long country) {
        return new FollowUpFilter(ownerId, statuses, overdueOnly, campaignId, country, meetingId);
    }

    public FollowUpFilter withMeeting(Long meeting) {
        return new FollowUpFilter(ownerId, statuses, overdueOnly, campaignId, countryId, meeting);
    }
}
