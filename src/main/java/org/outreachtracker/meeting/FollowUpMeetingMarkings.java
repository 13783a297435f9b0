package org.outreachtracker.meeting;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.outreachtracker.followup.MeetingMarkings;
import org.springframework.stereotype.Component;

/** Tells the follow-ups export the markings of the meetings its follow-ups came from. */
@Component
class FollowUpMeetingMarkings implements MeetingMarkings {

    private final MeetingService meetings;

    FollowUpMeetingMarkings(MeetingService meetings) {
        this.meetings = meetings;
    }

    @Override
    public List<String> order() {
        return meetings.handlingMarkings();
    }

    @Override
    public Map<Long, String> of(Collection<Long> meetingIds) {
        return meetings.handlingMarkingsOf(meetingIds);
    }
}
