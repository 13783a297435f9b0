package org.outreachtracker.meeting;

import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import org.outreachtracker.base.Roles;
import org.outreachtracker.campaign.CampaignDetails;
import org.outreachtracker.campaign.CampaignService;
import org.outreachtracker.counterpart.CounterpartRef;
import org.outreachtracker.counterpart.CounterpartService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether a meeting met its campaign's minimum counterpart level, from the campaign's minimum and
 * the levels of the counterparts met (read now, so a counterpart's corrected level counts).
 */
@Service
@Transactional(readOnly = true)
public class MeetingRankService {

    private final MeetingRepository meetings;
    private final CampaignService campaigns;
    private final CounterpartService counterparts;

    MeetingRankService(MeetingRepository meetings, CampaignService campaigns, CounterpartService counterparts) {
        this.meetings = meetings;
        this.campaigns = campaigns;
        this.counterparts = counterparts;
    }

    /** The rank check of a live meeting; empty when there is no such meeting. */
    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
    public Optional<RankCheck> rankCheck(long meetingId) {
        return meetings.findById(meetingId)
                .filter(m -> !m.isDeleted())
                .map(meeting -> RankCheck.of(
                        campaigns
                                .campaign(meeting.getCampaignId())
                                .map(CampaignDetails::minimumLevel)
                                .orElse(null),
                        counterparts.counterparts(meeting.toDetails().counterpartIds()).stream()
                                .map(CounterpartRef::level)
                                .toList()));
    }
}
