package org.outreachtracker.coverage.ui;

import com.vaadin.flow.component.Html;
import java.util.function.LongFunction;
import org.outreachtracker.base.ui.Formats;
import org.outreachtracker.base.ui.Translations;
import org.outreachtracker.coverage.CampaignProgress;
import org.outreachtracker.meeting.OverallResponse;
import org.springframework.web.util.HtmlUtils;

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
        var html = new StringBuilder("<div id=\"week-changes\" class=\"chart-card week-changes\"><h2>")
                .append(escape(Translations.text("coverage.week.title")))
                .append("</h2><p class=\"week-period\">")
                .append(escape(Translations.text(
                        "coverage.week.period",
                        Formats.date(week.week().first()),
                        Formats.date(week.week().last()))))
                .append("</p>");
        if (week.nothing()) {
            return new Html(html.append("<p>")
                    .append(escape(Translations.text("coverage.week.nothing")))
                    .append("</p></div>")
                    .toString());
        }
        html.append("<ul><li>")
                .append(escape(
                        week.newMeetings() == 1
                                ? Translations.text("coverage.week.newMeetings.one")
                                : Translations.text(
                                        "coverage.week.newMeetings.other", String.valueOf(week.newMeetings()))))
                .append("</li><li>");
        int moved = week.responseMoves().size();
        html.append(escape(
                moved == 0
                        ? Translations.text("coverage.week.moved.none")
                        : moved == 1
                                ? Translations.text("coverage.week.moved.one")
                                : Translations.text("coverage.week.moved.other", String.valueOf(moved))));
        if (moved > 0) {
            html.append("<ul>");
            week.responseMoves().stream()
                    .limit(NAMED_MOVES)
                    .forEach(move -> html.append("<li>")
                            .append(escape(Translations.text(
                                    "coverage.week.move",
                                    countryName.apply(move.countryId()),
                                    OverallResponse.labelOf(move.from()),
                                    OverallResponse.labelOf(move.to()))))
                            .append("</li>"));
            if (moved > NAMED_MOVES) {
                html.append("<li>")
                        .append(escape(Translations.text("coverage.week.more", String.valueOf(moved - NAMED_MOVES))))
                        .append("</li>");
            }
            html.append("</ul>");
        }
        html.append("</li><li>");
        if (week.lapsed() == 0) {
            html.append(escape(Translations.text("coverage.week.lapsed.none")));
        } else {
            // A space before the link to chase them.
            html.append(escape(
                            week.lapsed() == 1
                                    ? Translations.text("coverage.week.lapsed.one")
                                    : Translations.text("coverage.week.lapsed.other", String.valueOf(week.lapsed()))))
                    .append(" <a href=\"")
                    .append(escape("taskings?campaign=" + campaignId + "&lapsed"))
                    .append("\">")
                    .append(escape(Translations.text("coverage.week.chase")))
                    .append("</a>");
        }
        return new Html(html.append("</li></ul></div>").toString());
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text);
    }
}
