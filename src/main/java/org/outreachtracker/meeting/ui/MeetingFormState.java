package org.outreachtracker.meeting.ui;

import java.util.List;
import org.outreachtracker.counterpart.CounterpartDraft;
import org.outreachtracker.followup.Priority;
import org.outreachtracker.meeting.MeetingFormat;
import org.outreachtracker.meeting.OverallResponse;
import org.outreachtracker.meeting.Reaction;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Everything typed or chosen in a meeting form, complete or not, as kept for an unsaved draft.
 * Dates are ISO text; ids refer to the directory, campaign, country, post and users.
 *
 * @param meetingVersion the version of the meeting being changed when the form was opened
 *     ({@code null} for a new meeting)
 */
record MeetingFormState(Long meetingVersion, Long campaignId, Long countryId, Long postId,
        List<Long> counterpartIds, List<CounterpartDraft> newCounterparts, String meetingDate,
        MeetingFormat format, String deliveredBy, OverallResponse overallResponse, String summary,
        String responseQuote, String handlingMarking, List<Point> points, List<FollowUp> followUps) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    MeetingFormState {
        counterpartIds = counterpartIds == null ? List.of() : List.copyOf(counterpartIds);
        newCounterparts = newCounterparts == null ? List.of() : List.copyOf(newCounterparts);
        points = points == null ? List.of() : List.copyOf(points);
        followUps = followUps == null ? List.of() : List.copyOf(followUps);
    }

    /** A point ticked as raised, with the reaction chosen so far (maybe none). */
    record Point(long talkingPointId, Reaction reaction) {
    }

    /** A follow-up row as typed so far. */
    record FollowUp(String description, Long ownerId, String dueDate, Priority priority) {
    }

    String toJson() {
        return JSON.writeValueAsString(this);
    }

    /** The state written by {@link #toJson()}, or {@code null} when the text is not one. */
    static MeetingFormState fromJson(String json) {
        try {
            return JSON.readValue(json, MeetingFormState.class);
        } catch (JacksonException | IllegalArgumentException unreadable) {
            return null;
        }
    }

    /**
     * Something worth keeping was entered: a summary, their words, who delivered the points, a
     * point raised, someone met or a follow-up with a description. A campaign, country or date
     * alone, or an empty follow-up row, is quickly chosen again.
     */
    boolean hasContent() {
        return !blank(summary) || !blank(responseQuote) || !blank(deliveredBy) || !points.isEmpty()
                || followUps.stream().anyMatch(f -> !blank(f.description())) || !counterpartIds.isEmpty()
                || !newCounterparts.isEmpty();
    }

    /** A short description for the offer to restore it: where, and how the summary starts. */
    String describe(String countryName) {
        StringBuilder text = new StringBuilder(countryName == null ? "no country chosen" : countryName);
        if (!blank(summary)) {
            String start = summary.strip().replaceAll("\\s+", " ");
            text.append(", summary beginning \"").append(start.length() > 60 ? start.substring(0, 60) + "…" : start)
                    .append('"');
        }
        return text.toString();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
