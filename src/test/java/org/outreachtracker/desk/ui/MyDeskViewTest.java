package org.outreachtracker.desk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import org.outreachtracker.IntegrationTest;
import org.outreachtracker.SignedInAs;
import org.outreachtracker.account.CurrentUser;
import org.outreachtracker.campaign.CampaignSummary;
import org.outreachtracker.coverage.CountryCoverage;
import org.outreachtracker.coverage.CoverageStatus;
import org.outreachtracker.followup.FollowUpFilter;
import org.outreachtracker.followup.FollowUpService;
import org.outreachtracker.followup.FollowUpStatus;
import org.outreachtracker.meeting.MeetingFilter;
import org.outreachtracker.meeting.MeetingService;
import org.outreachtracker.meeting.ui.NewMeetingView;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
@SignedInAs("officer")
class MyDeskViewTest extends SpringBrowserlessTest {

    @Autowired
    CurrentUser currentUser;

    @Autowired
    MeetingService meetings;

    @Autowired
    FollowUpService followUps;

    @Test
    void eachDeskCountryShowsItsStatusInTheActiveCampaign() {
        UI.getCurrent().navigate("my-desk");

        DeskCampaignTable table = demoCampaignTable();
        @SuppressWarnings("unchecked")
        Grid<CountryCoverage> grid = $(Grid.class, table).single();
        assertThat(test(grid).size()).isEqualTo(7);
        assertThat(rowText(grid, "Australia")).contains(CoverageStatus.NOT_APPROACHED.label());
        assertThat(rowText(grid, "Japan")).doesNotContain(CoverageStatus.NOT_APPROACHED.label());
        assertThat(table.getElement().getTextRecursively()).contains("of 7 desk countries approached");
    }

    @Test
    void logAMeetingOpensTheFormForThatCountryAndCampaign() {
        UI.getCurrent().navigate("my-desk");
        DeskCampaignTable table = demoCampaignTable();
        @SuppressWarnings("unchecked")
        Grid<CountryCoverage> grid = $(Grid.class, table).single();
        int poland = rowIndex(grid, "Poland");

        test((Button) test(grid).getCellComponent(poland, 4)).click();

        assertThat(getCurrentView()).isInstanceOf(NewMeetingView.class);
        var country = $(com.vaadin.flow.component.combobox.ComboBox.class)
                .withCaption("Country")
                .single();
        assertThat(((org.outreachtracker.reference.CountryRef) country.getValue()).name())
                .isEqualTo("Poland");
        var campaign = $(com.vaadin.flow.component.combobox.ComboBox.class)
                .withCaption("Campaign")
                .single();
        assertThat(((CampaignSummary) campaign.getValue()).title())
                .isEqualTo("Warning on the extraction and distillation of proprietary AI models");
    }

    @Test
    void theOfficersOutstandingFollowUpsAndMeetingsAreListed() {
        UI.getCurrent().navigate("my-desk");

        long officer = currentUser.require().id();
        @SuppressWarnings("unchecked")
        Grid<?> followUpGrid = $(Grid.class, $(MyFollowUpsGrid.class).single()).single();
        assertThat(test(followUpGrid).size())
                .as("the officer's outstanding follow-ups")
                .isEqualTo((int) followUps.count(
                        FollowUpFilter.all().withOwner(officer).withStatuses(FollowUpStatus.OUTSTANDING)));
        @SuppressWarnings("unchecked")
        Grid<?> meetings = $(Grid.class, $(MyMeetingsGrid.class).single()).single();
        long logged = this.meetings.count(MeetingFilter.none().withReporter(officer));
        assertThat(logged).as("the demo officer has logged meetings").isPositive();
        assertThat(test(meetings).size())
                .as("the officer's own meetings, all of them")
                .isEqualTo((int) logged);
    }

    /** The table of the demo's active campaign (other tests may add active campaigns of their own). */
    private DeskCampaignTable demoCampaignTable() {
        return $(DeskCampaignTable.class).all().stream()
                .filter(t -> t.getElement().getTextRecursively().contains("extraction and distillation"))
                .findFirst()
                .orElseThrow();
    }

    private static int rowIndex(Grid<CountryCoverage> grid, String country) {
        var tester = new com.vaadin.flow.component.grid.GridTester<>(grid);
        for (int i = 0; i < tester.size(); i++) {
            if (tester.getCellText(i, 0).equals(country)) {
                return i;
            }
        }
        throw new AssertionError(country + " not in the desk table");
    }

    private static String rowText(Grid<CountryCoverage> grid, String country) {
        var tester = new com.vaadin.flow.component.grid.GridTester<>(grid);
        int row = rowIndex(grid, country);
        return tester.getCellComponent(row, 1).getElement().getTextRecursively();
    }
}
