package org.outreachtracker.tasking;

import java.util.Set;

/**
 * Which taskings to list; every part is optional.
 *
 * @param states only these states; empty for all
 * @param bureauId only the countries of this bureau
 * @param countryIds only these countries (a desk); null for every country
 * @param lapsedOnly only those of active campaigns past their report-by date and neither reported
 *     nor waived: the posts to chase
 * @param activeCampaignsOnly only those of campaigns that are active now (a closed campaign's
 *     taskings ask nothing more of anyone)
 * @param belowMinimumOnly only those delivered to counterparts all below the campaign's minimum
 *     level
 */
public record TaskingFilter(
        Long campaignId,
        Set<TaskingState> states,
        Long bureauId,
        Set<Long> countryIds,
        boolean lapsedOnly,
        boolean activeCampaignsOnly,
        boolean belowMinimumOnly) {

    public TaskingFilter {
        states = states == null ? Set.of() : Set.copyOf(states);
        countryIds = countryIds == null ? null : Set.copyOf(countryIds);
    }

    /** A filter over the taskings of every campaign, active or not. */
    public TaskingFilter(
            Long campaignId, Set<TaskingState> states, Long bureauId, Set<Long> countryIds, boolean lapsedOnly) {
        this(campaignId, states, bureauId, countryIds, lapsedOnly, false, false);
    }

    public static TaskingFilter all() {
        return new TaskingFilter(null, Set.of(), null, null, false, false, false);
    }

    public TaskingFilter withActiveCampaignsOnly(boolean active) {
        return new TaskingFilter(campaignId, states, bureauId, countryIds, lapsedOnly, active, belowMinimumOnly);
    }

    public TaskingFilter withCampaign(Long campaign) {
        return new TaskingFilter(
                campaign, states, bureauId, countryIds, lapsedOnly, activeCampaignsOnly, belowMinimumOnly);
    }

    public TaskingFilter withStates(Set<TaskingState> only) {
        return new TaskingFilter(
                campaignId, only, bureauId, countryIds, lapsedOnly, activeCampaignsOnly, belowMinimumOnly);
    }

    public TaskingFilter withBureau(Long bureau) {
        return new TaskingFilter(
                campaignId, states, bureau, countryIds, lapsedOnly, activeCampaignsOnly, belowMinimumOnly);
    }

    public TaskingFilter withCountries(Set<Long> countries) {
        return new TaskingFilter(
                campaignId, states, bureauId, countries, lapsedOnly, activeCampaignsOnly, belowMinimumOnly);
    }

    public TaskingFilter withLapsedOnly(boolean lapsed) {
        return new TaskingFilter(
                campaignId, states, bureauId, countryIds, lapsed, activeCampaignsOnly, belowMinimumOnly);
    }

    public TaskingFilter withBelowMinimumOnly(boolean below) {
        return new TaskingFilter(campaignId, states, bureauId, countryIds, lapsedOnly, activeCampaignsOnly, below);
    }
}
