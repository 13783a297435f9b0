package org.outreachtracker.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.outreachtracker.ManagerIntegrationTest;
import org.outreachtracker.TestOutreach;
import org.outreachtracker.campaign.CampaignDetails;
import org.outreachtracker.meeting.MeetingDraft;
import org.outreachtracker.meeting.MeetingFilter;
import org.outreachtracker.meeting.MeetingService;
import org.outreachtracker.meeting.OverallResponse;
import org.outreachtracker.meeting.Reaction;
import org.springframework.beans.factory.annotation.Autowired;

/** The dashboard's figures agree with the meetings they summarise. */
class DashboardServiceTest extends ManagerIntegrationTest {

    @Autowired
    DashboardService dashboard;

    @Autowired
    MeetingService meetings;

    @Autowired
    java.time.Clock clock;

    long demoCampaign;

    @BeforeAll
    void findDemoCampaign() {
        demoCampaign = outreach.demoCampaignId();
    }

    @Test
    void meetingCountsAddUpWhicheverWayTheyAreCut() {
        DashboardFigures figures = dashboard.figures(demoCampaign);
        long logged = meetings.count(MeetingFilter.none().withCampaign(demoCampaign));

        assertThat(figures.meetings()).isEqualTo(logged).isPositive();
        assertThat(figures.meetingsPerWeek().stream()
                        .mapToLong(DashboardFigures.WeekCount::meetings)
                        .sum())
                .isEqualTo(logged);
        assertThat(figures.meetingsPerWeek())
                .allSatisfy(week -> assertThat(week.weekStart().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY));
        assertThat(figures.responses().values().stream()
                        .mapToLong(Long::longValue)
                        .sum())
                .isEqualTo(logged);
        assertThat(figures.responses().get(OverallResponse.REJECTED))
                .isEqualTo(meetings.count(new MeetingFilter(
                        demoCampaign,
                        null,
                        null,
                        null,
                        OverallResponse.REJECTED,
                        false,
                        null,
                        null,
                        null,
                        null,
                        null)));
    }

    @Test
    void theCurrentWeekIsTheLastAndIsMarkedAsNotOverYet() {
        DashboardFigures figures = dashboard.figures(demoCampaign);
        java.time.LocalDate monday = java.time.LocalDate.now(clock)
                .with(java.time.temporal.TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));

        assertThat(figures.meetingsPerWeek().getLast().weekStart()).isEqualTo(monday);
        assertThat(figures.meetingsPerWeek().getLast().partial()).isTrue();
        assertThat(figures.meetingsPerWeek()
                        .subList(0, figures.meetingsPerWeek().size() - 1))
                .isNotEmpty()
                .noneMatch(DashboardFigures.WeekCount::partial);
    }

    @Test
    void targetsReachedMatchTheCoverageAndTheBureausAddUp() {
        DashboardFigures figures = dashboard.figures(demoCampaign);

        assertThat(figures.targets())
                .isEqualTo(figures.campaign().targetCountryIds().size());
        assertThat(figures.reached()).isBetween(1, figures.targets() - 1);
        assertThat(figures.byBureau().stream()
                        .mapToInt(DashboardFigures.BureauCoverage::targets)
                        .sum())
                .isEqualTo(figures.targets());
        assertThat(figures.byBureau().stream()
                        .mapToInt(DashboardFigures.BureauCoverage::reached)
                        .sum())
                .isEqualTo(figures.reached());
        assertThat(figures.reachedPercent()).isEqualTo(100 * figures.reached() / figures.targets());
    }

    @Test
    void eachMatrixCellCountsTheMeetingsItLinksTo() {
        DashboardFigures figures = dashboard.figures(demoCampaign);

        assertThat(figures.matrix())
                .as("both versions of the demo's five points")
                .extracting(DashboardFigures.PointReactions::pointsVersion)
                .containsExactly(1, 1, 1, 1, 1, 2, 2, 2, 2, 2);
        for (DashboardFigures.PointReactions point : figures.matrix()) {
            for (Reaction reaction : List.of(Reaction.AGREED, Reaction.PUSHED_BACK)) {
                long behind = meetings.count(MeetingFilter.none()
                        .withCampaign(demoCampaign)
                        .withPointReaction(point.talkingPointId(), reaction));
                assertThat(point.count(reaction))
                        .as(point.label() + " × " + reaction)
                        .isEqualTo(behind);
            }
        }
    }

    @Test
    void aCampaignWithoutPointsOrMeetingsHasEmptyFiguresNotErrors() {
        CampaignDetails empty = outreach.activeCampaign(10, outreach.countryIds("JP", "FR"));

        DashboardFigures figures = dashboard.figures(empty.id());

        assertThat(figures.meetings()).isZero();
        assertThat(figures.targets()).isEqualTo(2);
        assertThat(figures.reached()).isZero();
        assertThat(figures.reachedPercent()).isZero();
        assertThat(figures.matrix()).isEmpty();
        assertThat(figures.meetingsPerWeek())
                .isNotEmpty()
                .allSatisfy(week -> assertThat(week.meetings()).isZero());
        assertThat(figures.overdueFollowUps()).isZero();
    }

    @Test
    void aDeletedMeetingLeavesTheMatrixTheWeeksAndTheResponses() {
        CampaignDetails campaign = outreach.activeCampaign(20, outreach.countryIds("JP"), "First", "Second");
        long first = campaign.points().get(0).id();
        long second = campaign.points().get(1).id();
        var counterpart = outreach.counterpart("JP", TestOutreach.unique("Counterpart"));
        long kept = meetings.log(outreach.meeting(
                campaign,
                "JP",
                outreach.daysAgo(3),
                Set.of(counterpart.id()),
                List.of(new MeetingDraft.PointRaised(first, Reaction.AGREED)),
                OverallResponse.SUPPORTIVE,
                "Kept.",
                List.of()));
        long deleted = meetings.log(outreach.meeting(
                campaign,
                "JP",
                outreach.daysAgo(2),
                Set.of(counterpart.id()),
                List.of(
                        new MeetingDraft.PointRaised(first, Reaction.AGREED),
                        new MeetingDraft.PointRaised(second, Reaction.PUSHED_BACK)),
                OverallResponse.REJECTED,
                "Deleted.",
                List.of()));
        meetings.delete(deleted, meetings.meeting(deleted).orElseThrow().version());

        DashboardFigures figures = dashboard.figures(campaign.id());

        assertThat(kept).isPositive();
        assertThat(figures.meetings()).isEqualTo(1);
        assertThat(figures.matrix().get(0).count(Reaction.AGREED)).isEqualTo(1);
        assertThat(figures.matrix().get(1).raised()).isZero();
        assertThat(figures.responses().get(OverallResponse.SUPPORTIVE)).isEqualTo(1);
        assertThat(figures.responses().get(OverallResponse.REJECTED)).isZero();
        assertThat(figures.meetingsPerWeek().stream()
                        .mapToLong(DashboardFigures.WeekCount::meetings)
                        .sum())
                .isEqualTo(1);
    }
}
