package org.outreachtracker.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.outreachtracker.ManagerIntegrationTest;
import org.outreachtracker.campaign.CampaignDetails;
import org.outreachtracker.campaign.CampaignService;
import org.outreachtracker.counterpart.CounterpartLevel;
import org.outreachtracker.meeting.MeetingService;
import org.outreachtracker.meeting.OverallResponse;
import org.outreachtracker.tasking.TaskingRef;
import org.outreachtracker.tasking.TaskingService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The dashboard's progress against the report-by date, on a campaign of three posts whose report-by
 * date was yesterday: Japan met twice (its response moved last week) and reported, Brazil met last
 * week and not reported, France never met. Every counterpart is below the minimum level (minister).
 */
class CampaignProgressTest extends ManagerIntegrationTest {

    @Autowired
    DashboardService dashboard;

    @Autowired
    CampaignService campaigns;

    @Autowired
    MeetingService meetings;

    @Autowired
    TaskingService taskings;

    CampaignDetails campaign;
    CampaignProgress progress;

    @BeforeAll
    void logTheCampaign() {
        outreach.as("manager", () -> {
            campaign = outreach.activeCampaign(30, outreach.countryIds("JP", "BR", "FR"));
            CampaignDetails current = campaigns.campaign(campaign.id()).orElseThrow();
            var draft = current.toDraft();
            campaigns.update(
                    campaign.id(),
                    current.version(),
                    new org.outreachtracker.campaign.CampaignDraft(
                                    draft.title(),
                                    draft.cableReference(),
                                    draft.objective(),
                                    draft.issueDate(),
                                    outreach.daysAgo(1),
                                    draft.status(),
                                    draft.allCountries(),
                                    draft.targetCountryIds())
                            .withMinimumLevel(CounterpartLevel.MINISTER));
            meetings.log(outreach.simpleMeeting(
                    campaign, "JP", outreach.daysAgo(20), OverallResponse.RECEPTIVE, "First call in Tokyo."));
            meetings.log(outreach.simpleMeeting(
                    campaign, "JP", outreach.daysAgo(3), OverallResponse.SKEPTICAL, "Second call in Tokyo."));
            meetings.log(outreach.simpleMeeting(
                    campaign, "BR", outreach.daysAgo(2), OverallResponse.SUPPORTIVE, "Call in Brasília."));
            TaskingRef japan =
                    taskings.taskingOf(campaign.id(), outreach.countryId("JP")).orElseThrow();
            taskings.markReported(japan.id(), japan.version(), "26 TOKYO 12", outreach.today(), null);
            progress = dashboard.progress(campaign.id());
        });
    }

    @Test
    void theSeriesRunsFromTheIssueDateToTodayAndEndsAtTheCurrentFigures() {
        var days = progress.cumulative().days();
        assertThat(progress.posts()).isEqualTo(3);
        assertThat(progress.cumulative().reportBy()).isEqualTo(outreach.daysAgo(1));
        assertThat(days.getFirst().day()).isEqualTo(outreach.daysAgo(30));
        assertThat(days.getLast().day()).isEqualTo(outreach.today());
        assertThat(days).hasSize(31);
        assertThat(days.getLast())
                .extracting(
                        CumulativeCoverage.Day::reached,
                        CumulativeCoverage.Day::delivered,
                        CumulativeCoverage.Day::reported)
                .containsExactly(2L, 2L, 1L);
    }

    @Test
    void aCountryCountsAsReachedFromTheDateOfItsFirstMeeting() {
        assertThat(dayOf(outreach.daysAgo(21)).reached()).isZero();
        assertThat(dayOf(outreach.daysAgo(20)).reached()).isEqualTo(1);
        assertThat(dayOf(outreach.daysAgo(3)).reached()).isEqualTo(1);
        assertThat(dayOf(outreach.daysAgo(2)).reached()).isEqualTo(2);
    }

    @Test
    void lastWeekCountsItsMeetingsTheResponseThatMovedAndThePostsThatLapsed() {
        CampaignProgress.WeekChanges week = progress.lastWeek();
        assertThat(week.week().first()).isEqualTo(outreach.daysAgo(7));
        assertThat(week.week().last()).isEqualTo(outreach.daysAgo(1));
        assertThat(week.newMeetings()).isEqualTo(2);
        assertThat(week.responseMoves())
                .containsExactly(new CampaignProgress.ResponseMove(
                        outreach.countryId("JP"), OverallResponse.RECEPTIVE, OverallResponse.SKEPTICAL));
        assertThat(week.lapsed())
                .as("Brazil delivered but did not report; France did nothing")
                .isEqualTo(2);
    }

    @Test
    void deliveriesBelowTheMinimumLevelAreCounted() {
        assertThat(progress.belowMinimum()).isEqualTo(2);
    }

    private CumulativeCoverage.Day dayOf(LocalDate date) {
        return progress.cumulative().days().stream()
                .filter(day -> day.day().equals(date))
                .findFirst()
                .orElseThrow();
    }
}
