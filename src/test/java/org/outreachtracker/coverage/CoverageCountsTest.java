package org.outreachtracker.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.outreachtracker.ManagerIntegrationTest;
import org.outreachtracker.TestCounts;
import org.outreachtracker.base.ConcurrentChangeException;
import org.outreachtracker.campaign.CampaignDetails;
import org.outreachtracker.meeting.MeetingDetails;
import org.outreachtracker.meeting.MeetingDraft;
import org.outreachtracker.meeting.MeetingDraft.PointRaised;
import org.outreachtracker.meeting.MeetingService;
import org.outreachtracker.meeting.OverallResponse;
import org.outreachtracker.meeting.Reaction;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What coverage keeps of the meetings ({@link CoverageCounts}: {@code campaign_country_count},
 * {@code campaign_day_response_count} and {@code coverage_meeting}) stays equal to the live meetings whatever happens to a meeting: logged,
 * moved to another country or campaign, deleted, restored; coverage read from the counts agrees
 * with coverage counted meeting by meeting (the way it is counted for a date range); and the
 * figures a manager sees follow every step.
 */
class CoverageCountsTest extends ManagerIntegrationTest {

    @Autowired
    MeetingService meetings;

    @Autowired
    CoverageService coverage;

    @Autowired
    DashboardService dashboard;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theCountsFollowEveryMoveOfAMeeting() {
        assertThat(counted()).as("the demo data").isEqualTo(liveMeetings());
        assertThat(kept()).as("the demo data").isEqualTo(liveMeetingFacts());
        assertThat(byDay()).as("the demo data").isEqualTo(liveByDay());
        CampaignDetails campaign = outreach.activeCampaign(30, outreach.countryIds("FR", "DE"), "Alpha");
        CampaignDetails other = outreach.activeCampaign(30, outreach.countryIds("FR"), "Other");
        String inFrance = campaign.id() + " " + outreach.countryId("FR");
        String inGermany = campaign.id() + " " + outreach.countryId("DE");

        long first = meetings.log(outreach.simpleMeeting(campaign, "FR", outreach.daysAgo(5), null, "First."));
        long second = meetings.log(outreach.simpleMeeting(campaign, "FR", outreach.daysAgo(4), null, "Second."));
        assertThat(counted())
                .isEqualTo(liveMeetings())
                .containsEntry(inFrance, 2L)
                .doesNotContainKey(inGermany);
        assertThat(kept()).isEqualTo(liveMeetingFacts());
        assertThat(byDay()).isEqualTo(liveByDay());

        MeetingDraft toGermany = outreach.simpleMeeting(campaign, "DE", outreach.daysAgo(5), null, "Moved.");
        meetings.update(first, meetings.meeting(first).orElseThrow().version(), toGermany);
        assertThat(counted())
                .as("moved to another country")
                .isEqualTo(liveMeetings())
                .containsEntry(inFrance, 1L)
                .containsEntry(inGermany, 1L);
        assertThat(kept()).as("moved to another country").isEqualTo(liveMeetingFacts());
        assertThat(byDay()).as("moved to another country").isEqualTo(liveByDay());

        meetings.update(
                second,
                meetings.meeting(second).orElseThrow().version(),
                outreach.simpleMeeting(campaign, "FR", outreach.daysAgo(3), OverallResponse.SUPPORTIVE, "Answered."));
        assertThat(byDay())
                .as("another date and response")
                .isEqualTo(liveByDay())
                .containsEntry(campaign.id() + " " + outreach.daysAgo(3) + " SUPPORTIVE", 1L)
                .doesNotContainKey(campaign.id() + " " + outreach.daysAgo(4) + " PENDING");

        MeetingDetails kept = meetings.meeting(second).orElseThrow();
        meetings.update(
                second, kept.version(), outreach.simpleMeeting(other, "FR", outreach.daysAgo(4), null, "Other."));
        assertThat(counted())
                .as("moved to another campaign")
                .isEqualTo(liveMeetings())
                .doesNotContainKey(inFrance)
                .containsEntry(other.id() + " " + outreach.countryId("FR"), 1L);
        assertThat(kept()).as("moved to another campaign").isEqualTo(liveMeetingFacts());
        assertThat(byDay()).as("moved to another campaign").isEqualTo(liveByDay());

        meetings.delete(first, meetings.meeting(first).orElseThrow().version());
        assertThat(counted()).as("deleted").isEqualTo(liveMeetings()).doesNotContainKey(inGermany);
        assertThat(kept()).as("deleted").isEqualTo(liveMeetingFacts()).doesNotContainKey(first);
        assertThat(byDay()).as("deleted").isEqualTo(liveByDay());
        long version = meetings.deleted(PageRequest.of(0, 100)).getContent().stream()
                .filter(d -> d.id() == first)
                .findFirst()
                .orElseThrow()
                .version();
        meetings.restore(first, version);
        assertThat(counted()).as("restored").isEqualTo(liveMeetings()).containsEntry(inGermany, 1L);
        assertThat(kept()).as("restored").isEqualTo(liveMeetingFacts()).containsKey(first);
        assertThat(byDay()).as("restored").isEqualTo(liveByDay());
    }

