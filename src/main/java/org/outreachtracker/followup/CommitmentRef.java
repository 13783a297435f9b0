package org.outreachtracker.followup;

import java.time.LocalDate;

/**
 * A host government's commitment as the views see it.
 *
 * @param due still open and its check-back date has come
 */
public record CommitmentRef(
        long id,
        long version,
        long campaignId,
        long countryId,
        long meetingId,
        String description,
        long ownerId,
        LocalDate checkBackDate,
        CommitmentOutcome outcome,
        String outcomeNote,
        boolean due) {}
