package org.outreachtracker.meeting;

import java.time.LocalDate;

/**
 * Which meetings to list; every part is optional.
 *
 * @param response only meetings with this overall response
 * @param pendingOnly only meetings whose response is pending (ignored when {@code response} is set)
 * @param text matched, as plain text, in the summary or a counterpart's name
 * @param talkingPointId only meetings that raised this talking point
 * @param reaction with {@code talkingPointId}: only meetings where the point met this reaction
 */
public record MeetingFilter(
        Long campaignId,
        Long bureauId,
        Long countryId,
        Long postId,
        OverallResponse response,
        boolean pendingOnly,
        LocalDate from,
        LocalDate to,
        String text,
        Long counterpartId,
        Long reportedById,
        Long talkingPointId,
        Reaction reaction) {

    /** A filter without the talking-point condition. */
    public MeetingFilter(
            Long campaignId,
            Long bureauId,
            Long countryId,
            Long postId,
            OverallResponse response,
            boolean pendingOnly,
            LocalDate from,
            LocalDate to,
            String text,
            Long counterpartId,
            Long reportedById) {
        this(
                campaignId,
                bureauId,
                countryId,
                postId,
                response,
                pendingOnly,
                from,
                to,
                text,
                counterpartId,
                reportedById,
                null,
                null);
    }

    public static MeetingFilter none() {
        return new MeetingFilter(null, null, null, null, null, false, null, null, null, null, null);
    }

    public MeetingFilter withReporter(Long reporter) {
        return new MeetingFilter(
                campaignId,
                bureauId,
                countryId,
                postId,
                response,
                pendingOnly,
                from,
                to,
                text,
                counterpartId,
                reporter,
                talkingPointId,
                reaction);
    }

    public MeetingFilter withCounterpart(Long counterpart) {
        return new MeetingFilter(
                campaignId,
                bureauId,
                countryId,
                postId,
                response,
                pendingOnly,
                from,
                to,
                text,
                counterpart,
                reportedById,
                talkingPointId,
                reaction);
    }

    public MeetingFilter withCountry(Long country) {
        return new MeetingFilter(
                campaignId,
                bureauId,
                country,
                postId,
                response,
                pendingOnly,
                from,
                to,
                text,
                counterpartId,
                reportedById,
                talkingPointId,
                reaction);
    }

    public MeetingFilter withCampaign(Long campaign) {
        return new MeetingFilter(
                campaign,
                bureauId,
                countryId,
                postId,
                response,
                pendingOnly,
                from,
                to,
                text,
                counterpartId,
                reportedById,
                talkingPointId,
                reaction);
    }

    public MeetingFilter withPointReaction(Long pointId, Reaction pointReaction) {
        return new MeetingFilter(
                campaignId,
                bureauId,
                countryId,
                postId,
                response,
                pendingOnly,
                from,
                to,
                text,
                counterpartId,
                reportedById,
                pointId,
                pointReaction);
    }
}
