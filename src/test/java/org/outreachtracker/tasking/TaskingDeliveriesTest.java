package org.outreachtracker.tasking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outreachtracker.IntegrationTest;
import org.outreachtracker.TestOutreach;
import org.outreachtracker.campaign.CampaignDetails;
import org.outreachtracker.campaign.CampaignService;
import org.outreachtracker.counterpart.CounterpartLevel;
import org.outreachtracker.meeting.CableParagraph;
import org.outreachtracker.meeting.CableService;
import org.outreachtracker.meeting.MeetingRankService;
import org.outreachtracker.meeting.MeetingService;
import org.outreachtracker.meeting.OverallResponse;
import org.outreachtracker.meeting.RankCheck;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;

/**
 * Meetings deliver taskings: logging one for a campaign and country delivers that country's
 * tasking, deleting the only one takes it back, restoring delivers it again, a reported tasking
 * stays reported; deliveries below the campaign's minimum counterpart level are flagged.
 */
@IntegrationTest
class TaskingDeliveriesTest {

    @Autowired
    TaskingService taskings;

    @Autowired
    MeetingService meetings;

    @Autowired
    MeetingRankService ranks;

    @Autowired
    CampaignService campaigns;

    @Autowired
    CableService cables;

    @Autowired
    ApplicationContext context;

    TestOutreach outreach;
    long japan;

    @BeforeEach
    void setUp() {
        outreach = new TestOutreach(context);
        japan = outreach.countryId("JP");
    }

    @AfterEach
    void close() {
        outreach.closeCampaigns();
    }

    @Test
    void loggingAMeetingDeliversTheTaskingAndDeletingTheOnlyOneTakesItBack() {
        CampaignDetails campaign = outreach.activeCampaign(20, outreach.countryIds("JP"));
        TaskingRef instructed = tasking(campaign);
        outreach.as("officer", () -> taskings.requestAppointment(instructed.id(), instructed.version()));

        long meeting = outreach.as(
                "officer",
                () -> meetings.log(outreach.simpleMeeting(
                        campaign, "JP", outreach.daysAgo(4), OverallResponse.SUPPORTIVE, "Delivered in Tokyo.")));

        TaskingRef delivered = tasking(campaign);
        assertThat(delivered.state()).isEqualTo(TaskingState.DELIVERED);
        assertThat(delivered.deliveredOn()).isEqualTo(outreach.daysAgo(4));
        assertThat(delivered.deliveringMeetingId()).isEqualTo(meeting);
        assertThat(outreach.as("manager", () -> taskings.dailyChanges(campaign.id())))
                .contains(new TaskingDayChange(outreach.daysAgo(4), TaskingState.DELIVERED, 1, 0));

        outreach.as(
                "officer",
                () -> meetings.delete(
                        meeting, meetings.meeting(meeting).orElseThrow().version()));

        TaskingRef back = tasking(campaign);
        assertThat(back.state()).isEqualTo(TaskingState.APPOINTMENT_REQUESTED);
        assertThat(back.deliveredOn()).isNull();

        outreach.as("manager", () -> {
            long version = meetings.deleted(PageRequest.of(0, 200)).getContent().stream()
                    .filter(d -> d.id() == meeting)
                    .findFirst()
                    .orElseThrow()
                    .version();
            meetings.restore(meeting, version);
        });
        assertThat(tasking(campaign).state()).isEqualTo(TaskingState.DELIVERED);
    }

    @Test
    void theEarliestOfSeveralMeetingsIsTheDeliveryAndAReportedTaskingStaysReported() {
        CampaignDetails campaign = outreach.activeCampaign(20, outreach.countryIds("JP"));
        long later = outreach.as(
                "officer",
                () -> meetings.log(outreach.simpleMeeting(campaign, "JP", outreach.daysAgo(2), null, "Later.")));
        long earlier = outreach.as(
                "officer",
                () -> meetings.log(outreach.simpleMeeting(campaign, "JP", outreach.daysAgo(6), null, "Earlier.")));
        assertThat(tasking(campaign).deliveredOn()).isEqualTo(outreach.daysAgo(6));

        outreach.as(
                "officer",
                () -> meetings.delete(
                        earlier, meetings.meeting(earlier).orElseThrow().version()));
        assertThat(tasking(campaign).state()).isEqualTo(TaskingState.DELIVERED);
        assertThat(tasking(campaign).deliveringMeetingId()).isEqualTo(later);

        TaskingRef delivered = tasking(campaign);
        outreach.as(
                "officer",
                () -> taskings.markReported(delivered.id(), delivered.version(), "TOKYO 42", outreach.today(), null));
        outreach.as(
                "officer",
                () -> meetings.delete(
                        later, meetings.meeting(later).orElseThrow().version()));

        TaskingRef reported = tasking(campaign);
        assertThat(reported.state()).isEqualTo(TaskingState.REPORTED);
        assertThat(reported.reportReference()).isEqualTo("TOKYO 42");
        assertThat(reported.deliveredOn()).isNull();
    }

