package org.outreachtracker.coverage.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outreachtracker.IntegrationTest;
import org.outreachtracker.TestOutreach;
import org.outreachtracker.base.ui.TestDataTables;
import org.outreachtracker.campaign.CampaignDetails;
import org.outreachtracker.campaign.CampaignService;
import org.outreachtracker.campaign.ObjectionDraft;
import org.outreachtracker.campaign.ObjectionRef;
import org.outreachtracker.meeting.MeetingService;
import org.outreachtracker.meeting.OverallResponse;
import org.outreachtracker.security.TestSignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Objections as a manager reads them: the dashboard's objection × bureau table opens the meetings
 * behind a count, and the campaign's page adds an unexpected objection to the expected ones.
 */
@IntegrationTest
class ObjectionViewsTest extends SpringBrowserlessTest {

    @Autowired
    UserDetailsService users;

    @Autowired
    ApplicationContext context;

    @Autowired
    CampaignService campaigns;

    @Autowired
    MeetingService meetings;

    TestOutreach outreach;
    CampaignDetails campaign;
    ObjectionRef protectionism;
    List<Long> logged;

    @BeforeEach
    void setUp() {
        outreach = new TestOutreach(context);
        outreach.as("manager", () -> {
            campaign = outreach.activeCampaign(30, outreach.countryIds("JP", "FR"));
            protectionism = campaigns.addObjection(campaign.id(), new ObjectionDraft("This is protectionism"));
            logged = List.of(log("JP", 4), log("FR", 2));
            return null;
        });
        TestSignIn.as(users, "manager");
    }

    @AfterEach
    void close() {
        TestSignIn.anonymous();
        outreach.closeCampaigns();
    }

    @Test
    void aCountInTheObjectionTableOpensTheMeetingsBehindIt() {
        UI.getCurrent().navigate("dashboard", QueryParameters.of("campaign", String.valueOf(campaign.id())));
        var table = $(Html.class, $(ObjectionTable.class).single()).single();
        var all = TestDataTables.controls(table).stream()
                .filter(button -> button.attr("aria-label").endsWith("in all bureaus: list them"))
                .findFirst()
                .orElseThrow();
        assertThat(all.text()).isEqualTo("2");

        TestDataTables.press(table, button -> button.attr("aria-label").equals(all.attr("aria-label")));

        var dialog = $(Dialog.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("“This is protectionism” in all bureaus");
        assertThat($(Anchor.class, dialog).all())
                .extracting(Anchor::getHref)
                .containsExactly("meetings/" + logged.get(1), "meetings/" + logged.get(0));
    }

    @Test
    void aManagerAddsAnUnexpectedObjectionToTheExpectedOnes() {
        UI.getCurrent().navigate("campaigns/" + campaign.id());
        assertThat(getCurrentView().getElement().getTextRecursively())
                .contains("Raised in meetings but not expected", "Export controls cover this (raised in 2 meetings)");

        test($(Button.class).withText("Add to the expected objections").single())
                .click();

        assertThat(campaigns.objections(campaign.id()))
                .extracting(ObjectionRef::text)
                .containsExactly("This is protectionism", "Export controls cover this");
        assertThat($(Button.class).withText("Add to the expected objections").exists())
                .as("no longer offered once expected")
                .isFalse();
    }

    private long log(String country, int daysAgo) {
        return meetings.log(outreach.simpleMeeting(
                        campaign, country, outreach.daysAgo(daysAgo), OverallResponse.SKEPTICAL, "Objected.")
                .withObjections(Set.of(protectionism.id()), List.of("Export controls cover this")));
    }
}