    @Test
    void theFiguresFollowAMeetingThatIsChangedDeletedAndRestored() {
        CampaignDetails campaign = outreach.activeCampaign(30, outreach.countryIds("FR", "DE"), "Alpha", "Beta");
        CampaignDetails other = outreach.activeCampaign(30, outreach.countryIds("FR"), "Other");
        long alpha = campaign.points().get(0).id();
        long beta = campaign.points().get(1).id();
        long france = outreach.countryId("FR");
        long germany = outreach.countryId("DE");
        MeetingDraft inFrance = outreach.meeting(
                campaign,
                "FR",
                outreach.daysAgo(6),
                Set.of(outreach.counterpart("FR", "Counterpart in Paris").id()),
                List.of(new PointRaised(alpha, Reaction.AGREED)),
                OverallResponse.SUPPORTIVE,
                "In Paris.",
                List.of());
        long id = meetings.log(inFrance);
        assertThat(country(campaign, france))
                .extracting(CountryCoverage::status, CountryCoverage::meetings, CountryCoverage::lastMeetingDate)
                .containsExactly(CoverageStatus.SUPPORTIVE, 1, outreach.daysAgo(6));
        DashboardFigures logged = dashboard.figures(campaign.id());
        assertThat(logged.reached()).isEqualTo(1);
        assertThat(logged.responses()).containsEntry(OverallResponse.SUPPORTIVE, 1L);
        assertThat(point(logged, alpha).count(Reaction.AGREED)).isEqualTo(1);

        // To Germany, another date and response, another reaction and another point.
        MeetingDraft toGermany = outreach.meeting(
                campaign,
                "DE",
                outreach.daysAgo(3),
                Set.of(outreach.counterpart("DE", "Counterpart in Berlin").id()),
                List.of(new PointRaised(alpha, Reaction.PUSHED_BACK), new PointRaised(beta, Reaction.NOTED)),
                OverallResponse.SKEPTICAL,
                "In Berlin.",
                List.of());
        meetings.update(id, meetings.meeting(id).orElseThrow().version(), toGermany);
        assertThat(country(campaign, france).status()).isEqualTo(CoverageStatus.NOT_APPROACHED);
        assertThat(country(campaign, germany))
                .extracting(CountryCoverage::status, CountryCoverage::meetings, CountryCoverage::lastMeetingDate)
                .containsExactly(CoverageStatus.SKEPTICAL, 1, outreach.daysAgo(3));
        DashboardFigures changed = dashboard.figures(campaign.id());
        assertThat(changed.reached()).isEqualTo(1);
        assertThat(changed.responses())
                .containsEntry(OverallResponse.SUPPORTIVE, 0L)
                .containsEntry(OverallResponse.SKEPTICAL, 1L);
        assertThat(point(changed, alpha).counts()).isEqualTo(Map.of(Reaction.PUSHED_BACK, 1L));
        assertThat(point(changed, beta).counts()).isEqualTo(Map.of(Reaction.NOTED, 1L));

        // To another campaign: gone from this one's figures, there in the other's.
        MeetingDetails moving = meetings.meeting(id).orElseThrow();
        meetings.update(
                id,
                moving.version(),
                outreach.meeting(
                        other,
                        "FR",
                        outreach.daysAgo(2),
                        Set.of(outreach.counterpart("FR", "Counterpart in Lyon").id()),
                        List.of(),
                        null,
                        "In Lyon.",
                        List.of()));
        assertThat(country(campaign, germany).status()).isEqualTo(CoverageStatus.NOT_APPROACHED);
        DashboardFigures left = dashboard.figures(campaign.id());
        assertThat(left.meetings()).isZero();
        assertThat(point(left, alpha).raised()).isZero();
        assertThat(country(other, france))
                .extracting(CountryCoverage::status, CountryCoverage::meetings)
                .containsExactly(CoverageStatus.PENDING, 1);
        meetings.update(id, meetings.meeting(id).orElseThrow().version(), toGermany);

        meetings.delete(id, meetings.meeting(id).orElseThrow().version());
        assertThat(country(campaign, germany))
                .extracting(CountryCoverage::status, CountryCoverage::meetings, CountryCoverage::lastMeetingDate)
                .containsExactly(CoverageStatus.NOT_APPROACHED, 0, null);
        assertThat(country(other, france).meetings()).isZero();
        DashboardFigures deleted = dashboard.figures(campaign.id());
        assertThat(deleted.meetings()).isZero();
        assertThat(deleted.reached()).isZero();
        assertThat(point(deleted, beta).raised()).isZero();

        long version = meetings.deleted(PageRequest.of(0, 100)).getContent().stream()
                .filter(d -> d.id() == id)
                .findFirst()
                .orElseThrow()
                .version();
        meetings.restore(id, version);
        assertThat(country(campaign, germany))
                .extracting(CountryCoverage::status, CountryCoverage::meetings, CountryCoverage::lastMeetingDate)
                .containsExactly(CoverageStatus.SKEPTICAL, 1, outreach.daysAgo(3));
        DashboardFigures restored = dashboard.figures(campaign.id());
        assertThat(restored.meetings()).isEqualTo(1);
        assertThat(restored.reached()).isEqualTo(1);
        assertThat(point(restored, alpha).counts()).isEqualTo(Map.of(Reaction.PUSHED_BACK, 1L));
        assertThat(kept()).isEqualTo(liveMeetingFacts());
        assertThat(byDay()).isEqualTo(liveByDay());
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
        List<CountryCoverage> fromMeetings = coverage.coverage(
                campaign.id(), new CoverageFilter(LocalDate.of(1900, 1, 1), LocalDate.of(2999, 12, 31)));

        assertThat(fromCounts).isEqualTo(fromMeetings);
        CountryCoverage germany = fromCounts.stream()
                .filter(c -> c.countryId() == outreach.countryId("DE"))
                .findFirst()
                .orElseThrow();
        assertThat(germany.meetings()).isEqualTo(1);
        assertThat(germany.lastMeetingDate())
                .as("the deleted meeting's later date does not count")
                .isEqualTo(outreach.daysAgo(8));
        CountryCoverage france = fromCounts.stream()
                .filter(c -> c.countryId() == outreach.countryId("FR"))
                .findFirst()
                .orElseThrow();
        assertThat(france.meetings()).isEqualTo(2);
        assertThat(france.lastMeetingDate()).isEqualTo(outreach.daysAgo(10));
    }