    @Test
    void aDeliveryBelowTheMinimumLevelIsFlaggedOnTheMeetingAndTheTasking() {
        CampaignDetails campaign = outreach.activeCampaign(20, outreach.countryIds("JP"));
        setMinimum(campaign.id(), CounterpartLevel.MINISTER);
        assertThat(outreach.reload(campaign.id()).minimumLevel()).isEqualTo(CounterpartLevel.MINISTER);

        // The test counterparts are senior officials.
        long meeting = outreach.as(
                "officer",
                () -> meetings.log(outreach.simpleMeeting(campaign, "JP", outreach.daysAgo(3), null, "Officials.")));

        RankCheck check = outreach.as("officer", () -> ranks.rankCheck(meeting)).orElseThrow();
        assertThat(check.belowMinimum()).isTrue();
        assertThat(check.highestMet()).isEqualTo(CounterpartLevel.SENIOR_OFFICIAL);
        assertThat(check.sentence()).startsWith("Below the minimum level");
        assertThat(tasking(campaign).belowMinimumLevel()).isTrue();
        CableParagraph paragraph =
                outreach.as("officer", () -> cables.cableFacts(meeting)).orElseThrow().paragraphs().stream()
                        .filter(p -> p.heading().equals("Tasking"))
                        .findFirst()
                        .orElseThrow();
        assertThat(paragraph.lines())
                .containsExactly(
                        "Instruction: " + campaign.cableReference() + ".",
                        "Report by: no date set.",
                        "Tasking: delivered.",
                        "Counterpart level: " + check.sentence());
        assertThat(outreach.as(
                        "manager", () -> taskings.count(TaskingFilter.all().withCampaign(campaign.id()))))
                .isEqualTo(1);

        setMinimum(campaign.id(), CounterpartLevel.SENIOR_OFFICIAL);

        assertThat(tasking(campaign).belowMinimumLevel()).isFalse();
        assertThat(outreach.as("officer", () -> ranks.rankCheck(meeting))
                        .orElseThrow()
                        .belowMinimum())
                .isFalse();
    }

    @Test
    void theRankRuleComparesTheMostSeniorCounterpartWithTheMinimum() {
        assertThat(RankCheck.of(CounterpartLevel.MINISTER, List.of(CounterpartLevel.WORKING_LEVEL))
                        .belowMinimum())
                .isTrue();
        assertThat(RankCheck.of(
                        CounterpartLevel.MINISTER,
                        List.of(CounterpartLevel.WORKING_LEVEL, CounterpartLevel.DEPUTY_MINISTER)))
                .isEqualTo(new RankCheck(CounterpartLevel.MINISTER, CounterpartLevel.DEPUTY_MINISTER, true));
        assertThat(RankCheck.of(CounterpartLevel.MINISTER, List.of(CounterpartLevel.HEAD_OF_STATE_OR_GOVERNMENT))
                        .belowMinimum())
                .isFalse();
        assertThat(RankCheck.of(CounterpartLevel.WORKING_LEVEL, List.of(CounterpartLevel.OTHER))
                        .belowMinimum())
                .isTrue();
        assertThat(RankCheck.of(null, List.of(CounterpartLevel.OTHER)).belowMinimum())
                .isFalse();
        assertThat(RankCheck.of(CounterpartLevel.MINISTER, List.of()).belowMinimum())
                .isFalse();
        assertThat(RankCheck.of(CounterpartLevel.MINISTER, Set.of(CounterpartLevel.MINISTER))
                        .sentence())
                .isEqualTo("At or above the campaign's minimum level (minister).");
    }

    private void setMinimum(long campaignId, CounterpartLevel level) {
        outreach.as("manager", () -> {
            CampaignDetails current = campaigns.campaign(campaignId).orElseThrow();
            campaigns.update(campaignId, current.version(), current.toDraft().withMinimumLevel(level));
        });
    }

    private TaskingRef tasking(CampaignDetails campaign) {
        return outreach.as("manager", () -> taskings.taskingOf(campaign.id(), japan))
                .orElseThrow();
    }
}
