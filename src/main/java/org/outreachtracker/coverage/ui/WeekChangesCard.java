package org.outreachtracker.coverage.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.function.LongFunction;
import org.outreachtracker.base.ui.Formats;
import org.outreachtracker.coverage.CampaignProgress;
import org.outreachtracker.meeting.OverallResponse;

/**
 * "Since last week": the meetings logged with dates in the seven days to yesterday, the countries
 * whose response moved, and the posts that lapsed, with a link to chase them.
 */
class WeekChangesCard extends Composite<Div> {

    /** How many moved responses are named; the rest are counted. */
    static final int NAMED_MOVES = 8;

    WeekChangesCard(CampaignProgress.WeekChanges week, long campaignId, LongFunction<String> countryName) {
        getContent().addClassNames("chart-card", "week-changes");
        getContent().setId("week-changes");
        var title = new H2(getTranslation("coverage.week.title"));
        var period = new Paragraph(getTranslation(
                "coverage.week.period",
                Formats.date(week.week().first()),
                Formats.date(week.week().last())));
        period.addClassName("week-period");
        getContent().add(title, period);
        if (week.nothing()) {
            getContent().add(new Paragraph(getTranslation("coverage.week.nothing")));
            return;
        }
        var changes = new UnorderedList();
        changes.add(new ListItem(
                week.newMeetings() == 1
                        ? getTranslation("coverage.week.newMeetings.one")
                        : getTranslation("coverage.week.newMeetings.other", String.valueOf(week.newMeetings()))));
        int moved = week.responseMoves().size();
        var responses = new ListItem(
                moved == 0
                        ? getTranslation("coverage.week.moved.none")
                        : moved == 1
                                ? getTranslation("coverage.week.moved.one")
                                : getTranslation("coverage.week.moved.other", String.valueOf(moved)));
        if (moved > 0) {
            var moves = new UnorderedList();
            week.responseMoves().stream()
                    .limit(NAMED_MOVES)
                    .forEach(move -> moves.add(new ListItem(getTranslation(
                            "coverage.week.move",
                            countryName.apply(move.countryId()),
                            OverallResponse.labelOf(move.from()),
                            OverallResponse.labelOf(move.to())))));
            if (moved > NAMED_MOVES) {
                moves.add(new ListItem(getTranslation("coverage.week.more", String.valueOf(moved - NAMED_MOVES))));
            }
            responses.add(moves);
        }
        changes.add(responses);
        // A space before the link to chase them.
        var lapsed = new ListItem(
                week.lapsed() == 0
                        ? getTranslation("coverage.week.lapsed.none")
                        : week.lapsed() == 1
                                ? getTranslation("coverage.week.lapsed.one") + " "
                                : getTranslation("coverage.week.lapsed.other", String.valueOf(week.lapsed())) + " ");
        if (week.lapsed() > 0) {
            String lapsedTaskings = "taskings?campaign=" + campaignId + "&lapsed";
            lapsed.add(new Anchor(lapsedTaskings, getTranslation("coverage.week.chase")));
        }
        changes.add(lapsed);
        getContent().add(changes);
    }
}
