package org.outreachtracker.meeting;

import java.time.LocalDate;

/** An earlier meeting with one of the counterparts of a meeting being logged. */
public record RecentApproach(
        long meetingId,
        LocalDate meetingDate,
        long counterpartId,
        String counterpartName,
        String campaignTitle,
        String postName,
        String reportedBy) {}
