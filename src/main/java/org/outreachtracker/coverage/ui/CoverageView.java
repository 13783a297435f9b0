package org.outreachtracker.coverage.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.outreachtracker.base.Roles;
import org.outreachtracker.base.ui.DateFields;
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

/**
 * The world coverage map of a campaign, with its legend, a country panel, and the same data
 * as a sortable table. Countries outside the chosen bureau are drawn faded and are not
 * interactive.
 */
@Route("coverage")
@PageTitle("Coverage map | Outreach Tracker")
@Menu(order = 25, icon = "vaadin:globe", title = "Coverage map")
@RolesAllowed(Roles.MANAGER)
public class CoverageView extends Main {

    private final CoverageService coverage;
    private final ComboBox<CampaignSummary> campaign = new ComboBox<>("Campaign");
    private final Select<BureauRef> bureau = new Select<>();
    private final DatePicker from = DateFields.configure(new DatePicker("Meetings from"));
    private final DatePicker to = DateFields.configure(new DatePicker("Meetings to"));
    private final CoverageLegend legend = new CoverageLegend();
    private final CoverageMap map;
    private final CountryPanel panel;
    private final CoverageTable table;
    private final Span summary = new Span();
    private final Map<Long, CountryRef> countries;
    private final Map<Long, BureauRef> bureaus;
    private List<CoverageRow> rows = List.of();

    CoverageView(
            CoverageService coverage,
            CampaignService campaigns,
            ReferenceService reference,
            MeetingService meetings,
            CounterpartService counterparts,
            FollowUpService followUps,
            WorldShapes shapes,
            CoverageExport exports) {
        this.coverage = coverage;
        DateFields.range(from, to);
        this.countries = reference.countries().stream().collect(Collectors.toMap(CountryRef::id, Function.identity()));
        this.bureaus = reference.bureaus().stream().collect(Collectors.toMap(BureauRef::id, Function.identity()));
        this.map = new CoverageMap(shapes, this::openCountry);
        this.panel = new CountryPanel(meetings, counterparts, followUps);
        panel.onHide(() -> map.select(null));
        this.table = new CoverageTable(this::showCountry);
        addClassNames("page", "coverage-view");

        List<CampaignSummary> all = campaigns.campaignsIn(EnumSet.allOf(CampaignStatus.class));
        campaign.setItems(all);
        campaign.setItemLabelGenerator(CampaignSummary::title);
        campaign.setValue(all.stream()
                .filter(c -> c.status() == CampaignStatus.ACTIVE)
                .findFirst()
                .orElse(all.isEmpty() ? null : all.getFirst()));
        bureau.setLabel("Bureau");
        bureau.setItems(reference.bureaus());
        bureau.setItemLabelGenerator(bureau -> bureau == null ? "All bureaus" : bureau.name());
        bureau.setEmptySelectionAllowed(true);
        bureau.setEmptySelectionCaption("All bureaus");
        campaign.addValueChangeListener(event -> refresh());
        bureau.addValueChangeListener(event -> refresh());
        from.addValueChangeListener(event -> refresh());
        to.addValueChangeListener(event -> refresh());

        var filters = new Div(campaign, bureau, from, to);
        filters.addClassName("coverage-filters");
        summary.addClassName("coverage-summary");
        summary.getElement().setAttribute("role", "status");
        var mapArea = new Div(map, panel);
        mapArea.addClassName("coverage-map-area");
        var attribution = new Paragraph("Map: Natural Earth 1:110m country outlines (public domain); countries too"
                + " small for that scale are shown as circles. Tab moves between countries; Enter opens one.");
        attribution.addClassName("map-attribution");
        var export = new ExportButtons("coverage", "the coverage table", () -> {
            long campaignId = campaign.getValue().id();
            Long bureauId = bureau.getValue() == null ? null : bureau.getValue().id();
            var dates = new CoverageFilter(from.getValue(), to.getValue());
            return (format, out, progress) -> exports.coverage(campaignId, bureauId, dates, format, out, progress);
        });
        var tableTitle = new H2("Coverage by country");
        var tableBar = new Div(tableTitle, export);
        tableBar.addClassName("list-toolbar");
        // The map holds a stop for every country: keyboard users can jump over it to the same data as a table.
        var skip = new Anchor("coverage#coverage-table", "Skip the map and go to the table");
        skip.addClassName("skip-link");
        table.setId("coverage-table");
        add(filters, summary, legend, skip, mapArea, attribution, tableBar, table);
        if (all.isEmpty()) {
            removeAll();
            add(new Paragraph("There is no campaign yet. A manager creates one under Campaigns."));
            return;
        }
        refresh();
    }

    private void refresh() {
        CampaignSummary chosen = campaign.getValue();
        if (chosen == null) {
            return;
        }
        BureauRef selected = bureau.getValue();
        List<CountryCoverage> all = coverage.coverage(chosen.id(), new CoverageFilter(from.getValue(), to.getValue()));
        List<CoverageRow> everything = all.stream()
                .map(c -> new CoverageRow(
                        countries.get(c.countryId()),
                        bureaus.get(countries.get(c.countryId()).bureauId()),
                        c))
                .toList();
        rows = everything.stream()
                .filter(row -> selected == null || row.bureau().id() == selected.id())
                .toList();
        legend.show(rows);
        table.show(rows);
        map.show(
                everything.stream()
                        .map(row -> new CoverageMapSvg.Entry(
                                row.country().code(),
                                row.name(),
                                row.coverage().status(),
                                CoverageMap.detail(row),
                                selected == null || row.bureau().id() == selected.id()))
                        .toList(),
                "Coverage map of " + chosen.title());
        long targets = rows.stream().filter(row -> row.coverage().targeted()).count();
        long reached = rows.stream()
                .filter(row ->
                        row.coverage().targeted() && row.coverage().status().isApproached())
                .count();
        summary.setText(reached + " of " + targets + " target countries approached"
                + (selected == null ? "" : " in " + selected.name())
                + (from.getValue() == null && to.getValue() == null ? "" : " within the chosen dates") + ".");
        panel.hide();
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
    }
}
