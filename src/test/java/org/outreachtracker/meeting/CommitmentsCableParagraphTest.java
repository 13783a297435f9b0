package org.outreachtracker.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.outreachtracker.account.UserAccountService;
import org.outreachtracker.account.UserRef;
import org.outreachtracker.followup.CommitmentOutcome;
import org.outreachtracker.followup.CommitmentRef;
import org.outreachtracker.followup.CommitmentService;

class CommitmentsCableParagraphTest {

    private final CommitmentService commitments = mock(CommitmentService.class);
    private final UserAccountService users = mock(UserAccountService.class);
    private final CommitmentsCableParagraph contribution = new CommitmentsCableParagraph(commitments, users);

    @Test
    void theCableSaysWhatWasCommittedToAndWhoChecksBackWhen() {
        when(users.user(5)).thenReturn(Optional.of(new UserRef(5, "officer", "Olivia Officer", Set.of(), true)));
        when(commitments.forMeeting(7))
                .thenReturn(List.of(
                        new CommitmentRef(
                                1,
                                0,
                                1,
                                2,
                                7,
                                "Will review the procurement guidance",
                                5,
                                LocalDate.of(2027, 1, 28),
                                CommitmentOutcome.OPEN,
                                null,
                                false),
                        new CommitmentRef(
                                2,
                                1,
                                1,
                                2,
                                7,
                                "Will name a contact point",
                                5,
                                LocalDate.of(2026, 11, 30),
                                CommitmentOutcome.PARTLY_KEPT,
                                "Named, but not yet reachable",
                                false)));

        CableParagraph paragraph = contribution.paragraph(meeting()).orElseThrow();

        assertThat(paragraph.heading()).isEqualTo("Commitments");
        assertThat(paragraph.lines())
                .containsExactly(
                        "Will review the procurement guidance — Olivia Officer checks back on 28 Jan 2027",
                        "Will name a contact point — partly kept: Named, but not yet reachable"
                                + " (Olivia Officer checked back; date set 30 Nov 2026)");
    }

    @Test
    void aMeetingWithoutCommitmentsAddsNothing() {
        when(commitments.forMeeting(7)).thenReturn(List.of());

        assertThat(contribution.paragraph(meeting())).isEmpty();
    }

    private static MeetingDetails meeting() {
        return CableTestMeeting.plain();
    }
}
