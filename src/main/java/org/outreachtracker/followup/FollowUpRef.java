package org.outreachtracker.followup;

import java.time.LocalDate;

/**
 * A follow-up action as other features see it.
 *
 * @param meetingId the meeting it came from, or {@code null} when created for a campaign and country
 * @param overdue outstanding and due before today
 */
public record FollowUpRef(
        long id,
        long version,
        long campaignId,
        long countryId,
        Long meetingId,
        String description,
        long ownerId,
        LocalDate dueDate,
        Priority priority,
        FollowUpStatus status,
        String completionNote,
        boolean overdue) {}
