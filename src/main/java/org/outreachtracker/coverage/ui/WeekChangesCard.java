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
        var title = new H2("Since last week");
        var period = new Paragraph("From " + Formats.date(week.week().first()) + " to "
                + Formats.date(week.week().last()) + ".");
        period.addClassName("week-period");
        getContent().add(title, period);
        if (week.nothing()) {
            getContent().add(new Paragraph("No new meetings, no response moved and no post lapsed in that week."));
            return;
        }
        var changes = new UnorderedList();
        changes.add(new ListItem(week.newMeetings() == 1 ? "1 new meeting" : week.newMeetings() + " new meetings"));
        int moved = week.responseMoves().size();
        var responses = new ListItem(
                moved == 0 ? "No response moved" : moved == 1 ? "1 response moved:" : moved + " responses moved:");
        if (moved > 0) {
            var moves = new UnorderedList();
            week.responseMoves().stream()
                    .limit(NAMED_MOVES)
                    .forEach(move -> moves.add(new ListItem(countryName.apply(move.countryId()) + ": "
                            + OverallResponse.labelOf(move.from()) + " → " + OverallResponse.labelOf(move.to()))));
            if (moved > NAMED_MOVES) {
                moves.add(new ListItem("and " + (moved - NAMED_MOVES) + " more"));
            }
            responses.add(moves);
        }
        changes.add(responses);
        var lapsed = new ListItem(
                week.lapsed() == 0
                        ? "No post lapsed"
                        : (week.lapsed() == 1 ? "1 post" : week.lapsed() + " posts")
                                + " passed the report-by date without reporting ");
        if (week.lapsed() > 0) {
            lapsed.add(new Anchor("taskings?campaign=" + campaignId + "&lapsed", "(chase them)"));
        }
        changes.add(lapsed);
        getContent().add(changes);
    }
}
