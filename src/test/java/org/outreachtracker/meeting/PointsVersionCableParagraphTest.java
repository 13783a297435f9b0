package org.outreachtracker.meeting;

import static org.assertj.core.api.Assertions.assertThat;

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
        return CableTestMeeting.with(pointsVersion, Set.of(), List.of(), Set.of(), false);
    }
}
