package org.outreachtracker.meeting;

import java.time.LocalDate;

/**
 * A meeting as a row of the meetings list.
 *
 * @param handlingMarking the meeting's handling marking, e.g. "SENSITIVE BUT UNCLASSIFIED"
 */
public record MeetingRow(
        long id,
        LocalDate meetingDate,
        long campaignId,
        String campaignTitle,
        long countryId,
        String countryName,
        String bureauCode,
        long postId,
        String postName,
        String counterparts,
        MeetingFormat format,
        OverallResponse overallResponse,
        long reportedById,
        String reportedBy,
        String handlingMarking) {

    /** A row whose handling marking is not known (""). */
    public MeetingRow(
            long id,
            LocalDate meetingDate,
            long campaignId,
            String campaignTitle,
            long countryId,
            String countryName,
            String bureauCode,
            long postId,
            String postName,
            String counterparts,
            MeetingFormat format,
            OverallResponse overallResponse,
            long reportedById,
            String reportedBy) {
        this(
                id,
                meetingDate,
                campaignId,
                campaignTitle,
                countryId,
                countryName,
                bureauCode,
                postId,
                postName,
                counterparts,
                format,
                overallResponse,
                reportedById,
                reportedBy,
                "");
    }

    MeetingRow withCounterparts(String names) {
        return new MeetingRow(
                id,
                meetingDate,
                campaignId,
                campaignTitle,
                countryId,
                countryName,
                bureauCode,
                postId,
                postName,
                names,
                format,
                overallResponse,
                reportedById,
                reportedBy,
                handlingMarking);
    }
}
