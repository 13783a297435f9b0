package org.outreachtracker.meeting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.outreachtracker.counterpart.CounterpartDraft;
import org.outreachtracker.followup.CommitmentDraft;
import org.outreachtracker.followup.FollowUpDraft;

/**
 * A meeting as an officer logs it.
 *
 * @param raisedPoints the campaign's points that were raised, each with the reaction to it
 * @param overallResponse {@code null} while the response is pending
 * @param followUps follow-up actions to create with the meeting (new ones only)
 * @param newCounterparts counterparts met who are not in the directory yet: added to it with the
 *     meeting (one already listed as the same person is used instead)
 * @param documentsLeft the documents left in writing with the counterpart
 * @param pointsVersion the version of the campaign's points delivered; {@code null}: the current one
 * @param objectionIds the campaign's expected objections the counterpart raised
 * @param newObjections objections raised that the campaign did not expect
 * @param commitments what the host government committed to, each checked back later
 * @param partners partner governments or organizations that delivered jointly
 * @param partnerOnly whether a partner delivered without us
 */
public record MeetingDraft(
        @NotNull(message = "Choose the campaign.") Long campaignId,
        @NotNull(message = "Choose the country.") Long countryId,
        @NotNull(message = "Choose the post.") Long postId,
        @NotNull(message = "Enter the date of the meeting.") LocalDate meetingDate,
        @NotNull(message = "Choose the format.") MeetingFormat format,

        @NotBlank(message = "Say who delivered the points.") @Size(max = 200, message = "Use at most 200 characters.")
        String deliveredBy,

        @NotNull Set<Long> counterpartIds,
        @NotNull List<@Valid PointRaised> raisedPoints,
        OverallResponse overallResponse,

        @NotBlank(message = "Write a summary.") @Size(max = 10_000, message = "Use at most 10,000 characters.")
        String summary,

        @Size(max = 2000, message = "Use at most 2,000 characters.")
        String responseQuote,

        @NotBlank(message = "Choose the handling marking.") String handlingMarking,
        @NotNull List<@Valid FollowUpDraft> followUps,
        @NotNull List<@Valid CounterpartDraft> newCounterparts,
        @NotNull List<@Valid DocumentLeft> documentsLeft,
        Integer pointsVersion,
        @NotNull Set<Long> objectionIds,

        @NotNull
        List<
                        @NotBlank(message = "Describe the new objection.")
                        @Size(max = 300, message = "Use at most 300 characters.") String>
                newObjections,

        @NotNull List<@Valid CommitmentDraft> commitments,
        @NotNull Set<@NotBlank @Size(max = 100, message = "Use at most 100 characters.") String> partners,
        boolean partnerOnly) {

    public MeetingDraft {
        counterpartIds = counterpartIds == null ? Set.of() : Set.copyOf(counterpartIds);
        raisedPoints = raisedPoints == null ? List.of() : List.copyOf(raisedPoints);
        followUps = followUps == null ? List.of() : List.copyOf(followUps);
        newCounterparts = newCounterparts == null ? List.of() : List.copyOf(newCounterparts);
        documentsLeft = documentsLeft == null ? List.of() : List.copyOf(documentsLeft);
        objectionIds = objectionIds == null ? Set.of() : Set.copyOf(objectionIds);
        newObjections = newObjections == null ? List.of() : List.copyOf(newObjections);
        commitments = commitments == null ? List.of() : List.copyOf(commitments);
        partners = partners == null ? Set.of() : Set.copyOf(partners);
    }

    /** A meeting with nothing recorded beyond the points, the response and the follow-up. */
    public MeetingDraft(
            Long campaignId,
            Long countryId,
            Long postId,
            LocalDate meetingDate,
            MeetingFormat format,
            String deliveredBy,
            Set<Long> counterpartIds,
            List<PointRaised> raisedPoints,
            OverallResponse overallResponse,
            String summary,
            String responseQuote,
            String handlingMarking,
            List<FollowUpDraft> followUps,
            List<CounterpartDraft> newCounterparts) {
        this(
                campaignId,
                countryId,
                postId,
                meetingDate,
                format,
                deliveredBy,
                counterpartIds,
                raisedPoints,
                overallResponse,
                summary,
                responseQuote,
                handlingMarking,
                followUps,
                newCounterparts,
                List.of(),
                null,
                Set.of(),
                List.of(),
                List.of(),
                Set.of(),
                false);
    }

    /** A meeting with counterparts from the directory only. */
    public MeetingDraft(
            Long campaignId,
            Long countryId,
            Long postId,
            LocalDate meetingDate,
            MeetingFormat format,
            String deliveredBy,
            Set<Long> counterpartIds,
            List<PointRaised> raisedPoints,
            OverallResponse overallResponse,
            String summary,
            String responseQuote,
            String handlingMarking,
            List<FollowUpDraft> followUps) {
        this(
                campaignId,
                countryId,
                postId,
                meetingDate,
                format,
                deliveredBy,
                counterpartIds,
                raisedPoints,
                overallResponse,
                summary,
                responseQuote,
                handlingMarking,
                followUps,
                List.of());
    }

    @AssertTrue(message = "Choose at least one counterpart.")
    public boolean isSomeoneMet() {
        return !counterpartIds.isEmpty() || !newCounterparts.isEmpty();
    }

    /** The same meeting with these counterparts from the directory and no new ones. */
    public MeetingDraft withCounterparts(Set<Long> ids) {
        return new MeetingDraft(
                campaignId,
                countryId,
                postId,
                meetingDate,
                format,
                deliveredBy,
                ids,
                raisedPoints,
                overallResponse,
                summary,
                responseQuote,
                handlingMarking,
                followUps,
                List.of(),
                documentsLeft,
                pointsVersion,
                objectionIds,
                newObjections,
                commitments,
                partners,
                partnerOnly);
    }

    /** The same meeting with these documents left with the counterpart. */
    public MeetingDraft withDocumentsLeft(List<DocumentLeft> documents) {
        return new MeetingDraft(
                campaignId,
                countryId,
                postId,
                meetingDate,
                format,
                deliveredBy,
                counterpartIds,
                raisedPoints,
                overallResponse,
                summary,
                responseQuote,
                handlingMarking,
                followUps,
                newCounterparts,
                documents,
                pointsVersion,
                objectionIds,
                newObjections,
                commitments,
                partners,
                partnerOnly);
    }

    /** The same meeting delivering this version of the campaign's points ({@code null}: the current one). */
    public MeetingDraft withPointsVersion(Integer version) {
        return new MeetingDraft(
                campaignId,
                countryId,
                postId,
                meetingDate,
                format,
                deliveredBy,
                counterpartIds,
                raisedPoints,
                overallResponse,
                summary,
                responseQuote,
                handlingMarking,
                followUps,
                newCounterparts,
                documentsLeft,
                version,
                objectionIds,
                newObjections,
                commitments,
                partners,
                partnerOnly);
    }

    /** The same meeting with these objections raised: the campaign's expected ones by id, and new ones. */
    public MeetingDraft withObjections(Set<Long> expected, List<String> newOnes) {
        return new MeetingDraft(
                campaignId,
                countryId,
                postId,
                meetingDate,
                format,
                deliveredBy,
                counterpartIds,
                raisedPoints,
                overallResponse,
                summary,
                responseQuote,
                handlingMarking,
                followUps,
                newCounterparts,
                documentsLeft,
                pointsVersion,
                expected,
                newOnes,
                commitments,
                partners,
                partnerOnly);
    }

    /** The same meeting with these host-government commitments. */
    public MeetingDraft withCommitments(List<CommitmentDraft> promised) {
        return new MeetingDraft(
                campaignId,
                countryId,
                postId,
                meetingDate,
                format,
                deliveredBy,
                counterpartIds,
                raisedPoints,
                overallResponse,
                summary,
                responseQuote,
                handlingMarking,
                followUps,
                newCounterparts,
                documentsLeft,
                pointsVersion,
                objectionIds,
                newObjections,
                promised,
                partners,
                partnerOnly);
    }

    /**
     * The same meeting delivered jointly with these partner governments or organizations;
     * {@code byPartnerOnly} when a partner delivered it without us.
     */
    public MeetingDraft withPartners(Set<String> jointWith, boolean byPartnerOnly) {
        return new MeetingDraft(
                campaignId,
                countryId,
                postId,
                meetingDate,
                format,
                deliveredBy,
                counterpartIds,
                raisedPoints,
                overallResponse,
                summary,
                responseQuote,
                handlingMarking,
                followUps,
                newCounterparts,
                documentsLeft,
                pointsVersion,
                objectionIds,
                newObjections,
                commitments,
                jointWith,
                byPartnerOnly);
    }

    /** A campaign point raised in the meeting, and how the counterpart reacted. */
    public record PointRaised(
            @NotNull Long talkingPointId,

            @NotNull(message = "Choose the reaction to each point raised.")
            Reaction reaction) {}
}
