package org.outreachtracker.tasking;

import java.util.Set;

/**
 * Which taskings to list; every part is optional.
 *
 * @param states only these states; empty for all
 * @param bureauId only the countries of this bureau
 * @param countryIds only these countries (a desk); null for every country
 * @param lapsedOnly only those past their report-by date and neither reported nor waived: the posts to chase
 */
public record TaskingFilter(
        Long campaignId, Set<TaskingState> states, Long bureauId, Set<Long> countryIds, boolean lapsedOnly) {

    public TaskingFilter {
        states = states == null ? Set.of() : Set.copyOf(states);
        countryIds = countryIds == null ? null : Set.copyOf(countryIds);
    }

    public static TaskingFilter all() {
        return new TaskingFilter(null, Set.of(), null, null, false);
    }

    public TaskingFilter withCampaign(Long campaign) {
        return new TaskingFilter(campaign, states, bureauId, countryIds, lapsedOnly);
    }

    public TaskingFilter withStates(Set<TaskingState> only) {
        return new TaskingFilter(campaignId, only, bureauId, countryIds, lapsedOnly);
    }

    public TaskingFilter withBureau(Long bureau) {
        return new TaskingFilter(campaignId, states, bureau, countryIds, lapsedOnly);
    }

    public TaskingFilter withCountries(Set<Long> countries) {
        return new TaskingFilter(campaignId, states, bureauId, countries, lapsedOnly);
    }

    public TaskingFilter withLapsedOnly(boolean lapsed) {
        return new TaskingFilter(campaignId, states, bureauId, countryIds, lapsed);
    }
}
