package org.outreachtracker.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The meeting the cable paragraph tests give their paragraphs: meeting 7, with only what a test varies. */
final class CableTestMeeting {

    private CableTestMeeting() {}

    static MeetingDetails with(
            int pointsVersion,
            Set<Long> objectionIds,
            List<String> newObjections,
            Set<String> partners,
            boolean partnerOnly) {
        Instant at = Instant.parse("2026-11-02T10:00:00Z");
        return new MeetingDetails(
                7,
                0,
                1,
                2,
                3,
                LocalDate.of(2026, 11, 2),
                MeetingFormat.values()[0],
                "The ambassador",
                Set.of(),
                List.of(),
                null,
                "Delivered the points.",
                null,
                "UNCLASSIFIED",
                4,
                at,
                at,
                "officer",
                pointsVersion,
                objectionIds,
                newObjections,
                partners,
                partnerOnly);
    }

    /** Version 1 of the points, no objections, no partners. */
    static MeetingDetails plain() {
        return with(1, Set.of(), List.of(), Set.of(), false);
    }
}
