package org.outreachtracker.coverage.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
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
@PageTitle("Dashboard | Outreach Tracker")
@Menu(order = 20, icon = "vaadin:dashboard", title = "Dashboard")
@RolesAllowed(Roles.MANAGER)
public class DashboardView extends Main implements BeforeEnterObserver {

    private final DashboardService dashboard;
    private final FollowUpService followUps;
    private final CoverageExport exports;
    private final ComboBox<CampaignSummary> campaign = new ComboBox<>("Campaign");
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
        this.countries = reference.countries().stream().collect(Collectors.toMap(CountryRef::id, Function.identity()));
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
            content.add(
                    new Paragraph("There is no campaign yet."), new Anchor("campaigns", "Create one under Campaigns"));
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
        var row = figures(figures, lapsedPosts(chosen));
        if (figures.campaign().minimumLevel() != null) {
            row.addComponentAtIndex(row.getComponentCount() - 1, belowMinimum(figures, progress.belowMinimum()));
        }
        content.add(row);
        var lifecycle = new Div(
                DashboardCharts.progress(progress, figures.targets()),
                new WeekChangesCard(progress.lastWeek(), chosen.id(), this::countryName));
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
                "the reaction matrix",
                () -> (format, out, steps) -> exports.reactionMatrix(campaignId, format, out, steps));
        matrix = new ReactionMatrix(campaignId, figures.matrix(), export, pointsVersion);
        matrix.onVersionChosen(version -> filtersChanged(true));
        content.add(
                charts,
                matrix,
                new ObjectionTable(campaignService.objections(campaignId), objections, campaignId, bureaus, countries),
                new OverdueFollowUps(followUps, chosen.id(), countries, this::userName));
    }

    private String countryName(long id) {
        CountryRef country = countries.get(id);
        return country == null ? "" : country.name();
    }

    /** Deliveries that missed the minimum counterpart level, linked to the list of them. */
    private static Div belowMinimum(DashboardFigures figures, long count) {
        var box = figure(
                String.valueOf(count),
                (count == 1 ? "delivery" : "deliveries") + " below the minimum level ("
                        + figures.campaign().minimumLevel().label() + ")");
        box.addClassName("below-minimum");
        if (count > 0) {
            box.addClassName("figure-alert");
            var list = new Anchor("taskings?campaign=" + figures.campaign().id() + "&below-minimum", "List them");
            list.setId("list-below-minimum");
            box.add(list);
        }
        return box;
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

    private static Div figures(DashboardFigures figures, Long lapsedPosts) {
        var reached = figure(
                figures.reached() + " of " + figures.targets(),
                "target countries reached (" + figures.reachedPercent() + "%)");
        var meetings = figure(String.valueOf(figures.meetings()), figures.meetings() == 1 ? "meeting" : "meetings");
        var overdue = figure(String.valueOf(figures.overdueFollowUps()), "overdue follow-ups");
        if (figures.overdueFollowUps() > 0) {
            overdue.addClassName("figure-alert");
        }
        var links = new Div(
                new Anchor("coverage?campaign=" + figures.campaign().id(), "Open the coverage map"),
                new Anchor("meetings?campaign=" + figures.campaign().id(), "List the meetings"));
        links.addClassName("figure-links");
        var row = new Div(reached, meetings, overdue);
        if (figures.approachedByPartner() > 0) {
            var partner = figure(
                    String.valueOf(figures.approachedByPartner()),
                    figures.approachedByPartner() == 1
                            ? "target country approached by a partner only"
                            : "target countries approached by a partner only");
            partner.addClassName("approached-by-partner");
            row.add(partner);
        }
        if (lapsedPosts != null) {
            var lapsed = figure(
                    String.valueOf(lapsedPosts),
                    lapsedPosts == 1 ? "post past its report-by date" : "posts past their report-by date");
            lapsed.addClassName("lapsed-posts");
            if (lapsedPosts > 0) {
                lapsed.addClassName("figure-alert");
            }
            row.add(lapsed);
            var chase =
                    new Anchor("taskings?campaign=" + figures.campaign().id() + "&lapsed", "Chase the lapsed posts");
            chase.setId("chase-lapsed-posts");
            links.addComponentAsFirst(chase);
        }
        row.add(links);
        row.addClassName("figures");
        return row;
    }

    private static Div figure(String value, String label) {
        var number = new Span(value);
        number.addClassName("figure-value");
        var text = new Span(label);
        text.addClassName("figure-label");
        var box = new Div(number, text);
        box.addClassName("figure");
        return box;
    }
}
