package org.outreachtracker.coverage.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.outreachtracker.base.Roles;
import org.outreachtracker.base.ui.ExportButtons;
import org.outreachtracker.campaign.CampaignService;
import org.outreachtracker.campaign.CampaignStatus;
import org.outreachtracker.campaign.CampaignSummary;
import org.outreachtracker.counterpart.CounterpartService;
import org.outreachtracker.coverage.CountryCoverage;
import org.outreachtracker.coverage.CoverageExport;
import org.outreachtracker.coverage.CoverageFilter;
import org.outreachtracker.coverage.CoverageService;
import org.outreachtracker.followup.FollowUpService;
import org.outreachtracker.meeting.MeetingService;
import org.outreachtracker.reference.BureauRef;
import org.outreachtracker.reference.CountryRef;
import org.outreachtracker.reference.ReferenceService;
import org.outreachtracker.savedview.SavedPage;
import org.outreachtracker.savedview.SavedViewService;
import org.outreachtracker.savedview.ui.SavedFilters;
import org.outreachtracker.tasking.TaskingService;
import org.outreachtracker.tasking.TaskingState;

/**
 * The world coverage map of a campaign, with its legend, a country panel, and the same data
 * as a sortable table. Countries outside the chosen bureau are drawn faded and are not
 * interactive. The filters live in the address bar ({@link CoverageFilterBar}); opened without
 * any, the map shows the manager's last choice of them.
 */
