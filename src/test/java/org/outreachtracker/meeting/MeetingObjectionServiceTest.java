package org.outreachtracker.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.outreachtracker.ManagerIntegrationTest;
import org.outreachtracker.TestCounts;
import org.outreachtracker.campaign.CampaignDetails;
import org.outreachtracker.campaign.CampaignService;
import org.outreachtracker.campaign.ObjectionDraft;
import org.outreachtracker.campaign.ObjectionRef;
import org.outreachtracker.campaign.UnexpectedObjections;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

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

    @Autowired
    JdbcClient jdbc;

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
    void theKeptCountsFollowAMeetingChangedMovedDeletedAndRestored() {
        CampaignDetails other = outreach.activeCampaign(30, outreach.countryIds("DE", "IT"));
        ObjectionRef tooSoon = campaigns.addObjection(other.id(), new ObjectionDraft("Too soon to say"));
        ObjectionRef notOurs = campaigns.addObjection(other.id(), new ObjectionDraft("Not ours to police"));
        long germany = outreach.countryId("DE");
        long italy = outreach.countryId("IT");
        long id = meetings.log(outreach.simpleMeeting(other, "DE", outreach.daysAgo(4), null, "Raised both.")
                .withObjections(Set.of(tooSoon.id(), notOurs.id()), List.of()));
        assertThat(kept(other))
                .isEqualTo(counted(other))
                .isEqualTo(Map.of(tooSoon.id() + " " + germany, 1L, notOurs.id() + " " + germany, 1L));

        meetings.update(
                id,
                meetings.meeting(id).orElseThrow().version(),
                outreach.simpleMeeting(other, "IT", outreach.daysAgo(4), null, "Moved, one objection left.")
                        .withObjections(Set.of(notOurs.id()), List.of()));
        assertThat(kept(other))
                .as("moved to another country, one objection dropped")
                .isEqualTo(counted(other))
                .isEqualTo(Map.of(notOurs.id() + " " + italy, 1L));

        meetings.delete(id, meetings.meeting(id).orElseThrow().version());
        assertThat(kept(other)).as("deleted").isEqualTo(counted(other)).isEmpty();

        long version = meetings.deleted(PageRequest.of(0, 100)).getContent().stream()
                .filter(d -> d.id() == id)
                .findFirst()
                .orElseThrow()
                .version();
        meetings.restore(id, version);
        assertThat(kept(other))
                .as("restored")
                .isEqualTo(counted(other))
                .isEqualTo(Map.of(notOurs.id() + " " + italy, 1L));
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

    /** The counts the service reads, objection and country → meetings. */
    private Map<String, Long> kept(CampaignDetails of) {
        Map<String, Long> counts = new TreeMap<>();
        objections.counts(of.id()).forEach(c -> counts.put(c.objectionId() + " " + c.countryId(), c.meetings()));
        return counts;
    }

    /** The same counted from the live meetings themselves. */
    private Map<String, Long> counted(CampaignDetails of) {
        return TestCounts.of(jdbc.sql("""
                        select mo.objection_id, m.country_id, count(*) from meeting_objection mo
                        join meeting m on m.id = mo.meeting_id
                        where m.campaign_id = :campaignId and m.deleted_at is null
                        group by mo.objection_id, m.country_id
                        """).param("campaignId", of.id()));
    }
}