    @Test
    void aChangeThatIsNotSavedChangesNoFigure() {
        CampaignDetails campaign = outreach.activeCampaign(30, outreach.countryIds("FR", "DE"), "Alpha");
        long id = meetings.log(outreach.simpleMeeting(campaign, "FR", outreach.daysAgo(5), null, "Kept."));
        long staleVersion = meetings.meeting(id).orElseThrow().version();
        meetings.update(id, staleVersion, outreach.simpleMeeting(campaign, "FR", outreach.daysAgo(4), null, "Saved."));
        Map<String, Long> counts = counted();
        Map<Long, String> facts = kept();

        MeetingDraft toGermany = outreach.simpleMeeting(campaign, "DE", outreach.daysAgo(2), null, "Stale.");
        assertThatThrownBy(() -> meetings.update(id, staleVersion, toGermany))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThatThrownBy(() -> meetings.delete(id, staleVersion)).isInstanceOf(ConcurrentChangeException.class);

        assertThat(counted()).isEqualTo(counts).isEqualTo(liveMeetings());
        assertThat(kept()).isEqualTo(facts).isEqualTo(liveMeetingFacts());
        assertThat(byDay()).isEqualTo(liveByDay());
        assertThat(country(campaign, outreach.countryId("DE")).meetings()).isZero();
    }

