package org.outreachtracker.meeting;

import java.util.Set;
import org.outreachtracker.campaign.DeliveredPoints;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the campaign feature which of its talking points meetings have raised. */
@Component
class MeetingDeliveredPoints implements DeliveredPoints {

    private final MeetingRepository meetings;

    MeetingDeliveredPoints(MeetingRepository meetings) {
        this.meetings = meetings;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> raisedPointIds(long campaignId) {
        return Set.copyOf(meetings.findRaisedPointIds(campaignId));
    }
}
