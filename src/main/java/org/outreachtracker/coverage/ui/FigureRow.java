package org.outreachtracker.coverage.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.outreachtracker.base.ui.Translations;
import org.outreachtracker.coverage.DashboardFigures;

/**
 * The dashboard's row of headline figures (targets reached, meetings, overdue follow-ups, posts
 * past their report-by date, ...) with the links to the lists behind them.
 */
final class FigureRow {

    private FigureRow() {}

    /** Deliveries that missed the minimum counterpart level, linked to the list of them. */
    static Div belowMinimum(DashboardFigures figures, long count) {
        var box = figure(
                String.valueOf(count),
                Translations.text(
                        count == 1 ? "coverage.figures.belowMinimum.one" : "coverage.figures.belowMinimum.other",
                        // The level's name is the counterpart directory's.
                        Translations.text("counterpart.CounterpartLevel."
                                + figures.campaign().minimumLevel().name())));
        box.addClassName("below-minimum");
        if (count > 0) {
            box.addClassName("figure-alert");
            var list = new Anchor(
                    "taskings?campaign=" + figures.campaign().id() + "&below-minimum",
                    Translations.text("coverage.figures.belowMinimum.list"));
            list.setId("list-below-minimum");
            box.add(list);
        }
        return box;
    }

    /** The figures of the campaign; {@code lapsedPosts} is {@code null} for a campaign where nobody is chased. */
    static Div of(DashboardFigures figures, Long lapsedPosts) {
        var reached = figure(
                Translations.text(
                        "coverage.figures.reached.value",
                        String.valueOf(figures.reached()),
                        String.valueOf(figures.targets())),
                Translations.text("coverage.figures.reached", String.valueOf(figures.reachedPercent())));
        var meetings = figure(
                String.valueOf(figures.meetings()),
                Translations.text(
                        figures.meetings() == 1 ? "coverage.figures.meetings.one" : "coverage.figures.meetings.other"));
        var overdue = figure(String.valueOf(figures.overdueFollowUps()), Translations.text("coverage.figures.overdue"));
        if (figures.overdueFollowUps() > 0) {
            overdue.addClassName("figure-alert");
        }
        var links = new Div(
                new Anchor(
                        "coverage?campaign=" + figures.campaign().id(), Translations.text("coverage.figures.openMap")),
                new Anchor(
                        "meetings?campaign=" + figures.campaign().id(),
                        Translations.text("coverage.figures.listMeetings")));
        links.addClassName("figure-links");
        var row = new Div(reached, meetings, overdue);
        if (figures.approachedByPartner() > 0) {
            var partner = figure(
                    String.valueOf(figures.approachedByPartner()),
                    figures.approachedByPartner() == 1
                            ? Translations.text("coverage.figures.partner.one")
                            : Translations.text("coverage.figures.partner.other"));
            partner.addClassName("approached-by-partner");
            row.add(partner);
        }
        if (lapsedPosts != null) {
            var lapsed = figure(
                    String.valueOf(lapsedPosts),
                    Translations.text(
                            lapsedPosts == 1 ? "coverage.figures.lapsed.one" : "coverage.figures.lapsed.other"));
            lapsed.addClassName("lapsed-posts");
            if (lapsedPosts > 0) {
                lapsed.addClassName("figure-alert");
            }
            row.add(lapsed);
            var chase = new Anchor(
                    "taskings?campaign=" + figures.campaign().id() + "&lapsed",
                    Translations.text("coverage.figures.chase"));
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
