package org.outreachtracker.coverage.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outreachtracker.IntegrationTest;
import org.outreachtracker.TestOutreach;
import org.outreachtracker.base.ui.TestDataTables;
import org.outreachtracker.campaign.CampaignDetails;
import org.outreachtracker.coverage.CoverageStatus;
import org.outreachtracker.savedview.TestSavedViews;
import org.outreachtracker.security.TestSignIn;
import org.outreachtracker.tasking.TaskingRef;
import org.outreachtracker.tasking.TaskingService;
import org.outreachtracker.tasking.WaiverReason;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The coverage map and the dashboard without a browser: filters change the figures; empty states. */
@IntegrationTest
class CoverageViewsTest extends SpringBrowserlessTest {

    @Autowired
    UserDetailsService users;

    @Autowired
    ApplicationContext context;

    @Autowired
    TaskingService taskings;

    @BeforeEach
    void signIn() {
        TestSavedViews.forgetAll(context);
        TestSignIn.as(users, "manager");
    }

    @AfterEach
    void signOut() {
        TestSignIn.anonymous();
        // The filters chosen here are kept as the manager's choice: other tests open the pages afresh.
        TestSavedViews.forgetAll(context);
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

        test($(com.vaadin.flow.component.select.Select.class)
                        .withCaption("Bureau")
                        .single())
                .selectItem("Near East");

        int nearEast = test(table).size();
        assertThat(nearEast).isLessThan(everywhere).isPositive();
        for (int i = 0; i < nearEast; i++) {
            assertThat(test(table).getRow(i).bureau().name()).isEqualTo("Near East");
        }
        assertThat(view.getElement().getTextRecursively()).contains("target countries approached in Near East");
    }

    @Test
    void aDateRangeThatSelectsNoMeetingLeavesEveryTargetUnapproached() {
        UI.getCurrent().navigate("coverage");
        var from = $(com.vaadin.flow.component.datepicker.DatePicker.class)
                .withCaption("Meetings from")
                .single();
        var to = $(com.vaadin.flow.component.datepicker.DatePicker.class)
                .withCaption("Meetings to")
                .single();

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
        assertThat($(Anchor.class, panel).all())
                .anySatisfy(link -> assertThat(link.getHref())
                        .contains("meetings?")
                        .contains("country=JP")
                        .contains("campaign="));
    }

    @Test
    void choosingACountryOutlinesItAndOpensItsPanelOverTheOtherSideOfTheMap() {
        UI.getCurrent().navigate("coverage");
        CoverageMap map = $(CoverageMap.class).single();

        test(table()).clickRow(rowOf("Japan"));

        CountryPanel panel = $(CountryPanel.class).single();
        assertThat(map.selected()).isEqualTo("JP");
        assertThat(selectionLayer(map)).contains("data-selected=\"JP\"");
        assertThat(panel.getElement().getClassList())
                .as("Japan is in the east: the panel covers the west")
                .contains("country-panel-west")
                .doesNotContain("country-panel-east");
        // The two links at the foot of the panel are items of a list, one each, so they never run together.
        List<Anchor> links = $(Anchor.class, panel).all().stream()
                .filter(link ->
                        link.getHref().startsWith("meetings?") || link.getHref().endsWith("/brief"))
                .toList();
        assertThat(links).hasSize(2).allSatisfy(link -> {
            assertThat(link.getParent().orElseThrow()).isInstanceOf(ListItem.class);
            assertThat(link.getParent().orElseThrow().getChildren().count()).isEqualTo(1);
        });
        assertThat(links.get(0).getParent()).isNotEqualTo(links.get(1).getParent());

        test(table()).clickRow(rowOf("Brazil"));
        assertThat(map.selected()).isEqualTo("BR");
        assertThat(panel.getElement().getClassList())
                .contains("country-panel-east")
                .doesNotContain("country-panel-west");

        test($(Button.class, panel).single()).click();
        assertThat(panel.isShown()).isFalse();
        assertThat(map.selected()).isNull();
        assertThat(selectionLayer(map)).doesNotContain("data-selected");
    }

