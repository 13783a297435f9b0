package org.outreachtracker.meeting;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything a reporting cable says about one meeting, with names already resolved.
 *
 * @param counterparts each as "name, title, organization"
 * @param response {@code null} while the response is pending
 * @param responseQuote the counterpart's words, or {@code null}/blank when none were recorded
 * @param paragraphs what other features add ({@link CableContribution}), in their order, before the comment
 */
public record CableFacts(
        long meetingId,
        String handlingMarking,
        String campaignTitle,
        String cableReference,
        String countryName,
        String postName,
        LocalDate meetingDate,
        MeetingFormat format,
        String deliveredBy,
        List<String> counterparts,
        List<DeliveredPoint> points,
        OverallResponse response,
        String summary,
        String responseQuote,
        List<FollowUpLine> followUps,
        List<CableParagraph> paragraphs) {

    public CableFacts {
        counterparts = List.copyOf(counterparts);
        points = List.copyOf(points);
        followUps = List.copyOf(followUps);
        paragraphs = List.copyOf(paragraphs);
    }

    /** The facts without paragraphs from other features. */
    public CableFacts(
            long meetingId,
            String handlingMarking,
            String campaignTitle,
            String cableReference,
            String countryName,
            String postName,
            LocalDate meetingDate,
            MeetingFormat format,
            String deliveredBy,
            List<String> counterparts,
            List<DeliveredPoint> points,
            OverallResponse response,
            String summary,
            String responseQuote,
            List<FollowUpLine> followUps) {
        this(
                meetingId,
                handlingMarking,
                campaignTitle,
                cableReference,
                countryName,
                postName,
                meetingDate,
                format,
                deliveredBy,
                counterparts,
                points,
                response,
                summary,
                responseQuote,
                followUps,
                List.of());
    }

    /** A follow-up action as the cable lists it. */
    public record FollowUpLine(String description, String owner, LocalDate dueDate, String status) {}
}
