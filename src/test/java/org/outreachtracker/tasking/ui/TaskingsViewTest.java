package org.outreachtracker.tasking.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outreachtracker.IntegrationTest;
import org.outreachtracker.TestOutreach;
import org.outreachtracker.base.ui.TestDataTables;
import org.outreachtracker.campaign.CampaignDetails;
import org.outreachtracker.campaign.CampaignDraft;
import org.outreachtracker.campaign.CampaignService;
import org.outreachtracker.counterpart.CounterpartLevel;
import org.outreachtracker.coverage.ui.DashboardView;
import org.outreachtracker.meeting.MeetingService;
import org.outreachtracker.meeting.OverallResponse;
import org.outreachtracker.security.TestSignIn;
import org.outreachtracker.tasking.TaskingRef;
import org.outreachtracker.tasking.TaskingService;
import org.outreachtracker.tasking.TaskingState;
import org.outreachtracker.tasking.WaiverReason;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The managers' taskings list: filters, the lapsed list of posts to chase, and each next step with its dialog. */
@IntegrationTest
class TaskingsViewTest extends SpringBrowserlessTest {

    @Autowired
    UserDetailsService users;

    @Autowired
    TaskingService taskings;

    @Autowired
    CampaignService campaigns;

    @Autowired
    MeetingService meetings;

    @Autowired
    ApplicationContext context;

    TestOutreach outreach;
    CampaignDetails campaign;

    @BeforeEach
    void setUp() {
        outreach = new TestOutreach(context);
        campaign = outreach.activeCampaign(30, outreach.countryIds("JP", "BR", "FR"));
        TestSignIn.as(users, "manager");
    }

    @AfterEach
    void close() {
        TestSignIn.anonymous();
        outreach.closeCampaigns();
    }

    @Test
    void theNextStepIsOneClickAwayAndEachDialogRefusesWhatIsMissing() {
        TaskingsView view = openOnCampaign();
        GridTester<Grid<TaskingRef>, TaskingRef> grid = test(view.grid);
        assertThat(rows(grid)).hasSize(3).allSatisfy(t -> assertThat(t.state()).isEqualTo(TaskingState.INSTRUCTED));
        assertThat(view.total.getText()).isEqualTo("3 taskings");

        click(grid, row(grid, "JP"), "Request appointment");
        assertThat(state("JP")).isEqualTo(TaskingState.APPOINTMENT_REQUESTED);

        click(grid, row(grid, "BR"), "Waive…");
        var waive = (WaiveDialog) $(Dialog.class).single();
        test(waive.save).click();
        assertThat(waive.reason.getErrorMessage()).isEqualTo("Choose the reason for the waiver.");
        assertThat(state("BR")).isEqualTo(TaskingState.INSTRUCTED);
        waive.reason.setValue(WaiverReason.HOST_GOVERNMENT_UNAVAILABLE);
        test(waive.save).click();
        assertThat(state("BR")).isEqualTo(TaskingState.WAIVED);

        click(grid, row(grid, "BR"), "Mark reported…");
        var report = (ReportDialog) $(Dialog.class).single();
        assertThat(report.waiver.isVisible()).as("already waived").isFalse();
        test(report.save).click();
        assertThat(report.reference.getErrorMessage()).isEqualTo("Enter the reference of the reporting cable.");
        assertThat(state("BR")).isEqualTo(TaskingState.WAIVED);
        test(report.reference).setValue("26 BRASILIA 77");
        test(report.save).click();
        assertThat(state("BR")).isEqualTo(TaskingState.REPORTED);
        assertThat(test(view.grid)
                        .getCellComponent(row(test(view.grid), "BR"), "next")
                        .getElement()
                        .getTextRecursively())
                .contains("26 BRASILIA 77");

        click(test(view.grid), row(test(view.grid), "FR"), "Report without delivery…");
        var undelivered = (ReportDialog) $(Dialog.class).single();
        assertThat(undelivered.waiver.isVisible()).isTrue();
        test(undelivered.reference).setValue("26 PARIS 5");
        test(undelivered.save).click();
        assertThat(undelivered.waiver.isInvalid()).isTrue();
        assertThat(state("FR")).isEqualTo(TaskingState.INSTRUCTED);
    }

    @Test
    void lapsedListsThePostsToChaseInOneClick() {
        reportByYesterday();
        TaskingRef japan = outreach.as("manager", () -> taskings.taskingOf(campaign.id(), outreach.countryId("JP")))
                .orElseThrow();
        outreach.as("manager", () -> taskings.waive(japan.id(), japan.version(), WaiverReason.NO_APPOINTMENT_POSSIBLE));
        TaskingsView view = openOnCampaign();

        test(view.lapsed).click();

        List<TaskingRef> toChase = rows(test(view.grid));
        assertThat(toChase)
                .extracting(TaskingRef::countryId)
                .containsExactlyInAnyOrder(outreach.countryId("BR"), outreach.countryId("FR"));
        assertThat(toChase).allSatisfy(t -> assertThat(TaskingBadge.text(t)).isEqualTo("Instructed · lapsed"));
        assertThat(view.total.getText()).isEqualTo("2 taskings");
    }

