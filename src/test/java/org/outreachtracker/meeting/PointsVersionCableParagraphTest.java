package org.outreachtracker.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PointsVersionCableParagraphTest {

    private final PointsVersionCableParagraph contribution = new PointsVersionCableParagraph();

    @Test
    void aMeetingThatDeliveredTheFirstSetAddsNothingToTheCable() {
        assertThat(contribution.paragraph(meeting(1))).isEmpty();
    }

    @Test
    void aMeetingThatDeliveredARevisedSetSaysWhichVersionInTheCable() {
        CableParagraph paragraph = contribution.paragraph(meeting(2)).orElseThrow();

        assertThat(paragraph.heading()).isEqualTo("Talking points version");
        assertThat(paragraph.lines()).containsExactly("Delivered version 2 of the campaign's talking points.");
    }

    private static MeetingDetails meeting(int pointsVersion) {
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
                Set.of(),
                List.of());
    }
}
