package org.outreachtracker.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.outreachtracker.IntegrationTest;
import org.outreachtracker.campaign.CampaignService;
import org.outreachtracker.campaign.CampaignStatus;
import org.outreachtracker.campaign.CampaignSummary;
import org.outreachtracker.security.SystemAccess;
import org.outreachtracker.tasking.TaskingFilter;
import org.outreachtracker.tasking.TaskingRef;
import org.outreachtracker.tasking.TaskingService;
import org.outreachtracker.tasking.TaskingState;
import org.outreachtracker.tasking.WaiverReason;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

/** The demo taskings show every state a manager and an officer meet, as the README describes them. */
@IntegrationTest
class DemoTaskingsTest {

    @Autowired
    TaskingService taskings;

    @Autowired
    CampaignService campaigns;

    @Autowired
    SystemAccess systemAccess;

    @Test
    void theActiveCampaignHasReportedDeliveredRequestedAndWaivedPostsAndDeliveriesBelowTheMinimum() {
        List<TaskingRef> ai = taskingsOf(DemoTexts.AI_CABLE);

        assertThat(ai.stream().map(TaskingRef::state).collect(Collectors.toSet()))
                .containsAll(EnumSet.of(
                        TaskingState.INSTRUCTED,
                        TaskingState.APPOINTMENT_REQUESTED,
                        TaskingState.DELIVERED,
                        TaskingState.REPORTED,
                        TaskingState.WAIVED));
        assertThat(ai.stream()
                        .filter(t -> t.state() == TaskingState.WAIVED)
                        .map(TaskingRef::waiverReason)
                        .collect(Collectors.toSet()))
                .isEqualTo(Set.of(WaiverReason.values()));
        assertThat(ai).anySatisfy(t -> assertThat(t.belowMinimumLevel()).isTrue());
        assertThat(ai).anySatisfy(t -> {
            assertThat(t.state()).isEqualTo(TaskingState.DELIVERED);
            assertThat(t.belowMinimumLevel()).isFalse();
        });
    }

    @Test
    void theClosedCampaignHasLapsedPostsToChaseAndAWaivedReport() {
        List<TaskingRef> minerals = taskingsOf(DemoTexts.MINERALS_CABLE);

        assertThat(minerals).anySatisfy(t -> assertThat(t.overdue()).isTrue());
        assertThat(minerals).anySatisfy(t -> {
            assertThat(t.state()).isEqualTo(TaskingState.REPORTED);
            assertThat(t.waiverReason()).isEqualTo(WaiverReason.DELIVERED_BY_PARTNER);
        });
        assertThat(minerals).anySatisfy(t -> assertThat(t.state()).isEqualTo(TaskingState.REPORTED));
    }

    @Test
    void anActiveCampaignPastItsReportByDateHasLapsedPostsToChaseAndReportedOnes() {
        List<TaskingRef> workingGroup = taskingsOf(DemoTexts.WORKING_GROUP_CABLE);
        long lapsed = systemAccess.asUser(
                "manager",
                () -> taskings.count(TaskingFilter.all()
                        .withCampaign(workingGroup.getFirst().campaignId())
                        .withLapsedOnly(true)));

        assertThat(workingGroup).anySatisfy(t -> assertThat(t.state()).isEqualTo(TaskingState.REPORTED));
        assertThat(workingGroup).anySatisfy(t -> assertThat(t.state()).isEqualTo(TaskingState.DELIVERED));
        assertThat(lapsed)
                .isEqualTo(workingGroup.stream().filter(TaskingRef::overdue).count());
        assertThat(lapsed).isPositive();
    }

    private List<TaskingRef> taskingsOf(String cable) {
        return systemAccess.asUser("manager", () -> {
            long id = campaigns.campaignsIn(EnumSet.allOf(CampaignStatus.class)).stream()
                    .filter(c -> c.cableReference().equals(cable))
                    .map(CampaignSummary::id)
                    .findFirst()
                    .orElseThrow();
            return taskings.taskings(TaskingFilter.all().withCampaign(id), Pageable.unpaged())
                    .getContent();
        });
    }
}