    private CountryCoverage country(CampaignDetails campaign, long countryId) {
        return coverage.coverage(campaign.id(), CoverageFilter.none()).stream()
                .filter(c -> c.countryId() == countryId)
                .findFirst()
                .orElseThrow();
    }

    private static DashboardFigures.PointReactions point(DashboardFigures figures, long pointId) {
        return figures.matrix().stream()
                .filter(p -> p.talkingPointId() == pointId)
                .findFirst()
                .orElseThrow();
    }

    /** What coverage keeps of each live meeting, by meeting: campaign, country, date, response. */
    private Map<Long, String> kept() {
        Map<Long, String> facts = new TreeMap<>();
        jdbc.sql("select meeting_id, campaign_id, country_id, meeting_date, overall_response from coverage_meeting")
                .query((rs, n) -> facts.put(
                        rs.getLong(1),
                        rs.getLong(2) + " " + rs.getLong(3) + " " + rs.getObject(4, LocalDate.class) + " "
                                + rs.getString(5)))
                .list();
        return facts;
    }

    private Map<Long, String> liveMeetingFacts() {
        Map<Long, String> facts = new TreeMap<>();
        jdbc.sql("select id, campaign_id, country_id, meeting_date, overall_response from meeting"
                        + " where deleted_at is null")
                .query((rs, n) -> facts.put(
                        rs.getLong(1),
                        rs.getLong(2) + " " + rs.getLong(3) + " " + rs.getObject(4, LocalDate.class) + " "
                                + rs.getString(5)))
                .list();
        return facts;
    }

    private Map<String, Long> counted() {
        return TestCounts.of(
                jdbc.sql("select campaign_id, country_id, meetings from campaign_country_count where meetings > 0"));
    }

    private Map<String, Long> liveMeetings() {
        return TestCounts.of(jdbc.sql("select campaign_id, country_id, count(*) from meeting where deleted_at is null"
                + " group by campaign_id, country_id"));
    }

    /** The kept live meetings per campaign, date and response, as "campaign date response". */
    private Map<String, Long> byDay() {
        return TestCounts.of(
                jdbc.sql("select campaign_id, meeting_date, overall_response, meetings from campaign_day_response_count"
                        + " where meetings > 0"));
    }

    private Map<String, Long> liveByDay() {
        return TestCounts.of(jdbc.sql(
                "select campaign_id, meeting_date, coalesce(overall_response, 'PENDING'), count(*) from meeting"
                        + " where deleted_at is null group by campaign_id, meeting_date, overall_response"));
    }
}
