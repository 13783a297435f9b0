package org.outreachtracker.meeting.ui;

import com.vaadin.flow.component.html.Paragraph;
import java.util.Optional;
import org.outreachtracker.meeting.MeetingRankService;
import org.outreachtracker.meeting.RankCheck;

/** On a meeting's page: how its counterparts compare with the campaign's minimum level, when it sets one. */
final class RankNote {

    private RankNote() {}

    static Optional<Paragraph> of(MeetingRankService ranks, long meetingId) {
        return ranks.rankCheck(meetingId)
                .filter(check -> check.minimum() != null)
                .map(RankNote::note);
    }

    private static Paragraph note(RankCheck check) {
        var note = new Paragraph(check.sentence());
        note.addClassName("rank-note");
        if (check.belowMinimum()) {
            note.addClassName("callout");
            note.addClassName("rank-below");
        }
        note.setId("rank-note");
        return note;
    }
}
