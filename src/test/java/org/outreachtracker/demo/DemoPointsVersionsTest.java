package org.outreachtracker.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.outreachtracker.IntegrationTest;
import org.outreachtracker.campaign.CampaignDetails;
import org.outreachtracker.campaign.CampaignService;
import org.outreachtracker.campaign.CampaignStatus;
import org.outreachtracker.campaign.CampaignSummary;
import org.outreachtracker.campaign.TalkingPointRef;
import org.outreachtracker.coverage.DashboardFigures;
import org.outreachtracker.coverage.DashboardService;
import org.outreachtracker.security.SystemAccess;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo's AI campaign revised its points once; meetings on both sides of the revision delivered each version. */
@IntegrationTest
class DemoPointsVersionsTest {

    @Autowired
    CampaignService campaigns;

    @Autowired
    DashboardService dashboard;

    @Autowired
    SystemAccess systemAccess;

    @Test
    void theAiCampaignHasTwoVersionsAndMeetingsDeliveredEach() {
        CampaignDetails ai = systemAccess.asUser("manager", () -> {
            CampaignSummary summary = campaigns.campaignsIn(EnumSet.of(CampaignStatus.ACTIVE)).stream()
                    .filter(c -> c.title().equals(DemoTexts.AI_TITLE))
                    .findFirst()
                    .orElseThrow();
            return campaigns.campaign(summary.id()).orElseThrow();
        });
        List<DashboardFigures.PointReactions> matrix =
                systemAccess.asUser("manager", () -> dashboard.figures(ai.id()).matrix());

        assertThat(ai.currentPointsVersion()).isEqualTo(2);
        assertThat(ai.points(1)).extracting(TalkingPointRef::label).contains("Procurement caution");
        assertThat(ai.points(2)).extracting(TalkingPointRef::label).contains("Evidence we can share");
        for (int version : List.of(1, 2)) {
            assertThat(matrix.stream()
                            .filter(p -> p.pointsVersion() == version)
                            .mapToLong(DashboardFigures.PointReactions::raised)
                            .sum())
                    .as("times points of version %d were raised", version)
                    .isPositive();
        }
    }
}
