package org.outreachtracker.coverage.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outreachtracker.IntegrationTest;
import org.outreachtracker.base.ui.TestDataTables;
import org.outreachtracker.campaign.CampaignService;
import org.outreachtracker.campaign.CampaignStatus;
import org.outreachtracker.campaign.CampaignSummary;
import org.outreachtracker.reference.BureauRef;
import org.outreachtracker.reference.ReferenceService;
import org.outreachtracker.savedview.SavedPage;
import org.outreachtracker.savedview.SavedViewService;
import org.outreachtracker.savedview.TestSavedViews;
import org.outreachtracker.security.TestSignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The coverage map's and the dashboard's filters in the address and as the manager's last choice:
 * an address selects its filters; a change goes into the address and is kept; a page opened
 * without filters shows the last choice; what cannot be read, or no longer fits, falls back to the
 * defaults without an error.
 */
@IntegrationTest
class SavedFiltersViewsTest extends SpringBrowserlessTest {

    @Autowired
    UserDetailsService users;

    @Autowired
    ApplicationContext context;

    @Autowired
    SavedViewService savedViews;

    @Autowired
    CampaignService campaigns;

    @Autowired
    ReferenceService reference;

    private List<CampaignSummary> all;
    private CampaignSummary newestActive;
    private CampaignSummary other;
    private BureauRef nearEast;

    @BeforeEach
    void signIn() {
        TestSavedViews.forgetAll(context);
        TestSignIn.as(users, "manager");
        all = campaigns.campaignsIn(EnumSet.allOf(CampaignStatus.class));
        newestActive = all.stream()
                .filter(c -> c.status() == CampaignStatus.ACTIVE)
                .findFirst()
                .orElseThrow();
        other = all.stream()
                .filter(c -> c.id() != newestActive.id())
                .findFirst()
                .orElseThrow();
        nearEast = reference.bureaus().stream()
                .filter(b -> b.name().equals("Near East"))
                .findFirst()
                .orElseThrow();
        // What the test's own page (the sign-in page, before signing in) wrote does not count.
        addressesWritten();
    }

    @AfterEach
    void signOut() {
        TestSignIn.anonymous();
        TestSavedViews.forgetAll(context);
    }

    @Test
    void theCoverageAddressSelectsItsFiltersAndAReloadShowsTheSame() {
        var address = QueryParameters.simple(java.util.Map.of(
                "campaign", String.valueOf(other.id()),
                "bureau", nearEast.code().toLowerCase(java.util.Locale.ROOT),
                "from", "2026-01-05",
                "to", "2026-02-10",
                "colour", "tasking"));

        UI.getCurrent().navigate("coverage", address);

        CoverageView view = (CoverageView) getCurrentView();
        assertThat(view.campaign.getValue()).isEqualTo(other);
        assertThat(bureau().getValue()).isEqualTo(nearEast);
        assertThat(date("Meetings from").getValue()).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(date("Meetings to").getValue()).isEqualTo(LocalDate.of(2026, 2, 10));
        assertThat(view.colourBy.getValue()).isEqualTo(CoverageView.BY_TASKING);
        String shown = view.shownFilters().getQueryString();
        assertThat(pairs(shown))
                .containsExactlyInAnyOrder(
                        "campaign=" + other.id(),
                        "bureau=" + nearEast.code(),
                        "from=2026-01-05",
                        "to=2026-02-10",
                        "colour=tasking");
        assertThat(addressesWritten()).containsExactly("coverage?" + shown);
        assertThat(savedViews.lastChoice(SavedPage.COVERAGE))
                .as("opening an address is not a choice of the manager's own")
                .isEmpty();

        UI.getCurrent().navigate("meetings");
        UI.getCurrent().navigate("coverage", QueryParameters.fromString(shown));
        CoverageView reloaded = (CoverageView) getCurrentView();
        assertThat(reloaded.shownFilters().getQueryString()).isEqualTo(shown);
    }

