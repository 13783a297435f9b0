package org.outreachtracker.coverage.ui;

import com.vaadin.flow.component.Html;
import org.outreachtracker.base.ui.HtmlBuilder;
import org.outreachtracker.base.ui.Translations;
import org.outreachtracker.coverage.DashboardFigures;

/**
 * The dashboard's row of headline figures (targets reached, meetings, overdue follow-ups, posts
 * past their report-by date, ...) with the links to the lists behind them.
 *
 * <p>The row is one {@link Html} element built from escaped text, not a component per figure: it
 * holds only text and links, and a dashboard session then keeps one server-side node for it
 * instead of some twenty (docs/performance.md, scenario d). The links are plain {@code <a href>}
 * within the application, which Vaadin's router follows without reloading the page.
 */
final class FigureRow {

    private FigureRow() {}

    /**
     * The figures of the campaign. {@code lapsedPosts} is {@code null} for a campaign where nobody
     * is chased; {@code belowMinimum} is {@code null} for a campaign without a minimum counterpart
     * level, otherwise the deliveries that missed it.
     */
    static Html of(DashboardFigures figures, Long lapsedPosts, Long belowMinimum) {
        long campaignId = figures.campaign().id();
        var html = new HtmlBuilder().open("div", "class", "figures");
        figure(
                html,
                "",
                Translations.text(
                        "coverage.figures.reached.value",
                        String.valueOf(figures.reached()),
                        String.valueOf(figures.targets())),
                Translations.text("coverage.figures.reached", String.valueOf(figures.reachedPercent())),
                null);
        figure(
                html,
                "",
                String.valueOf(figures.meetings()),
                Translations.text(
                        figures.meetings() == 1 ? "coverage.figures.meetings.one" : "coverage.figures.meetings.other"),
                null);
        figure(
                html,
                figures.overdueFollowUps() > 0 ? "figure-alert" : "",
                String.valueOf(figures.overdueFollowUps()),
                Translations.text("coverage.figures.overdue"),
                null);
        if (figures.approachedByPartner() > 0) {
            figure(
                    html,
                    "approached-by-partner",
                    String.valueOf(figures.approachedByPartner()),
                    figures.approachedByPartner() == 1
                            ? Translations.text("coverage.figures.partner.one")
                            : Translations.text("coverage.figures.partner.other"),
                    null);
        }
        if (lapsedPosts != null) {
            figure(
                    html,
                    lapsedPosts > 0 ? "lapsed-posts figure-alert" : "lapsed-posts",
                    String.valueOf(lapsedPosts),
                    Translations.text(
                            lapsedPosts == 1 ? "coverage.figures.lapsed.one" : "coverage.figures.lapsed.other"),
                    null);
        }
        if (belowMinimum != null) {
            figure(
                    html,
                    belowMinimum > 0 ? "below-minimum figure-alert" : "below-minimum",
                    String.valueOf(belowMinimum),
                    Translations.text(
                            belowMinimum == 1
                                    ? "coverage.figures.belowMinimum.one"
                                    : "coverage.figures.belowMinimum.other",
                            // The level's name is the counterpart directory's.
                            Translations.text("counterpart.CounterpartLevel."
                                    + figures.campaign().minimumLevel().name())),
                    belowMinimum > 0
                            ? new Link(
                                    "list-below-minimum",
                                    "taskings?campaign=" + campaignId + "&below-minimum",
                                    Translations.text("coverage.figures.belowMinimum.list"))
                            : null);
        }
        html.open("div", "class", "figure-links");
        if (lapsedPosts != null) {
            link(
                    html,
                    new Link(
                            "chase-lapsed-posts",
                            "taskings?campaign=" + campaignId + "&lapsed",
                            Translations.text("coverage.figures.chase")));
        }
        link(html, new Link(null, "coverage?campaign=" + campaignId, Translations.text("coverage.figures.openMap")));
        link(
                html,
                new Link(null, "meetings?campaign=" + campaignId, Translations.text("coverage.figures.listMeetings")));
        return html.close("div").close("div").toHtml();
    }

    /** A link within the application; its id is null when nothing needs to find it. */
    private record Link(String id, String href, String text) {}

    /** A figure: its value, what it counts, and a link to the list behind it (or null). */
    private static void figure(HtmlBuilder html, String classes, String value, String label, Link link) {
        html.open("div", "class", classes.isEmpty() ? "figure" : "figure " + classes)
                .element("span", value, "class", "figure-value")
                .element("span", label, "class", "figure-label");
        if (link != null) {
            link(html, link);
        }
        html.close("div");
    }

    private static void link(HtmlBuilder html, Link link) {
        html.element("a", link.text(), "id", link.id(), "href", link.href());
    }
}
