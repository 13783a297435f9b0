package org.outreachtracker.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.outreachtracker.followup.FollowUpDraft;

class MeetingFactsTest {

    private static MeetingDraft draft() {
        return new MeetingDraft(
                1L,
                2L,
                3L,
                LocalDate.of(2026, 11, 2),
                MeetingFormat.values()[0],
                "The ambassador",
                Set.of(),
                List.of(),
                null,
                "Delivered the points.",
                null,
                "UNCLASSIFIED",
                List.<FollowUpDraft>of());
    }

    @Test
    void theFiguresKeptFromAMeetingKnowWhichVersionOfThePointsItDelivered() {
        var meeting = new Meeting(4);
        meeting.apply(draft().withPointsVersion(2), List.of());

        assertThat(MeetingFacts.of(meeting).pointsVersion()).isEqualTo(2);
    }

    @Test
    void aNewMeetingWithoutAVersionDeliveredTheFirstSetAndAnEditWithoutOneKeepsIt() {
        var meeting = new Meeting(4);
        meeting.apply(draft(), List.of());
        assertThat(MeetingFacts.of(meeting).pointsVersion()).isEqualTo(1);

        meeting.apply(draft().withPointsVersion(2), List.of());
        meeting.apply(draft(), List.of());
        assertThat(MeetingFacts.of(meeting).pointsVersion()).isEqualTo(2);
    }

    @Test
    void theFiguresKeptFromAMeetingKnowWhichExpectedObjectionsItsCounterpartRaised() {
        var meeting = new Meeting(4);
        meeting.apply(draft().withObjections(Set.of(7L, 8L), List.of("Not ours to police.")), List.of());
        assertThat(MeetingFacts.of(meeting).objectionIds()).containsExactlyInAnyOrder(7L, 8L);

        meeting.apply(draft(), List.of());
        assertThat(MeetingFacts.of(meeting).objectionIds()).isEmpty();
    }
}
