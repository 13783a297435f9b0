package org.outreachtracker.desk.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.QueryParameters;
import java.util.Comparator;
import java.util.Map;
import org.outreachtracker.base.ui.Formats;
import org.outreachtracker.base.ui.NarrowCards;
import org.outreachtracker.base.ui.Translations;
import org.outreachtracker.coverage.CountryCoverage;
import org.outreachtracker.coverage.DeskCampaignCoverage;
import org.outreachtracker.reference.CountryRef;
import org.outreachtracker.reference.ui.CountryNames;

/** One active campaign: where each desk country stands, with a "log a meeting" button per country. */
class DeskCampaignTable extends Composite<Div> {

    DeskCampaignTable(DeskCampaignCoverage campaign, Map<Long, CountryRef> countries) {
        long reached = campaign.countries().stream()
                .filter(c -> c.status().isApproached())
                .count();
        var title = new H2(campaign.campaign().title());
        var summary = new Span(
                campaign.campaign().deadline() == null
                        ? Translations.text(
                                "desk.campaign.approached",
                                reached,
                                campaign.countries().size())
                        : Translations.text(
                                "desk.campaign.approachedBy",
                                reached,
                                campaign.countries().size(),
                                Formats.date(campaign.campaign().deadline())));
        summary.addClassName("desk-summary");

        // A desk holds a handful of countries: the rows are computed in one aggregate call, not paged.
        var grid = new Grid<CountryCoverage>();
        grid.addColumn(c -> CountryNames.of(countries.get(c.countryId())))
                .setHeader(Translations.text("desk.campaign.country"))
                .setAutoWidth(true);
        grid.addComponentColumn(DeskCampaignTable::statusBadge)
                .setHeader(Translations.text("desk.campaign.status"))
                .setAutoWidth(true);
        grid.addColumn(c -> c.lastMeetingDate() == null ? "—" : Formats.date(c.lastMeetingDate()))
                .setHeader(Translations.text("desk.campaign.lastMeeting"))
                .setAutoWidth(true);
        grid.addColumn(c -> c.openFollowUps() == 0
                        ? "—"
                        : c.overdueFollowUps() > 0
                                ? Translations.text(
                                        "desk.campaign.openOverdue", c.openFollowUps(), c.overdueFollowUps())
                                : Translations.text("desk.campaign.open", c.openFollowUps()))
                .setHeader(Translations.text("desk.campaign.openFollowUps"))
                .setAutoWidth(true);
        grid.addComponentColumn(c -> logButton(campaign.campaign().id(), countries.get(c.countryId())))
                .setHeader(Translations.text("desk.campaign.action"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        // On a phone: one card per country, with its button.
        NarrowCards.install(
                grid,
                new ComponentRenderer<>(c -> {
                    var name = new Span(CountryNames.of(countries.get(c.countryId())));
                    name.addClassName("card-title");
                    var line = new Div(name, statusBadge(c));
                    line.addClassName("card-line");
                    var meta = new Div(Translations.text(
                            "desk.campaign.card",
                            c.lastMeetingDate() == null ? "—" : Formats.date(c.lastMeetingDate()),
                            c.openFollowUps() == 0
                                    ? "—"
                                    : c.overdueFollowUps() > 0
                                            ? Translations.text(
                                                    "desk.campaign.openOverdue",
                                                    c.openFollowUps(),
                                                    c.overdueFollowUps())
                                            : Translations.text("desk.campaign.open", c.openFollowUps())));
                    meta.addClassName("card-meta");
                    var card = new Div(line, meta, logButton(campaign.campaign().id(), countries.get(c.countryId())));
                    card.addClassName("row-card");
                    return card;
                }),
                Translations.text("desk.campaign.cards"));
        grid.setItems(campaign.countries().stream()
                .sorted(Comparator.comparing(
                        (CountryCoverage c) -> CountryNames.of(countries.get(c.countryId())), Formats.names()))
                .toList());
        grid.setAllRowsVisible(true);
        grid.getElement()
                .setAttribute(
                        "aria-label",
                        Translations.text(
                                "desk.campaign.label", campaign.campaign().title()));
        getContent().addClassName("desk-campaign");
        getContent().add(title, summary, grid);
    }

    static Span statusBadge(CountryCoverage coverage) {
        var badge = new Span(Translations.label(coverage.status()));
        badge.addClassNames("status-badge", "status-" + coverage.status().name().toLowerCase(java.util.Locale.ROOT));
        return badge;
    }

    private static Button logButton(long campaignId, CountryRef country) {
        var button = new Button(
                Translations.text("desk.logMeeting"),
                event -> event.getSource()
                        .getUI()
                        .ifPresent(ui -> ui.navigate(
                                "meetings/new",
                                QueryParameters.simple(
                                        Map.of("campaign", String.valueOf(campaignId), "country", country.code())))));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.setAriaLabel(Translations.text("desk.logMeetingIn", CountryNames.of(country)));
        return button;
    }
}
