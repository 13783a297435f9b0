package org.outreachtracker.desk.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.util.Comparator;
import java.util.Map;
import org.outreachtracker.base.Names;
import org.outreachtracker.base.ui.Formats;
import org.outreachtracker.coverage.CountryCoverage;
import org.outreachtracker.coverage.DeskCampaignCoverage;
import org.outreachtracker.reference.CountryRef;

/** One active campaign: where each desk country stands, with a "log a meeting" button per country. */
class DeskCampaignTable extends Composite<Div> {

    DeskCampaignTable(DeskCampaignCoverage campaign, Map<Long, CountryRef> countries) {
        long reached = campaign.countries().stream()
                .filter(c -> c.status().isApproached())
                .count();
        var title = new H2(campaign.campaign().title());
        var summary = new Span(reached + " of " + campaign.countries().size() + " desk countries approached"
                + (campaign.campaign().deadline() == null
                        ? ""
                        : "; deadline " + Formats.date(campaign.campaign().deadline())));
        summary.addClassName("desk-summary");

        // A desk holds a handful of countries: the rows are computed in one aggregate call, not paged.
        var grid = new Grid<CountryCoverage>();
        grid.addColumn(c -> countries.get(c.countryId()).name())
                .setHeader("Country")
                .setAutoWidth(true);
        grid.addComponentColumn(DeskCampaignTable::statusBadge)
                .setHeader("Status")
                .setAutoWidth(true);
        grid.addColumn(c -> c.lastMeetingDate() == null ? "—" : Formats.date(c.lastMeetingDate()))
                .setHeader("Last meeting")
                .setAutoWidth(true);
        grid.addColumn(c -> c.openFollowUps() == 0
                        ? "—"
                        : c.openFollowUps()
                                + (c.overdueFollowUps() > 0 ? " (" + c.overdueFollowUps() + " overdue)" : ""))
                .setHeader("Open follow-ups")
                .setAutoWidth(true);
        grid.addComponentColumn(c -> logButton(campaign.campaign().id(), countries.get(c.countryId())))
                .setHeader("Action")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(campaign.countries().stream()
                .sorted(Comparator.comparing(
                        (CountryCoverage c) -> countries.get(c.countryId()).name(), Names.ORDER))
                .toList());
        grid.setAllRowsVisible(true);
        grid.getElement()
                .setAttribute(
                        "aria-label", "Desk countries in " + campaign.campaign().title());
        getContent().addClassName("desk-campaign");
        getContent().add(title, summary, grid);
    }

    static Span statusBadge(CountryCoverage coverage) {
        var badge = new Span(coverage.status().label());
        badge.addClassNames("status-badge", "status-" + coverage.status().name().toLowerCase(java.util.Locale.ROOT));
        return badge;
    }

    private static Button logButton(long campaignId, CountryRef country) {
        var button = new Button(
                "Log a meeting",
                event -> event.getSource()
                        .getUI()
                        .ifPresent(ui -> ui.navigate(
                                "meetings/new",
                                QueryParameters.simple(
                                        Map.of("campaign", String.valueOf(campaignId), "country", country.code())))));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.setAriaLabel("Log a meeting in " + country.name());
        return button;
    }
}
