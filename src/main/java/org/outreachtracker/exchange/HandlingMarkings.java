package org.outreachtracker.exchange;

import java.util.Collection;
import java.util.List;
import org.outreachtracker.meeting.MeetingService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Which handling marking a product made from meetings carries: the highest of the system's
 * baseline (the banner text, {@code outreach.ui.banner-text}) and the markings of the meetings
 * it draws on, in the order of {@code outreach.meetings.handling-markings} (first = lowest). A
 * marking that is not in that list ranks below those that are.
 */
@Component
class HandlingMarkings {

    private final MeetingService meetings;
    private final String baseline;

    HandlingMarkings(MeetingService meetings, @Value("${outreach.ui.banner-text:}") String baseline) {
        this.meetings = meetings;
        this.baseline = baseline == null ? "" : baseline.strip();
    }

    /** The marking of a product that draws on meetings with these markings; "" when there is none at all. */
    String highest(Collection<String> meetingMarkings) {
        List<String> order = meetings.handlingMarkings();
        String highest = baseline;
        int rank = order.indexOf(baseline);
        for (String marking : meetingMarkings) {
            String candidate = marking == null ? "" : marking.strip();
            int candidateRank = order.indexOf(candidate);
            if (!candidate.isEmpty() && (candidateRank > rank || highest.isEmpty())) {
                highest = candidate;
                rank = candidateRank;
            }
        }
        return highest;
    }
}