    @Test
    void aChangedCoverageFilterGoesIntoTheAddressAndIsShownAgainWhenTheMapIsReopened() {
        UI.getCurrent().navigate("coverage");
        CoverageView view = (CoverageView) getCurrentView();
        assertThat(view.campaign.getValue())
                .as("the default: the newest active campaign")
                .isEqualTo(newestActive);
        addressesWritten();

        test(campaignChoice()).selectItem(other.title());
        test(bureau()).selectItem("Near East");
        test(date("Meetings from")).setValue(LocalDate.of(2026, 1, 5));
        test(colourBy()).selectItem(CoverageView.BY_TASKING);

        String[] chosen = {"campaign=" + other.id(), "bureau=" + nearEast.code(), "from=2026-01-05", "colour=tasking"};
        List<String> written = addressesWritten();
        assertThat(written).hasSize(4);
        assertThat(written.getLast()).startsWith("coverage?");
        assertThat(pairs(written.getLast().substring("coverage?".length()))).containsExactlyInAnyOrder(chosen);
        assertThat(pairs(savedViews.lastChoice(SavedPage.COVERAGE).orElseThrow()))
                .containsExactlyInAnyOrder(chosen);

        UI.getCurrent().navigate("meetings");
        UI.getCurrent().navigate("coverage");

        CoverageView reopened = (CoverageView) getCurrentView();
        assertThat(reopened.campaign.getValue()).isEqualTo(other);
        assertThat(bureau().getValue()).isEqualTo(nearEast);
        assertThat(date("Meetings from").getValue()).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(date("Meetings to").getValue()).isNull();
        assertThat(reopened.colourBy.getValue()).isEqualTo(CoverageView.BY_TASKING);
        assertThat(addressesWritten())
                .as("the address shows the choice, to bookmark or share")
                .containsExactly(written.getLast());
        assertThat(reopened.getElement().getTextRecursively()).contains("posts tasked in Near East");
    }

    @Test
    void garbledCoverageFiltersFallBackToTheDefaults() {
        UI.getCurrent()
                .navigate(
                        "coverage",
                        QueryParameters.fromString(
                                "campaign=abc&bureau=%3Cscript%3E&from=yesterday&to=2026-13-45&colour=blue&campaign=7"));

        assertDefaultCoverage();

        UI.getCurrent().navigate("coverage", QueryParameters.fromString("from=2026-03-01&to=2026-02-01"));
        assertThat(date("Meetings from").getValue())
                .as("dates the wrong way round")
                .isNull();
        assertThat(date("Meetings to").getValue()).isNull();
    }

    @Test
    void aKeptCoverageChoiceThatNoLongerFitsFallsBackToTheDefaults() {
        savedViews.keepChoice(SavedPage.COVERAGE, "campaign=987654321&bureau=GONE&colour=response");
        UI.getCurrent().navigate("coverage");
        assertDefaultCoverage();

        savedViews.keepChoice(SavedPage.COVERAGE, "campaign=%zz&bureau=%");
        UI.getCurrent().navigate("meetings");
        UI.getCurrent().navigate("coverage");
        assertDefaultCoverage();
    }

    @Test
    void theDashboardAddressSelectsTheCampaignAndTheVersionOfThePoints() {
        long demo = demoCampaignWithRevisedPoints();
        UI.getCurrent().navigate("dashboard", QueryParameters.fromString("campaign=" + demo + "&points=1"));

        assertThat(campaignChoice().getValue().id()).isEqualTo(demo);
        assertThat(pointsVersion().getValue()).isEqualTo(1);
        assertThat(addressesWritten())
                .singleElement()
                .satisfies(address -> assertThat(pairs(address.substring("dashboard?".length())))
                        .containsExactlyInAnyOrder("campaign=" + demo, "points=1"));

        UI.getCurrent().navigate("dashboard", QueryParameters.fromString("campaign=" + demo + "&points=99"));
        assertThat(pointsVersion().getValue())
                .as("a version the campaign does not have")
                .isEqualTo(2);
        assertThat(addressesWritten()).containsExactly("dashboard?campaign=" + demo);
    }

