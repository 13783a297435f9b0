package org.outreachtracker.meeting;

import java.util.List;
import java.util.Optional;
import org.outreachtracker.account.UserAccountService;
import org.outreachtracker.account.UserRef;
import org.outreachtracker.followup.CommitmentService;
import org.outreachtracker.followup.CommitmentText;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** "Commitments" in the reporting cable: what the host government committed to, and who checks back when. */
@Component
@Order(CommitmentsCableParagraph.ORDER)
class CommitmentsCableParagraph implements CableContribution {

    static final int ORDER = 50;

    private final CommitmentService commitments;
    private final UserAccountService users;

    CommitmentsCableParagraph(CommitmentService commitments, UserAccountService users) {
        this.commitments = commitments;
        this.users = users;
    }

    @Override
    public Optional<CableParagraph> paragraph(MeetingDetails meeting) {
        List<String> lines = commitments.forMeeting(meeting.id()).stream()
                .map(c -> CommitmentText.of(
                        c, users.user(c.ownerId()).map(UserRef::displayName).orElse("")))
                .toList();
        return lines.isEmpty() ? Optional.empty() : Optional.of(new CableParagraph("Commitments", lines));
    }
}
