package org.outreachtracker.desk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outreachtracker.IntegrationTest;
import org.outreachtracker.coverage.CountryCoverage;
import org.outreachtracker.coverage.CoverageStatus;
import org.outreachtracker.meeting.ui.NewMeetingView;
import org.outreachtracker.security.TestSignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

@IntegrationTest
class MyDeskViewTest extends SpringBrowserlessTest {

    @Autowired
    UserDetailsService users;

    @BeforeEach
    void signIn() {
        TestSignIn.as(users, "officer");
    }

    @AfterEach
    void signOut() {
        TestSignIn.anonymous();
    }

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
        var country = $(com.vaadin.flow.component.combobox.ComboBox.class).withCaption("Country").single();
        assertThat(((org.outreachtracker.reference.CountryRef) country.getValue()).name()).isEqualTo("Poland");
        var campaign = $(com.vaadin.flow.component.combobox.ComboBox.class).withCaption("Campaign").single();
        assertThat(campaign.getValue()).isNotNull();
    }

    @Test
    void theOfficersOutstandingFollowUpsAndMeetingsAreListed() {
        UI.getCurrent().navigate("my-desk");

        assertThat($(MyFollowUpsGrid.class).exists()).isTrue();
        @SuppressWarnings("unchecked")
        Grid<?> meetings = $(Grid.class, $(MyMeetingsGrid.class).single()).single();
        assertThat(test(meetings).size()).isGreaterThan(0);
    }

    /** The table of the demo's active campaign (other tests may add active campaigns of their own). */
    private DeskCampaignTable demoCampaignTable() {
        return $(DeskCampaignTable.class).all().stream()
                .filter(t -> t.getElement().getTextRecursively().contains("extraction and distillation"))
                .findFirst().orElseThrow();
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
