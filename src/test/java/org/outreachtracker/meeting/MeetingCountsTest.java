package org.outreachtracker.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.outreachtracker.ManagerIntegrationTest;
import org.outreachtracker.campaign.CampaignDetails;
import org.outreachtracker.coverage.CountryCoverage;
import org.outreachtracker.coverage.CoverageFilter;
import org.outreachtracker.coverage.CoverageService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The live meetings per campaign and country ({@link MeetingCounts}, {@code campaign_country_count})
 * stay equal to the live meetings whatever happens to a meeting: logged, moved to another country
 * or campaign, deleted, restored; and coverage read from them agrees with coverage counted from
 * the meetings themselves (the way it is counted for a date range).
 */
class MeetingCountsTest extends ManagerIntegrationTest {

    @Autowired
    MeetingService meetings;
    @Autowired
    CoverageService coverage;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theCountsFollowEveryMoveOfAMeeting() {
        assertThat(counted()).as("the demo data").isEqualTo(liveMeetings());
        CampaignDetails campaign = outreach.activeCampaign(30, outreach.countryIds("FR", "DE"), "Alpha");
        CampaignDetails other = outreach.activeCampaign(30, outreach.countryIds("FR"), "Other");
        String inFrance = campaign.id() + " " + outreach.countryId("FR");
        String inGermany = campaign.id() + " " + outreach.countryId("DE");

        long first = meetings.log(outreach.simpleMeeting(campaign, "FR", outreach.daysAgo(5), null, "First."));
        long second = meetings.log(outreach.simpleMeeting(campaign, "FR", outreach.daysAgo(4), null, "Second."));
        assertThat(counted()).isEqualTo(liveMeetings()).containsEntry(inFrance, 2L).doesNotContainKey(inGermany);

        MeetingDraft toGermany = outreach.simpleMeeting(campaign, "DE", outreach.daysAgo(5), null, "Moved.");
        meetings.update(first, meetings.meeting(first).orElseThrow().version(), toGermany);
        assertThat(counted()).as("moved to another country").isEqualTo(liveMeetings())
                .containsEntry(inFrance, 1L).containsEntry(inGermany, 1L);

        MeetingDetails kept = meetings.meeting(second).orElseThrow();
        meetings.update(second, kept.version(), outreach.simpleMeeting(other, "FR", outreach.daysAgo(4), null, "Other."));
        assertThat(counted()).as("moved to another campaign").isEqualTo(liveMeetings())
                .doesNotContainKey(inFrance).containsEntry(other.id() + " " + outreach.countryId("FR"), 1L);

        meetings.delete(first, meetings.meeting(first).orElseThrow().version());
        assertThat(counted()).as("deleted").isEqualTo(liveMeetings()).doesNotContainKey(inGermany);
        long version = meetings.deleted(PageRequest.of(0, 100)).getContent().stream()
                .filter(d -> d.id() == first).findFirst().orElseThrow().version();
        meetings.restore(first, version);
        assertThat(counted()).as("restored").isEqualTo(liveMeetings()).containsEntry(inGermany, 1L);
    }

    @Test
    void coverageFromTheCountsAgreesWithCoverageCountedFromTheMeetings() {
        CampaignDetails campaign = outreach.activeCampaign(60, outreach.countryIds("FR", "DE", "JP"), "Alpha");
        meetings.log(outreach.simpleMeeting(campaign, "FR", outreach.daysAgo(20), null, "Earlier."));
        meetings.log(outreach.simpleMeeting(campaign, "FR", outreach.daysAgo(10), null, "Later."));
        long deleted = meetings.log(outreach.simpleMeeting(campaign, "DE", outreach.daysAgo(2), null, "Deleted."));
        meetings.log(outreach.simpleMeeting(campaign, "DE", outreach.daysAgo(8), null, "Kept."));
        meetings.delete(deleted, meetings.meeting(deleted).orElseThrow().version());

        List<CountryCoverage> fromCounts = coverage.coverage(campaign.id(), CoverageFilter.none());
        List<CountryCoverage> fromMeetings = coverage.coverage(campaign.id(),
                new CoverageFilter(LocalDate.of(1900, 1, 1), LocalDate.of(2999, 12, 31)));

        assertThat(fromCounts).isEqualTo(fromMeetings);
        CountryCoverage germany = fromCounts.stream()
                .filter(c -> c.countryId() == outreach.countryId("DE")).findFirst().orElseThrow();
        assertThat(germany.meetings()).isEqualTo(1);
        assertThat(germany.lastMeetingDate()).as("the deleted meeting's later date does not count")
                .isEqualTo(outreach.daysAgo(8));
        CountryCoverage france = fromCounts.stream()
                .filter(c -> c.countryId() == outreach.countryId("FR")).findFirst().orElseThrow();
        assertThat(france.meetings()).isEqualTo(2);
        assertThat(france.lastMeetingDate()).isEqualTo(outreach.daysAgo(10));
    }

    private Map<String, Long> counted() {
        Map<String, Long> counts = new TreeMap<>();
        jdbc.sql("select campaign_id, country_id, meetings from campaign_country_count where meetings > 0")
                .query((rs, n) -> counts.put(rs.getLong(1) + " " + rs.getLong(2), rs.getLong(3))).list();
        return counts;
    }

    private Map<String, Long> liveMeetings() {
        Map<String, Long> counts = new TreeMap<>();
        jdbc.sql("select campaign_id, country_id, count(*) from meeting where deleted_at is null"
                        + " group by campaign_id, country_id")
                .query((rs, n) -> counts.put(rs.getLong(1) + " " + rs.getLong(2), rs.getLong(3))).list();
        return counts;
    }
}
