package org.outreachtracker.meeting;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a live meeting says for the figures kept from meetings: its campaign, country and date,
 * its overall response ({@code null}: pending) and the reaction to each talking point raised
 * (talking point id → reaction), the version of the campaign's talking points it delivered,
 * whether a partner delivered them without us, and the campaign's expected objections the
 * counterpart raised.
 */
public record MeetingFacts(
        long campaignId,
        long countryId,
        LocalDate date,
        OverallResponse overallResponse,
        Map<Long, Reaction> reactions,
        int pointsVersion,
        boolean partnerOnly,
        Set<Long> objectionIds) {

    public MeetingFacts {
        reactions = Map.copyOf(reactions);
        objectionIds = Set.copyOf(objectionIds);
    }

    /** The facts of a meeting we delivered (with or without partners). */
    public MeetingFacts(
            long campaignId,
            long countryId,
            LocalDate date,
            OverallResponse overallResponse,
            Map<Long, Reaction> reactions,
            int pointsVersion) {
        this(campaignId, countryId, date, overallResponse, reactions, pointsVersion, false, Set.of());
    }

    /** The facts of a meeting that delivered the first set of talking points. */
    public MeetingFacts(
            long campaignId,
            long countryId,
            LocalDate date,
            OverallResponse overallResponse,
            Map<Long, Reaction> reactions) {
        this(campaignId, countryId, date, overallResponse, reactions, 1, false, Set.of());
    }

    static MeetingFacts of(Meeting meeting) {
        Map<Long, Reaction> reactions = new TreeMap<>();
        meeting.getPoints().forEach(point -> reactions.put(point.talkingPointId(), point.reaction()));
        return new MeetingFacts(
                meeting.getCampaignId(),
                meeting.getCountryId(),
                meeting.getMeetingDate(),
                meeting.getOverallResponse(),
                reactions,
                meeting.getPointsVersion(),
                meeting.isPartnerOnly(),
                meeting.getObjectionIds());
    }
}
