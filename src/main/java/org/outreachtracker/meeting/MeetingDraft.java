package org.outreachtracker.meeting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.outreachtracker.followup.FollowUpDraft;

/**
 * A meeting as an officer logs it.
 *
 * @param raisedPoints the campaign's points that were raised, each with the reaction to it
 * @param overallResponse {@code null} while the response is pending
 * @param followUps follow-up actions to create with the meeting (new ones only)
 */
public record MeetingDraft(
        @NotNull(message = "Choose the campaign.") Long campaignId,
        @NotNull(message = "Choose the country.") Long countryId,
        @NotNull(message = "Choose the post.") Long postId,
        @NotNull(message = "Enter the date of the meeting.") LocalDate meetingDate,
        @NotNull(message = "Choose the format.") MeetingFormat format,
        @NotBlank(message = "Say who delivered the points.") @Size(max = 200, message = "Use at most 200 characters.")
        String deliveredBy,
        @NotEmpty(message = "Choose at least one counterpart.") Set<Long> counterpartIds,
        @NotNull List<@Valid PointRaised> raisedPoints,
        OverallResponse overallResponse,
        @NotBlank(message = "Write a summary.") @Size(max = 10_000, message = "Use at most 10,000 characters.")
        String summary,
        @Size(max = 2000, message = "Use at most 2,000 characters.") String responseQuote,
        @NotBlank(message = "Choose the handling marking.") String handlingMarking,
        @NotNull List<@Valid FollowUpDraft> followUps) {

    public MeetingDraft {
        counterpartIds = counterpartIds == null ? Set.of() : Set.copyOf(counterpartIds);
        raisedPoints = raisedPoints == null ? List.of() : List.copyOf(raisedPoints);
        followUps = followUps == null ? List.of() : List.copyOf(followUps);
    }

    /** A campaign point raised in the meeting, and how the counterpart reacted. */
    public record PointRaised(
            @NotNull Long talkingPointId,
            @NotNull(message = "Choose the reaction to each point raised.") Reaction reaction) {
    }
}