    @Test
    void theDashboardCountsTheLapsedPostsAndItsLinkOpensTheListToChase() {
        reportByYesterday();

        UI.getCurrent().navigate("dashboard", QueryParameters.of("campaign", String.valueOf(campaign.id())));
        assertThat(getCurrentView()).isInstanceOf(DashboardView.class);

        List<Html> parts = $(Html.class).all();
        var lapsed = TestDataTables.single(parts, ".lapsed-posts");
        assertThat(lapsed.children().stream().map(org.jsoup.nodes.Element::text))
                .containsExactly("3", "posts past their report-by date");
        String chase = TestDataTables.single(parts, "a#chase-lapsed-posts").attr("href");
        assertThat(chase).isEqualTo("taskings?campaign=" + campaign.id() + "&lapsed");

        var link = new Location(chase);
        UI.getCurrent().navigate(link.getPath(), link.getQueryParameters());
        TaskingsView view = (TaskingsView) getCurrentView();

        assertThat(view.campaign.getValue().id()).isEqualTo(campaign.id());
        assertThat(view.lapsed.getValue()).isTrue();
        assertThat(view.total.getText()).isEqualTo("3 taskings");
    }

    @Test
    void theDashboardCountsDeliveriesBelowTheMinimumLevelAndLinksToThem() {
        outreach.as("manager", () -> {
            CampaignDetails current = campaigns.campaign(campaign.id()).orElseThrow();
            campaigns.update(
                    campaign.id(), current.version(), current.toDraft().withMinimumLevel(CounterpartLevel.MINISTER));
            meetings.log(outreach.simpleMeeting(
                    campaign, "JP", outreach.daysAgo(2), OverallResponse.RECEPTIVE, "Met a senior official."));
        });

        UI.getCurrent().navigate("dashboard", QueryParameters.of("campaign", String.valueOf(campaign.id())));

        List<Html> parts = $(Html.class).all();
        assertThat(TestDataTables.single(parts, ".below-minimum").text())
                .contains("1")
                .contains("delivery below the minimum level (Minister)");
        assertThat($(Div.class).withClassName("progress-chart").exists())
                .as("the progress chart")
                .isTrue();
        assertThat(org.jsoup.Jsoup.parseBodyFragment(
                                $(Html.class).id("week-changes").getInnerHtml())
                        .text())
                .contains("1 new meeting")
                .contains("No response moved");
        var link = new Location(
                TestDataTables.single(parts, "a#list-below-minimum").attr("href"));
        UI.getCurrent().navigate(link.getPath(), link.getQueryParameters());
        TaskingsView view = (TaskingsView) getCurrentView();

        assertThat(view.belowMinimum.getValue()).isTrue();
        assertThat(rows(test(view.grid))).extracting(TaskingRef::countryId).containsExactly(outreach.countryId("JP"));
        assertThat(view.total.getText()).isEqualTo("1 tasking");
    }

    /** Moves the campaign's report-by date to yesterday: every post that has not reported has lapsed. */
    private void reportByYesterday() {
        outreach.as("manager", () -> {
            CampaignDetails current = campaigns.campaign(campaign.id()).orElseThrow();
            CampaignDraft d = current.toDraft();
            campaigns.update(
                    campaign.id(),
                    current.version(),
                    new CampaignDraft(
                            d.title(),
                            d.cableReference(),
                            d.objective(),
                            d.issueDate(),
                            outreach.daysAgo(1),
                            d.status(),
                            d.allCountries(),
                            d.targetCountryIds()));
        });
    }

    private TaskingsView openOnCampaign() {
        TaskingsView view = navigate("taskings", TaskingsView.class);
        view.campaign.setValue(outreach.reload(campaign.id()).summary());
        return view;
    }

    private TaskingState state(String countryCode) {
        return taskings.taskingOf(campaign.id(), outreach.countryId(countryCode))
                .orElseThrow()
                .state();
    }

    private int row(GridTester<Grid<TaskingRef>, TaskingRef> grid, String countryCode) {
        long country = outreach.countryId(countryCode);
        return IntStream.range(0, grid.size())
                .filter(i -> grid.getRow(i).countryId() == country)
                .findFirst()
                .orElseThrow();
    }

    private void click(GridTester<Grid<TaskingRef>, TaskingRef> grid, int row, String label) {
        var steps = grid.getCellComponent(row, "next");
        test($(Button.class).from(steps).withText(label).single()).click();
    }

    private static List<TaskingRef> rows(GridTester<Grid<TaskingRef>, TaskingRef> grid) {
        return IntStream.range(0, grid.size()).mapToObj(grid::getRow).toList();
    }
}