    @Test
    void aDashboardChoiceIsKeptAndShownWhenTheDashboardIsReopened() {
        long demo = demoCampaignWithRevisedPoints();
        UI.getCurrent().navigate("dashboard", QueryParameters.fromString("campaign=" + other.id()));
        assertThat(savedViews.lastChoice(SavedPage.DASHBOARD)).isEmpty();

        test(campaignChoice())
                .selectItem(all.stream()
                        .filter(c -> c.id() == demo)
                        .findFirst()
                        .orElseThrow()
                        .title());
        assertThat(savedViews.lastChoice(SavedPage.DASHBOARD)).contains("campaign=" + demo);
        test(pointsVersion()).selectItem("Version 1");
        assertThat(pairs(savedViews.lastChoice(SavedPage.DASHBOARD).orElseThrow()))
                .containsExactlyInAnyOrder("campaign=" + demo, "points=1");
        assertThat(addressesWritten())
                .last()
                .satisfies(address -> assertThat(pairs(address.substring("dashboard?".length())))
                        .containsExactlyInAnyOrder("campaign=" + demo, "points=1"));

        UI.getCurrent().navigate("coverage");
        UI.getCurrent().navigate("dashboard");

        assertThat(campaignChoice().getValue().id()).isEqualTo(demo);
        assertThat(pointsVersion().getValue()).isEqualTo(1);
        assertThat($(CoverageView.class).all()).isEmpty();
    }

    @Test
    void garbledOrStaleDashboardFiltersFallBackToTheNewestActiveCampaign() {
        UI.getCurrent().navigate("dashboard", QueryParameters.fromString("campaign=-5&points=x"));
        assertThat(campaignChoice().getValue()).isEqualTo(newestActive);

        savedViews.keepChoice(SavedPage.DASHBOARD, "campaign=987654321&points=3");
        UI.getCurrent().navigate("coverage");
        UI.getCurrent().navigate("dashboard");
        assertThat(campaignChoice().getValue()).isEqualTo(newestActive);
        assertThat(TestDataTables.text(getCurrentView(), $(Html.class).all())).contains("target countries reached");
    }

    private void assertDefaultCoverage() {
        CoverageView view = (CoverageView) getCurrentView();
        assertThat(view.campaign.getValue()).isEqualTo(newestActive);
        assertThat(bureau().getValue()).isNull();
        assertThat(date("Meetings from").getValue()).isNull();
        assertThat(date("Meetings to").getValue()).isNull();
        assertThat(view.colourBy.getValue()).isEqualTo(CoverageView.BY_RESPONSE);
        assertThat(view.shownFilters().getQueryString()).isEqualTo("campaign=" + newestActive.id());
        assertThat(view.getElement().getTextRecursively()).contains("target countries approached");
    }

    /** The demo campaign whose talking points were revised once: the matrix reads version 2 or 1. */
    private long demoCampaignWithRevisedPoints() {
        UI.getCurrent().navigate("dashboard");
        long id = campaignChoice().getValue().id();
        assertThat(pointsVersion().getValue()).isEqualTo(2);
        addressesWritten();
        return id;
    }

    /** The name=value pairs of a query string (whose order Vaadin does not keep). */
    private static List<String> pairs(String query) {
        return List.of(query.split("&"));
    }

    /** The addresses the page put in the address bar since last asked (the browser's URL, without a browser). */
    private List<String> addressesWritten() {
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .filter(js -> js.getInvocation().getExpression().contains("replace: true")
                        || js.getInvocation().getExpression().contains("replaceState("))
                .map(js -> String.valueOf(js.getInvocation().getParameters().get(1)))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private ComboBox<CampaignSummary> campaignChoice() {
        return $(ComboBox.class).withCaption("Campaign").single();
    }

    @SuppressWarnings("unchecked")
    private Select<BureauRef> bureau() {
        return $(Select.class).withCaption("Bureau").single();
    }

    @SuppressWarnings("unchecked")
    private Select<Integer> pointsVersion() {
        return $(Select.class).id("matrix-points-version");
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<String> colourBy() {
        return $(RadioButtonGroup.class).single();
    }

    private DatePicker date(String caption) {
        return $(DatePicker.class).withCaption(caption).single();
    }
}
