package org.outreachtracker.coverage.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.outreachtracker.account.UserAccountService;
import org.outreachtracker.account.UserRef;
import org.outreachtracker.base.Roles;
import org.outreachtracker.base.ui.ExportButtons;
import org.outreachtracker.base.ui.RouteValues;
import org.outreachtracker.campaign.CampaignService;
import org.outreachtracker.campaign.CampaignStatus;
import org.outreachtracker.campaign.CampaignSummary;
import org.outreachtracker.coverage.CampaignProgress;
import org.outreachtracker.coverage.CoverageExport;
import org.outreachtracker.coverage.DashboardFigures;
import org.outreachtracker.coverage.DashboardService;
import org.outreachtracker.followup.FollowUpService;
import org.outreachtracker.meeting.MeetingObjectionService;
import org.outreachtracker.reference.BureauRef;
import org.outreachtracker.reference.CountryRef;
import org.outreachtracker.reference.ReferenceService;
import org.outreachtracker.reference.ui.CountryNames;
import org.outreachtracker.savedview.SavedPage;
import org.outreachtracker.savedview.SavedViewService;
import org.outreachtracker.savedview.ui.SavedFilters;
import org.outreachtracker.tasking.TaskingFilter;
import org.outreachtracker.tasking.TaskingService;

/**
 * The manager's landing page, for one campaign: targets reached, posts past their report-by date, deliveries below the minimum
 * level, progress against the report-by date, what changed since last week, meetings per week,
 * responses, coverage by bureau, the talking point × reaction matrix and overdue follow-ups. Each
 * chart has its figures as a table. Its filters live in the address bar: {@code campaign} (id; the
 * newest active campaign by default) and {@code points} (the version of the talking points the
 * matrix reads; the current one by default). Opened without any, the dashboard shows the manager's
 * last choice; a value that no longer fits falls back to its default.
 */
