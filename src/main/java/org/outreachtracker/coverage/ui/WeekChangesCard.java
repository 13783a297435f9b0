package org.outreachtracker.coverage.ui;

import com.vaadin.flow.component.Html;
import java.util.function.LongFunction;
import org.outreachtracker.base.ui.Formats;
import org.outreachtracker.base.ui.HtmlBuilder;
import org.outreachtracker.base.ui.Translations;
import org.outreachtracker.coverage.CampaignProgress;
import org.outreachtracker.meeting.OverallResponse;

/**
 * "Since last week": the meetings logged with dates in the seven days to yesterday, the countries
 * whose response moved, and the posts that lapsed, with a link to chase them. One {@link Html}
 * element built from escaped text, like the {@link FigureRow figures}: only text and a link.
 */
final class WeekChangesCard {

    /** How many moved responses are named; the rest are counted. */
    static final int NAMED_MOVES = 8;

    private WeekChangesCard() {}

    static Html of(CampaignProgress.WeekChanges week, long campaignId, LongFunction<String> countryName) {
        var html = new HtmlBuilder()
                .open("div", "id", "week-changes", "class", "chart-card week-changes")
                .element("h2", Translations.text("coverage.week.title"))
                .element(
                        "p",
                        Translations.text(
                                "coverage.week.period",
                                Formats.date(week.week().first()),
                                Formats.date(week.week().last())),
                        "class",
                        "week-period");
        if (week.nothing()) {
            return html.element("p", Translations.text("coverage.week.nothing"))
                    .close("div")
                    .toHtml();
        }
        html.open("ul")
                .element(
                        "li",
                        week.newMeetings() == 1
                                ? Translations.text("coverage.week.newMeetings.one")
                                : Translations.text(
                                        "coverage.week.newMeetings.other", String.valueOf(week.newMeetings())));
        int moved = week.responseMoves().size();
        html.open("li")
                .text(
                        moved == 0
                                ? Translations.text("coverage.week.moved.none")
                                : moved == 1
                                        ? Translations.text("coverage.week.moved.one")
                                        : Translations.text("coverage.week.moved.other", String.valueOf(moved)));
        if (moved > 0) {
            html.open("ul");
            week.responseMoves().stream()
                    .limit(NAMED_MOVES)
                    .forEach(move -> html.element(
                            "li",
                            Translations.text(
                                    "coverage.week.move",
                                    countryName.apply(move.countryId()),
                                    OverallResponse.labelOf(move.from()),
                                    OverallResponse.labelOf(move.to()))));
            if (moved > NAMED_MOVES) {
                html.element("li", Translations.text("coverage.week.more", String.valueOf(moved - NAMED_MOVES)));
            }
            html.close("ul");
        }
        html.close("li").open("li");
        if (week.lapsed() == 0) {
            html.text(Translations.text("coverage.week.lapsed.none"));
        } else {
            // A space before the link to chase them.
            html.text(
                            week.lapsed() == 1
                                    ? Translations.text("coverage.week.lapsed.one")
                                    : Translations.text("coverage.week.lapsed.other", String.valueOf(week.lapsed())))
                    .text(" ")
                    .element(
                            "a",
                            Translations.text("coverage.week.chase"),
                            "href",
                            "taskings?campaign=" + campaignId + "&lapsed");
        }
        return html.close("li").close("ul").close("div").toHtml();
    }
}
