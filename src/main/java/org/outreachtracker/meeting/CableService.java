package org.outreachtracker.meeting;

import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.outreachtracker.account.UserAccountService;
import org.outreachtracker.account.UserRef;
import org.outreachtracker.base.Roles;
import org.outreachtracker.base.export.HandlingMarkings;
import org.outreachtracker.campaign.CampaignDetails;
import org.outreachtracker.campaign.CampaignService;
import org.outreachtracker.counterpart.CounterpartRef;
import org.outreachtracker.counterpart.CounterpartService;
import org.outreachtracker.followup.FollowUpService;
import org.outreachtracker.reference.CountryRef;
import org.outreachtracker.reference.PostRef;
import org.outreachtracker.reference.ReferenceService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * What a reporting cable on a meeting says ({@link CableFacts}, written out by {@link CableDraft}).
 * Desk officers and managers, who read every meeting, may have it; everything comes through the
 * features' own services.
 */
@Service
public class CableService {

    private final MeetingService meetings;
    private final FollowUpService followUps;
    private final CounterpartService counterparts;
    private final CampaignService campaigns;
    private final ReferenceService reference;
    private final UserAccountService users;
    private final HandlingMarkings markings;
    private final ObjectProvider<CableContribution> contributions;

    CableService(
            MeetingService meetings,
            FollowUpService followUps,
            CounterpartService counterparts,
            CampaignService campaigns,
            ReferenceService reference,
            UserAccountService users,
            HandlingMarkings markings,
            ObjectProvider<CableContribution> contributions) {
        this.meetings = meetings;
        this.followUps = followUps;
        this.counterparts = counterparts;
        this.campaigns = campaigns;
        this.reference = reference;
        this.users = users;
        this.markings = markings;
        this.contributions = contributions;
    }

    /** What a reporting cable on this meeting says; empty when the meeting does not exist (or was deleted). */
    @RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
    public Optional<CableFacts> cableFacts(long meetingId) {
        Optional<MeetingDetails> found = meetings.meeting(meetingId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        MeetingDetails meeting = found.get();
        CampaignDetails campaign = campaigns.campaign(meeting.campaignId()).orElseThrow();
        String country =
                reference.country(meeting.countryId()).map(CountryRef::name).orElse("");
        String post = reference.posts().stream()
                .filter(p -> p.id() == meeting.postId())
                .map(PostRef::name)
                .findFirst()
                .orElse("");
        List<String> met = counterparts.counterparts(meeting.counterpartIds()).stream()
                .sorted(Comparator.comparing(CounterpartRef::name))
                .map(CounterpartRef::describe)
                .toList();
        Map<Long, String> people = users.users().stream().collect(Collectors.toMap(UserRef::id, UserRef::displayName));
        List<CableFacts.FollowUpLine> actions = followUps.forMeeting(meetingId).stream()
                .map(f -> new CableFacts.FollowUpLine(
                        f.description(),
                        people.getOrDefault(f.ownerId(), "unknown owner"),
                        f.dueDate(),
                        f.status().label()))
                .toList();
        return Optional.of(new CableFacts(
                meeting.id(),
                markings.highest(meetings.handlingMarkings(), List.of(meeting.handlingMarking())),
                campaign.title(),
                campaign.cableReference(),
                country,
                post,
                meeting.meetingDate(),
                meeting.format(),
                meeting.deliveredBy(),
                met,
                meeting.points(),
                meeting.overallResponse(),
                meeting.summary(),
                meeting.responseQuote(),
                actions,
                contributions
                        .orderedStream()
                        .flatMap(c -> c.paragraph(meeting).stream())
                        .toList()));
    }
}
