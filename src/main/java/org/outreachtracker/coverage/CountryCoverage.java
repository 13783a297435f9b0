package org.outreachtracker.coverage;

import java.time.LocalDate;

/**
 * One country's standing in one campaign.
 *
 * @param lastMeetingDate {@code null} when never approached
 * @param openFollowUps outstanding follow-ups (open or in progress)
 * @param overdueFollowUps outstanding follow-ups past their due date
 */
public record CountryCoverage(
        long campaignId,
        long countryId,
        boolean targeted,
        CoverageStatus status,
        int meetings,
        LocalDate lastMeetingDate,
        int openFollowUps,
        int overdueFollowUps) {

    public boolean hasOpenFollowUps() {
        return openFollowUps > 0;
    }

    public boolean hasOverdueFollowUps() {
        return overdueFollowUps > 0;
    }
}