@Route("coverage")
@Menu(order = 25, icon = "vaadin:globe", title = "Coverage map")
@RolesAllowed(Roles.MANAGER)
public class CoverageView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CoverageService coverage;
    private final CoverageFilterBar filters;
    final ComboBox<CampaignSummary> campaign;
    /** What colours the map: each country's latest response, or its post's tasking state. */
    final RadioButtonGroup<String> colourBy;

    static final String BY_RESPONSE = CoverageFilterBar.BY_RESPONSE;
    static final String BY_TASKING = CoverageFilterBar.BY_TASKING;

    private final TaskingService taskings;
    private final Clock clock;
    private final CoverageLegend legend = new CoverageLegend();
    private final CoverageMap map;
    private final CountryPanel panel;
    private final CoverageTable table;
    private final Span summary = new Span();
    private final Map<Long, CountryRef> countries;
    private final Map<Long, BureauRef> bureaus;
    private final SavedFilters saved;
    private final boolean noCampaign;
    private List<CoverageRow> rows = List.of();

    CoverageView(
            CoverageService coverage,
            CampaignService campaigns,
            ReferenceService reference,
            MeetingService meetings,
            CounterpartService counterparts,
            FollowUpService followUps,
            WorldShapes shapes,
            CoverageExport exports,
            TaskingService taskings,
            SavedViewService savedViews,
            Clock clock) {
        this.coverage = coverage;
        this.taskings = taskings;
        this.clock = clock;
        this.saved = new SavedFilters(savedViews, SavedPage.COVERAGE, "coverage");
        this.countries = reference.countriesById();
        this.bureaus = reference.bureaus().stream().collect(Collectors.toMap(BureauRef::id, Function.identity()));
        this.map = new CoverageMap(shapes, this::openCountry);
        this.panel = new CountryPanel(meetings, counterparts, followUps, taskings);
        panel.onHide(() -> map.select(null));
        this.table = new CoverageTable(this::showCountry);
        addClassNames("page", "coverage-view");

        List<CampaignSummary> all = campaigns.campaignsIn(EnumSet.allOf(CampaignStatus.class));
        this.filters = new CoverageFilterBar(all, reference.bureaus());
        this.campaign = filters.campaign;
        this.colourBy = filters.colourBy;
        filters.onChange(this::filtersChanged);
        summary.addClassName("coverage-summary");
        summary.getElement().setAttribute("role", "status");
        var mapArea = new Div(map, panel);
        mapArea.addClassName("coverage-map-area");
        var attribution = new Paragraph(getTranslation("coverage.map.attribution"));
        attribution.addClassName("map-attribution");
        var export = new ExportButtons("coverage", getTranslation("coverage.map.export"), () -> {
            long campaignId = campaign.getValue().id();
            Long bureauId = filters.bureau.getValue() == null
                    ? null
                    : filters.bureau.getValue().id();
            var dates = filters.dates();
            return (format, out, progress) -> exports.coverage(campaignId, bureauId, dates, format, out, progress);
        });
        var tableTitle = new H2(getTranslation("coverage.table.title"));
        var tableBar = new Div(tableTitle, export);
        tableBar.addClassName("list-toolbar");
        // The map holds a stop for every country: keyboard users can jump over it to the same data as a table.
        String tableOnThePage = "coverage#coverage-table";
        var skip = new Anchor(tableOnThePage, getTranslation("coverage.map.skip"));
        skip.addClassName("skip-link");
        table.setId("coverage-table");
        // A phone's screen is too small for the world map: it shows the table, and a country's panel.
        var phoneNote = new Paragraph(getTranslation("coverage.view.phoneNote"));
        phoneNote.addClassName("map-phone-note");
        add(filters, summary, legend, skip, mapArea, phoneNote, attribution, tableBar, table);
        noCampaign = all.isEmpty();
        if (noCampaign) {
            removeAll();
            add(new Paragraph(getTranslation("coverage.map.noCampaign")));
        }
    }

    /** Shows the filters of the address, or, when it has none, the manager's last choice of them. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (noCampaign) {
            return;
        }
        filters.setFromQueryParameters(saved.toShow(event.getLocation()));
        refresh();
        saved.showInAddress(event.getUI(), filters.toQueryParameters());
    }

    /** A filter changed: the address follows; a change the manager made is kept as their choice. */
    private void filtersChanged(boolean byTheManager) {
        refresh();
        getUI().ifPresent(ui -> {
            if (byTheManager) {
                saved.chosen(ui, filters.toQueryParameters());
            } else {
                saved.showInAddress(ui, filters.toQueryParameters());
            }
        });
    }

    /** The filters as they stand, in the form of the address. */
    QueryParameters shownFilters() {
        return filters.toQueryParameters();
    }

    private void refresh() {
        CampaignSummary chosen = campaign.getValue();
        if (chosen == null) {
            return;
        }
        BureauRef selected = filters.bureau.getValue();
        List<CountryCoverage> all = coverage.coverage(chosen.id(), filters.dates());
        List<CoverageRow> everything = all.stream()
                .map(c -> new CoverageRow(
                        countries.get(c.countryId()),
                        bureaus.get(countries.get(c.countryId()).bureauId()),
                        c))
                .toList();
        rows = everything.stream()
                .filter(row -> selected == null || row.bureau().id() == selected.id())
                .toList();
        table.show(rows);
        if (filters.byTasking()) {
            showTaskings(chosen, everything, selected);
        } else {
            showResponses(chosen, everything, selected);
        }
        panel.hide();
    }

    private void showResponses(CampaignSummary chosen, List<CoverageRow> everything, BureauRef selected) {
        legend.show(rows);
        map.show(
                everything.stream()
                        .map(row -> new CoverageMapSvg.Entry(
                                row.country().code(),
                                row.name(),
                                row.coverage().status(),
                                CoverageMap.detail(row),
                                inBureau(row, selected)))
                        .toList(),
                getTranslation("coverage.map.label.response", chosen.title()));
        long targets = rows.stream().filter(row -> row.coverage().targeted()).count();
        long reached = rows.stream()
                .filter(row ->
                        row.coverage().targeted() && row.coverage().status().isApproached())
                .count();
        boolean allDates = filters.dates().equals(CoverageFilter.none());
        summary.setText(getTranslation(
                "coverage.map.summary.response" + (selected == null ? "" : ".bureau") + (allDates ? "" : ".dates"),
                String.valueOf(reached),
                String.valueOf(targets),
                selected == null ? "" : selected.name()));
    }

    /**
     * Each country by its post's tasking state, a tasking past the report-by date of an active
     * campaign and not reported as lapsed. Tasking states are today's: the meeting dates do not
     * limit them.
     */
    private void showTaskings(CampaignSummary chosen, List<CoverageRow> everything, BureauRef selected) {
        Map<Long, TaskingState> states = taskings.statesByCountry(chosen.id());
        boolean lapsing = chosen.status() == CampaignStatus.ACTIVE
                && chosen.deadline() != null
                && chosen.deadline().isBefore(LocalDate.now(clock));
        Map<Long, TaskingStyle> styles = new HashMap<>();
        everything.forEach(row -> styles.put(
                row.country().id(), TaskingStyle.of(states.get(row.country().id()), lapsing)));
        Map<Swatch, Integer> counts = new HashMap<>();
        rows.forEach(row -> counts.merge(styles.get(row.country().id()).swatch(), 1, Integer::sum));
        legend.show(TaskingStyle.swatches(), counts, getTranslation("coverage.legend.tasking"));
        map.show(
                everything.stream()
                        .map(row -> new CoverageMapSvg.Entry(
                                row.country().code(),
                                row.name(),
                                styles.get(row.country().id()).swatch(),
                                CoverageMap.detail(row),
                                inBureau(row, selected)))
                        .toList(),
                getTranslation("coverage.map.label.tasking", chosen.title()));
        long tasked = rows.stream()
                .filter(row -> states.containsKey(row.country().id()))
                .count();
        summary.setText(getTranslation(
                selected == null ? "coverage.map.summary.tasking" : "coverage.map.summary.tasking.bureau",
                String.valueOf(tasked),
                String.valueOf(counts.getOrDefault(TaskingStyle.REPORTED.swatch(), 0)),
                String.valueOf(counts.getOrDefault(TaskingStyle.DELIVERED.swatch(), 0)),
                String.valueOf(counts.getOrDefault(TaskingStyle.LAPSED.swatch(), 0)),
                selected == null ? "" : selected.name()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("coverage.map.title") + " | Outreach Tracker";
    }

    private static boolean inBureau(CoverageRow row, BureauRef selected) {
        return selected == null || row.bureau().id() == selected.id();
    }

    private void openCountry(String code) {
        rows.stream()
                .filter(row -> row.country().code().equals(code))
                .findFirst()
                .ifPresent(this::showCountry);
    }

    /** Opens the country's panel over the map, on the side away from the country, and outlines the country. */
    private void showCountry(CoverageRow row) {
        String code = row.country().code();
        map.select(code);
        panel.show(row, campaign.getValue().id(), map.isEastern(code));
        // Chosen in the table on a phone, the panel is above it: bring it into view.
        panel.getElement().executeJs("if (window.innerWidth <= 640) { this.scrollIntoView({block: 'start'}); }");
    }
}
