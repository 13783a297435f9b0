package org.outreachtracker.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.outreachtracker.ManagerIntegrationTest;
import org.outreachtracker.base.RuleViolationException;
import org.outreachtracker.campaign.CampaignDetails;
import org.outreachtracker.meeting.MeetingDetails;
import org.outreachtracker.meeting.MeetingDraft;
import org.outreachtracker.meeting.MeetingFilter;
import org.outreachtracker.meeting.MeetingService;
import org.outreachtracker.meeting.OverallResponse;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Joint démarches: partners recorded with a meeting; a country whose only meetings a partner
 * delivered without us is "approached by a partner only", apart from the countries we approached,
 * on the map and the dashboard.
 */
class JointDemarchesTest extends ManagerIntegrationTest {

    @Autowired
    MeetingService meetings;

    @Autowired
    CoverageService coverage;

    @Autowired
    DashboardService dashboard;

    CampaignDetails campaign;
    long franceAlone;

    @BeforeAll
    void logMeetings() {
        outreach.as("manager", () -> {
            campaign = outreach.activeCampaign(30, outreach.countryIds("JP", "FR", "KE"));
            franceAlone = meetings.log(meeting("FR", 6).withPartners(Set.of("European Union"), true));
            meetings.log(meeting("JP", 8).withPartners(Set.of("European Union"), true));
            meetings.log(meeting("JP", 4).withPartners(Set.of("G7 partners", "Canada"), false));
            return null;
        });
    }

    @Test
    void aCountryOnlyAPartnerApproachedHasAStatusOfItsOwn() {
        assertThat(status("FR")).isEqualTo(CoverageStatus.APPROACHED_BY_PARTNER);
        assertThat(CoverageStatus.APPROACHED_BY_PARTNER.isApproached()).isFalse();
        assertThat(status("JP")).as("we delivered there too").isEqualTo(CoverageStatus.SUPPORTIVE);
        assertThat(status("KE")).isEqualTo(CoverageStatus.NOT_APPROACHED);

        DashboardFigures figures = dashboard.figures(campaign.id());
        assertThat(figures.reached()).as("approached by us").isEqualTo(1);
        assertThat(figures.approachedByPartner()).isEqualTo(1);
        assertThat(dashboard
                        .progress(campaign.id())
                        .cumulative()
                        .days()
                        .getLast()
                        .reached())
                .as("the progress chart counts the countries we reached, as the figure does")
                .isEqualTo(1);
    }

    @Test
    void theMeetingKeepsItsPartnersAndTheirDeliveryCanBeCorrected() {
        MeetingDetails alone = meetings.meeting(franceAlone).orElseThrow();
        assertThat(alone.partners()).containsExactly("European Union");
        assertThat(alone.partnerOnly()).isTrue();
        assertThat(alone.toDraft().partners()).containsExactly("European Union");

        meetings.update(franceAlone, alone.version(), alone.toDraft().withPartners(Set.of("European Union"), false));

        assertThat(status("FR")).isEqualTo(CoverageStatus.SUPPORTIVE);
        MeetingDetails corrected = meetings.meeting(franceAlone).orElseThrow();
        meetings.update(
                franceAlone, corrected.version(), corrected.toDraft().withPartners(Set.of("European Union"), true));
        assertThat(status("FR")).isEqualTo(CoverageStatus.APPROACHED_BY_PARTNER);
    }

    @Test
    void aDeliveryByAPartnerAloneNamesThePartner() {
        long before = meetings.count(MeetingFilter.none().withCampaign(campaign.id()));

        assertThatThrownBy(() -> meetings.log(meeting("KE", 2).withPartners(Set.of(), true)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("Name the partner that delivered the points without us.");
        assertThat(meetings.count(MeetingFilter.none().withCampaign(campaign.id())))
                .isEqualTo(before);
        assertThat(status("KE")).isEqualTo(CoverageStatus.NOT_APPROACHED);
    }

    private MeetingDraft meeting(String country, int daysAgo) {
        return outreach.simpleMeeting(
                campaign, country, outreach.daysAgo(daysAgo), OverallResponse.SUPPORTIVE, "Delivered jointly.");
    }

    private CoverageStatus status(String country) {
        long id = outreach.countryId(country);
        return coverage.coverage(campaign.id(), CoverageFilter.none()).stream()
                .filter(c -> c.countryId() == id)
                .findFirst()
                .orElseThrow()
                .status();
    }
}
