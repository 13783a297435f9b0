package org.outreachtracker.meeting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.outreachtracker.IntegrationTest;
import org.outreachtracker.TestOutreach;
import org.outreachtracker.UnsavedDrafts;
import org.outreachtracker.campaign.CampaignDetails;
import org.outreachtracker.campaign.CampaignService;
import org.outreachtracker.counterpart.CounterpartLevel;
import org.outreachtracker.meeting.MeetingService;
import org.outreachtracker.security.TestSignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A meeting's page says when every counterpart met was below the campaign's minimum level, and says nothing without a minimum. */
@IntegrationTest
class RankNoteTest extends SpringBrowserlessTest {

    @Autowired
    UserDetailsService users;

    @Autowired
    MeetingService meetings;

    @Autowired
    CampaignService campaigns;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    TestOutreach outreach;

    @AfterEach
    void close() {
        UnsavedDrafts.clear(jdbc);
        TestSignIn.anonymous();
        outreach.closeCampaigns();
    }

    @Test
    void aMeetingBelowTheMinimumLevelSaysSoOnItsPage() {
        outreach = new TestOutreach(context);
        CampaignDetails campaign = outreach.activeCampaign(20, outreach.countryIds("JP"));
        long plain = outreach.as(
                "officer",
                () -> meetings.log(outreach.simpleMeeting(campaign, "JP", outreach.daysAgo(5), null, "No minimum.")));
        TestSignIn.as(users, "officer");
        UI.getCurrent().navigate("meetings/" + plain);
        assertThat($(Paragraph.class).withId("rank-note").all()).isEmpty();

        outreach.as("manager", () -> {
            CampaignDetails current = campaigns.campaign(campaign.id()).orElseThrow();
            campaigns.update(
                    campaign.id(), current.version(), current.toDraft().withMinimumLevel(CounterpartLevel.MINISTER));
        });
        UI.getCurrent().navigate("meetings/" + plain);

        Paragraph note = $(Paragraph.class).withId("rank-note").single();
        assertThat(note.getText())
                .isEqualTo("Below the minimum level: the campaign asks for minister or above; the most senior"
                        + " counterpart met was senior official.");
        assertThat(note.getClassNames()).contains("rank-below");
    }
}