@Route("dashboard")
@Menu(order = 20, icon = "vaadin:dashboard", title = "Dashboard")
@RolesAllowed(Roles.MANAGER)
public class DashboardView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final DashboardService dashboard;
    private final FollowUpService followUps;
    private final CoverageExport exports;
    private final ComboBox<CampaignSummary> campaign = new ComboBox<>(getTranslation("coverage.dashboard.campaign"));
    private final Div content = new Div();
    private final Map<Long, CountryRef> countries;
    private final UserAccountService userAccounts;
    /** Names of the users this view shows (owners of overdue follow-ups), looked up when first shown. */
    private final Map<Long, String> userNames = new HashMap<>();

    private final List<CampaignSummary> campaigns;
    private final TaskingService taskings;
    private final MeetingObjectionService objections;
    private final CampaignService campaignService;
    private final List<BureauRef> bureaus;
    private final SavedFilters saved;
    private ReactionMatrix matrix;
    private boolean updating;

    DashboardView(
            DashboardService dashboard,
            CampaignService campaignService,
            FollowUpService followUps,
            ReferenceService reference,
            UserAccountService userAccounts,
            CoverageExport exports,
            TaskingService taskings,
            MeetingObjectionService objections,
            SavedViewService savedViews) {
        this.dashboard = dashboard;
        this.objections = objections;
        this.campaignService = campaignService;
        this.bureaus = reference.bureaus();
        this.taskings = taskings;
        this.exports = exports;
        this.followUps = followUps;
        this.countries = reference.countriesById();
        this.userAccounts = userAccounts;
        this.saved = new SavedFilters(savedViews, SavedPage.DASHBOARD, "dashboard");
        this.campaigns = campaignService.campaignsIn(EnumSet.allOf(CampaignStatus.class));
        addClassNames("page", "dashboard-view");
        campaign.setItems(campaigns);
        campaign.setItemLabelGenerator(CampaignSummary::title);
        campaign.addClassName("campaign-choice");
        campaign.addValueChangeListener(event -> {
            if (updating) {
                return;
            }
            show(event.getValue(), null);
            filtersChanged(event.isFromClient() && event.getValue() != null);
        });
        content.addClassName("dashboard-content");
        add(campaign, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (campaigns.isEmpty()) {
            campaign.setVisible(false);
            content.removeAll();
            String campaignsPage = "campaigns";
            content.add(
                    new Paragraph(getTranslation("coverage.dashboard.noCampaign")),
                    new Anchor(campaignsPage, getTranslation("coverage.dashboard.createCampaign")));
            return;
        }
        QueryParameters wanted = saved.toShow(event.getLocation());
        Long requested =
                RouteValues.single(wanted, "campaign").flatMap(RouteValues::id).orElse(null);
        CampaignSummary chosen = campaigns.stream()
                .filter(c -> requested != null && c.id() == requested)
                .findFirst()
                .or(() -> campaigns.stream()
                        .filter(c -> c.status() == CampaignStatus.ACTIVE)
                        .findFirst())
                .orElse(campaigns.getFirst());
        updating = true;
        try {
            campaign.setValue(chosen);
        } finally {
            updating = false;
        }
        Integer pointsVersion = RouteValues.single(wanted, "points")
                .flatMap(RouteValues::id)
                .filter(version -> version <= Integer.MAX_VALUE)
                .map(Long::intValue)
                .orElse(null);
        show(chosen, pointsVersion);
        saved.showInAddress(event.getUI(), shownFilters());
    }

    /** The filters as they stand, in the form of the address. */
    QueryParameters shownFilters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (campaign.getValue() != null) {
            parameters.put("campaign", String.valueOf(campaign.getValue().id()));
        }
        Integer pointsVersion = matrix == null ? null : matrix.chosenVersion();
        if (pointsVersion != null) {
            parameters.put("points", String.valueOf(pointsVersion));
        }
        return QueryParameters.simple(parameters);
    }

    /** A filter changed: the address follows; a change the manager made is kept as their choice. */
    private void filtersChanged(boolean byTheManager) {
        getUI().ifPresent(ui -> {
            if (byTheManager) {
                saved.chosen(ui, shownFilters());
            } else {
                saved.showInAddress(ui, shownFilters());
            }
        });
    }

    private void show(CampaignSummary chosen, Integer pointsVersion) {
        content.removeAll();
        matrix = null;
        if (chosen == null) {
            return;
        }
        DashboardFigures figures = dashboard.figures(chosen.id());
        CampaignProgress progress = dashboard.progress(chosen.id());
        content.add(FigureRow.of(
                figures,
                lapsedPosts(chosen),
                figures.campaign().minimumLevel() == null ? null : progress.belowMinimum()));
        var lifecycle = new Div(
                DashboardCharts.progress(progress, figures.targets()),
                WeekChangesCard.of(progress.lastWeek(), chosen.id(), this::countryName));
        lifecycle.addClassName("chart-grid");
        content.add(lifecycle);
        var charts = new Div(
                DashboardCharts.meetingsPerWeek(figures),
                DashboardCharts.responses(figures),
                DashboardCharts.bureaus(figures));
        charts.addClassName("chart-grid");
        long campaignId = chosen.id();
        var export = new ExportButtons(
                "reaction-matrix",
                getTranslation("coverage.dashboard.matrix.export"),
                () -> (format, out, steps) -> exports.reactionMatrix(campaignId, format, out, steps));
        matrix = new ReactionMatrix(campaignId, figures.matrix(), export, pointsVersion);
        matrix.onVersionChosen(version -> filtersChanged(true));
        content.add(
                charts,
                matrix,
                new ObjectionTable(campaignService.objections(campaignId), objections, campaignId, bureaus, countries),
                new OverdueFollowUps(followUps, chosen.id(), countries, this::userName));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("coverage.dashboard.title") + " | Outreach Tracker";
    }

    private String countryName(long id) {
        CountryRef country = countries.get(id);
        return country == null ? "" : CountryNames.of(country);
    }

    private String userName(long id) {
        return userNames.computeIfAbsent(
                id, key -> userAccounts.user(key).map(UserRef::displayName).orElse(""));
    }

    /** The posts to chase on an active campaign; {@code null} for a closed one, where nobody is chased. */
    private Long lapsedPosts(CampaignSummary chosen) {
        return chosen.status() == CampaignStatus.ACTIVE
                ? taskings.count(TaskingFilter.all().withCampaign(chosen.id()).withLapsedOnly(true))
                : null;
    }
}
