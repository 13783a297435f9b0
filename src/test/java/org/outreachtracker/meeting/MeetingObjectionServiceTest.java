package org.outreachtracker.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.outreachtracker.ManagerIntegrationTest;
import org.outreachtracker.campaign.CampaignDetails;
import org.outreachtracker.campaign.CampaignService;
import org.outreachtracker.campaign.ObjectionDraft;
import org.outreachtracker.campaign.ObjectionRef;
import org.outreachtracker.campaign.UnexpectedObjections;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Objections across a campaign's meetings: counts per objection and country, the meetings behind
 * a count, and the unexpected objections grouped by their words; deleted meetings do not count.
 */
class MeetingObjectionServiceTest extends ManagerIntegrationTest {

    @Autowired
    MeetingObjectionService objections;

    @Autowired
    MeetingService meetings;

    @Autowired
    CampaignService campaigns;

    CampaignDetails campaign;
    ObjectionRef protectionism;
    ObjectionRef noEvidence;
    long tokyoFirst;
    long tokyoSecond;
    long paris;

    @BeforeAll
    void logMeetings() {
        outreach.as("manager", () -> {
            campaign = outreach.activeCampaign(30, outreach.countryIds("JP", "FR"));
            protectionism = campaigns.addObjection(campaign.id(), new ObjectionDraft("This is protectionism"));
            noEvidence = campaigns.addObjection(campaign.id(), new ObjectionDraft("No evidence offered"));
            tokyoFirst = log("JP", 10, Set.of(protectionism.id()), List.of("Export controls cover this"));
            tokyoSecond =
                    log("JP", 5, Set.of(protectionism.id(), noEvidence.id()), List.of("export  CONTROLS cover this"));
            paris = log("FR", 3, Set.of(protectionism.id()), List.of("Too late in the year"));
            long deleted = log("FR", 2, Set.of(noEvidence.id()), List.of("Only in a deleted meeting"));
            meetings.delete(deleted, meetings.meeting(deleted).orElseThrow().version());
            return null;
        });
    }

    @Test
    void eachExpectedObjectionIsCountedPerCountryOverLiveMeetings() {
        assertThat(objections.counts(campaign.id()))
                .containsExactlyInAnyOrder(
                        new MeetingObjectionService.ObjectionCount(protectionism.id(), outreach.countryId("JP"), 2),
                        new MeetingObjectionService.ObjectionCount(protectionism.id(), outreach.countryId("FR"), 1),
                        new MeetingObjectionService.ObjectionCount(noEvidence.id(), outreach.countryId("JP"), 1));
    }

    @Test
    void theMeetingsBehindACountAreListedNewestFirst() {
        assertThat(objections.meetings(protectionism.id(), outreach.countryIds("JP", "FR")))
                .extracting(MeetingObjectionService.ObjectionMeeting::meetingId)
                .containsExactly(paris, tokyoSecond, tokyoFirst);
        assertThat(objections.meetings(protectionism.id(), outreach.countryIds("FR")))
                .extracting(MeetingObjectionService.ObjectionMeeting::meetingId)
                .containsExactly(paris);
        assertThat(objections.meetings(noEvidence.id(), Set.of())).isEmpty();
    }

    @Test
    void unexpectedObjectionsAreGroupedByTheirWordsMostRaisedFirst() {
        assertThat(objections.of(campaign.id()))
                .containsExactly(
                        new UnexpectedObjections.Raised("Export controls cover this", 2),
                        new UnexpectedObjections.Raised("Too late in the year", 1));
    }

    private long log(String country, int daysAgo, Set<Long> expected, List<String> others) {
        return meetings.log(outreach.simpleMeeting(
                        campaign, country, outreach.daysAgo(daysAgo), OverallResponse.SKEPTICAL, "Objections.")
                .withObjections(expected, others));
    }
}
