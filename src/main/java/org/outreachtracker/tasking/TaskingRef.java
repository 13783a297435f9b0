package org.outreachtracker.tasking;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A tasking as other features and the views see it.
 *
 * @param postId the post covering the country when the campaign was activated; null when none did
 * @param reportBy the campaign's report-by date; null when it has none
 * @param deliveredOn the date of the earliest live meeting that delivered the points
 * @param belowMinimumLevel whether every counterpart met at that meeting was below the campaign's minimum level
 * @param overdue past the report-by date and neither reported nor waived
 */
public record TaskingRef(
        long id,
        long version,
        long campaignId,
        long countryId,
        Long postId,
        LocalDate reportBy,
        TaskingState state,
        Instant stateChangedAt,
        LocalDate appointmentRequestedOn,
        LocalDate deliveredOn,
        Long deliveringMeetingId,
        boolean belowMinimumLevel,
        String reportReference,
        LocalDate reportedOn,
        WaiverReason waiverReason,
        String waivedBy,
        Instant waivedAt,
        boolean overdue) {}
