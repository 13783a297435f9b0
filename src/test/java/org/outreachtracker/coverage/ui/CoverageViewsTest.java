package org.outreachtracker.coverage.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.NativeTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outreachtracker.IntegrationTest;
import org.outreachtracker.coverage.CoverageStatus;
import org.outreachtracker.security.TestSignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The coverage map and the dashboard without a browser: filters change the figures; empty states. */
@IntegrationTest
class CoverageViewsTest extends SpringBrowserlessTest {

    @Autowired
    UserDetailsService users;

    @BeforeEach
    void signIn() {
        TestSignIn.as(users, "manager");
    }

    @AfterEach
    void signOut() {
        TestSignIn.anonymous();
    }

    @Test
    void theMapDrawsEveryCountryAndTheTableListsThem() {
        UI.getCurrent().navigate("coverage");

        @SuppressWarnings("unchecked")
        Grid<CoverageRow> table = $(Grid.class).single();
        String svg = $(CoverageMap.class).single().getElement().getChild(0).getProperty("innerHTML");
        assertThat(test(table).size()).isEqualTo(243);
        assertThat(svg).contains("data-country=\"FR\"", "data-country=\"SG\"", "aria-label=\"France: ");
        assertThat(legendText()).contains(CoverageStatus.NOT_APPROACHED.label());
    }

    @Test
    void aBureauNarrowsTheTableAndTheLegend() {
        UI.getCurrent().navigate("coverage");
        CoverageView view = (CoverageView) getCurrentView();
        @SuppressWarnings("unchecked")
        Grid<CoverageRow> table = $(Grid.class).single();
        int everywhere = test(table).size();

        test($(com.vaadin.flow.component.select.Select.class).withCaption("Bureau").single()).selectItem("Near East");

        int nearEast = test(table).size();
        assertThat(nearEast).isLessThan(everywhere).isPositive();
        for (int i = 0; i < nearEast; i++) {
            assertThat(test(table).getRow(i).region().name()).isEqualTo("Near East");
        }
        assertThat(view.getElement().getTextRecursively()).contains("target countries approached in Near East");
    }

    @Test
    void aDateRangeThatSelectsNoMeetingLeavesEveryTargetUnapproached() {
        UI.getCurrent().navigate("coverage");
        var from = $(com.vaadin.flow.component.datepicker.DatePicker.class).withCaption("Meetings from").single();
        var to = $(com.vaadin.flow.component.datepicker.DatePicker.class).withCaption("Meetings to").single();

        test(from).setValue(java.time.LocalDate.of(2001, 1, 1));
        test(to).setValue(java.time.LocalDate.of(2001, 1, 31));

        @SuppressWarnings("unchecked")
        Grid<CoverageRow> table = $(Grid.class).single();
        for (int i = 0; i < test(table).size(); i++) {
            assertThat(test(table).getRow(i).coverage().status().isApproached()).isFalse();
        }
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("0 of ");
    }

    @Test
    void selectingACountryInTheTableOpensItsPanelWithALinkToItsMeetings() {
        UI.getCurrent().navigate("coverage");
        @SuppressWarnings("unchecked")
        Grid<CoverageRow> table = $(Grid.class).single();
        int japan = -1;
        for (int i = 0; i < test(table).size(); i++) {
            if (test(table).getRow(i).name().equals("Japan")) {
                japan = i;
            }
        }

        test(table).clickRow(japan);

        CountryPanel panel = $(CountryPanel.class).single();
        assertThat(panel.isShown()).isTrue();
        assertThat(panel.getElement().getTextRecursively()).contains("Japan", "Meetings (", "Counterparts met (");
        assertThat($(Anchor.class, panel).all()).anySatisfy(link ->
                assertThat(link.getHref()).contains("meetings?").contains("country=JP").contains("campaign="));
    }

    @Test
    void theDashboardShowsFiguresChartsWithTablesAndTheMatrix() {
        UI.getCurrent().navigate("dashboard");

        String text = getCurrentView().getElement().getTextRecursively();
        assertThat(text).contains("target countries reached", "Meetings per week", "Overall responses",
                "Target countries reached, by bureau", "Reactions to each talking point", "Overdue follow-ups");
        assertThat($(Details.class).all()).hasSize(3);
        // The three charts' figures are text-only tables (one Html each); the matrix has links.
        assertThat($(Html.class).all()).filteredOn(html -> html.getInnerHtml().contains("<th scope=\"row\">"))
                .hasSize(3);
        var matrix = $(NativeTable.class, $(ReactionMatrix.class).single()).single();
        assertThat($(Anchor.class, matrix).all()).isNotEmpty().allSatisfy(link ->
                assertThat(link.getHref()).startsWith("meetings?").contains("point="));
    }

    private String legendText() {
        return $(CoverageLegend.class).single().getElement().getTextRecursively();
    }
}