    @Test
    void colouredByTaskingStateEachCountryShowsItsPostsStateAndThePanelSaysIt() {
        TestOutreach outreach = new TestOutreach(context);
        try {
            CampaignDetails campaign = outreach.activeCampaign(10, outreach.countryIds("JP", "BR", "FR"));
            outreach.as("manager", () -> {
                TaskingRef japan = taskings.taskingOf(campaign.id(), outreach.countryId("JP"))
                        .orElseThrow();
                taskings.requestAppointment(japan.id(), japan.version());
                TaskingRef brazil = taskings.taskingOf(campaign.id(), outreach.countryId("BR"))
                        .orElseThrow();
                taskings.waive(brazil.id(), brazil.version(), WaiverReason.HOST_GOVERNMENT_UNAVAILABLE);
            });
            UI.getCurrent().navigate("coverage");
            CoverageView view = (CoverageView) getCurrentView();
            view.campaign.setValue(outreach.reload(campaign.id()).summary());

            view.colourBy.setValue(CoverageView.BY_TASKING);

            String svg = $(CoverageMap.class).single().getElement().getChild(0).getProperty("innerHTML");
            assertThat(svg)
                    .contains(
                            "status-tasking-appointment_requested\" data-country=\"JP\"",
                            "status-tasking-waived\" data-country=\"BR\"",
                            "status-tasking-instructed\" data-country=\"FR\"",
                            "status-tasking-no_tasking\" data-country=\"DE\"",
                            "aria-label=\"Japan: Appointment requested");
            assertThat(legendText()).contains("Waived", "Lapsed: past report-by, not reported");
            assertThat(view.getElement().getTextRecursively())
                    .contains("3 posts tasked: 0 reported, 0 delivered and not yet reported, 0 lapsed.");

            test(table()).clickRow(rowOf("Brazil"));
            assertThat($(CountryPanel.class).single().getElement().getTextRecursively())
                    .contains("Tasking: Waived (Host government unavailable).");

            view.colourBy.setValue(CoverageView.BY_RESPONSE);
            assertThat(legendText())
                    .contains(CoverageStatus.NOT_APPROACHED.label())
                    .doesNotContain("Waived");
        } finally {
            outreach.closeCampaigns();
        }
    }

    @Test
    void theDashboardShowsFiguresChartsWithTablesAndTheMatrix() {
        UI.getCurrent().navigate("dashboard");

        String text = TestDataTables.text(getCurrentView(), $(Html.class).all());
        assertThat(text)
                .contains(
                        "target countries reached",
                        "Progress against the report-by date",
                        "Since last week",
                        "Meetings per week",
                        "Overall responses",
                        "Target countries reached, by bureau",
                        "Reactions to each talking point",
                        "Overdue follow-ups");
        assertThat($(Details.class).all()).hasSize(4);
        // The four charts' figures, the matrix and the objections are each one Html table; the
        // headline figures and last week's changes are one Html element each.
        assertThat($(Html.class).all())
                .filteredOn(html -> html.getInnerHtml().contains("<th scope=\"row\">"))
                .hasSize(6);
        assertThat($(NativeTable.class).all()).isEmpty();
        var matrix = $(Html.class, $(ReactionMatrix.class).single()).single();
        assertThat(TestDataTables.controls(matrix)).isNotEmpty().allSatisfy(link -> {
            assertThat(link.attr("href")).startsWith("meetings?").contains("point=");
            assertThat(link.attr("aria-label")).isNotBlank();
        });
    }

    @Test
    void theMatrixIsReadOneVersionOfThePointsAtATimeTheCurrentOneFirst() {
        UI.getCurrent().navigate("dashboard");

        var matrix = $(ReactionMatrix.class).single();
        @SuppressWarnings("unchecked")
        Select<Integer> version = $(Select.class, matrix).id("matrix-points-version");
        assertThat(version.getValue()).isEqualTo(2);
        assertThat(matrixText(matrix)).contains("3. Evidence we can share").doesNotContain("Procurement caution");

        test(version).selectItem("Version 1");

        assertThat(matrixText(matrix)).contains("3. Procurement caution").doesNotContain("Evidence we can share");
        assertThat(TestDataTables.controls($(Html.class, matrix).single())).isNotEmpty();
    }

    private String matrixText(ReactionMatrix matrix) {
        return $(Html.class, matrix).single().getInnerHtml();
    }

    @SuppressWarnings("unchecked")
    private Grid<CoverageRow> table() {
        return $(Grid.class).single();
    }

    private int rowOf(String country) {
        for (int i = 0; i < test(table()).size(); i++) {
            if (test(table()).getRow(i).name().equals(country)) {
                return i;
            }
        }
        throw new AssertionError(country + " is not in the table");
    }

    private static String selectionLayer(CoverageMap map) {
        return map.getElement().getChild(1).getProperty("innerHTML");
    }

    private String legendText() {
        return $(CoverageLegend.class).single().getElement().getTextRecursively();
    }
}
