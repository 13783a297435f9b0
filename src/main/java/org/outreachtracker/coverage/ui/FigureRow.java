package org.outreachtracker.coverage.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
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

    /** The figures of the campaign; {@code lapsedPosts} is {@code null} for a campaign where nobody is chased. */
    static Div of(DashboardFigures figures, Long lapsedPosts) {
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
