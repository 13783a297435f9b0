package org.outreachtracker.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.outreachtracker.followup.FollowUpDraft;

/**
 * A logged meeting, as read back.
 *
 * @param pointsVersion the version of the campaign's talking points the meeting delivered
 * @param objectionIds the campaign's expected objections the counterpart raised
 * @param newObjections objections raised that the campaign did not expect, in the officer's words
 * @param partners partner governments or organizations that delivered jointly
 * @param partnerOnly whether a partner delivered the points without us
 */
public record MeetingDetails(
        long id,
        long version,
        long campaignId,
        long countryId,
        long postId,
        LocalDate meetingDate,
        MeetingFormat format,
        String deliveredBy,
        Set<Long> counterpartIds,
        List<DeliveredPoint> points,
        OverallResponse overallResponse,
        String summary,
        String responseQuote,
        String handlingMarking,
        long reportedById,
        Instant reportedAt,
        Instant updatedAt,
        String updatedBy,
        int pointsVersion,
        Set<Long> objectionIds,
        List<String> newObjections,
        Set<String> partners,
        boolean partnerOnly) {

    public MeetingDetails {
        counterpartIds = Set.copyOf(counterpartIds);
        points = List.copyOf(points);
        objectionIds = Set.copyOf(objectionIds);
        newObjections = List.copyOf(newObjections);
        partners = Set.copyOf(partners);
    }

    /** A meeting we delivered alone. */
    public MeetingDetails(
            long id,
            long version,
            long campaignId,
            long countryId,
            long postId,
            LocalDate meetingDate,
            MeetingFormat format,
            String deliveredBy,
            Set<Long> counterpartIds,
            List<DeliveredPoint> points,
            OverallResponse overallResponse,
            String summary,
            String responseQuote,
            String handlingMarking,
            long reportedById,
            Instant reportedAt,
            Instant updatedAt,
            String updatedBy,
            int pointsVersion,
            Set<Long> objectionIds,
            List<String> newObjections) {
        this(
                id,
                version,
                campaignId,
                countryId,
                postId,
                meetingDate,
                format,
                deliveredBy,
                counterpartIds,
                points,
                overallResponse,
                summary,
                responseQuote,
                handlingMarking,
                reportedById,
                reportedAt,
                updatedAt,
                updatedBy,
                pointsVersion,
                objectionIds,
                newObjections,
                Set.of(),
                false);
    }

    /** The meeting as a draft, for editing (no new follow-ups yet). */
    public MeetingDraft toDraft() {
        MeetingDraft draft = new MeetingDraft(
                campaignId,
                countryId,
                postId,
                meetingDate,
                format,
                deliveredBy,
                counterpartIds,
                points.stream()
                        .map(p -> new MeetingDraft.PointRaised(p.talkingPointId(), p.reaction()))
                        .toList(),
                overallResponse,
                summary,
                responseQuote,
                handlingMarking,
                List.<FollowUpDraft>of());
        return draft.withPointsVersion(pointsVersion)
                .withObjections(objectionIds, newObjections)
                .withPartners(partners, partnerOnly);
    }
}
