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
import org.outreachtracker.followup.FollowUpDraft;

/**
 * A meeting as an officer logs it.
 *
 * @param raisedPoints the campaign's points that were raised, each with the reaction to it
 * @param overallResponse {@code null} while the response is pending
 * @param followUps follow-up actions to create with the meeting (new ones only)
 * @param newCounterparts counterparts met who are not in the directory yet: added to it with the
 *     meeting (one already listed as the same person is used instead)
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
        @NotNull List<@Valid CounterpartDraft> newCounterparts) {

    public MeetingDraft {
        counterpartIds = counterpartIds == null ? Set.of() : Set.copyOf(counterpartIds);
        raisedPoints = raisedPoints == null ? List.of() : List.copyOf(raisedPoints);
        followUps = followUps == null ? List.of() : List.copyOf(followUps);
        newCounterparts = newCounterparts == null ? List.of() : List.copyOf(newCounterparts);
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
                List.of());
    }

    /** A campaign point raised in the meeting, and how the counterpart reacted. */
    public record PointRaised(
            @NotNull Long talkingPointId,

            @NotNull(message = "Choose the reaction to each point raised.")
            Reaction reaction) {}
}
