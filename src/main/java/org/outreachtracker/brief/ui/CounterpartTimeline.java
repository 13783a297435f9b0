package org.outreachtracker.brief.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.outreachtracker.base.HiddenCharacters;
import org.outreachtracker.base.ui.Formats;
import org.outreachtracker.base.ui.Translations;
import org.outreachtracker.brief.CounterpartProfile;
import org.outreachtracker.meeting.DeliveredPoint;
import org.outreachtracker.meeting.MeetingRow;
import org.outreachtracker.meeting.OverallResponse;

/**
 * A counterpart's meetings, newest first: each with the title they held that day, the response,
 * how each point was received, and the meeting's commitments and follow-ups.
 */
class CounterpartTimeline extends Composite<Div> {

    /** The address of a meeting, before its id. */
    private static final String MEETING = "meetings/";

    CounterpartTimeline(CounterpartProfile profile) {
        if (profile.meetings().isEmpty()) {
            getContent().add(new Paragraph(getTranslation("brief.timeline.empty")));
            return;
        }
        var list = new UnorderedList();
        list.addClassName("counterpart-timeline");
        for (CounterpartProfile.Met met : profile.meetings()) {
            list.add(entry(met));
        }
        getContent().add(list);
    }

    /** "Meetings (3)", or "(latest 50 of 812)" when the page shows only the latest. */
    static String title(CounterpartProfile profile) {
        return profile.meetingsTotal() > profile.meetings().size()
                ? Translations.text(
                        "brief.timeline.title.latest",
                        String.valueOf(profile.meetings().size()),
                        String.valueOf(profile.meetingsTotal()))
                : Translations.text("brief.timeline.title", String.valueOf(profile.meetingsTotal()));
    }

    private static ListItem entry(CounterpartProfile.Met met) {
        MeetingRow row = met.meeting();
        var date = new Anchor(MEETING + row.id(), Formats.date(row.meetingDate()));
        date.addClassName("timeline-date");
        var what = new Span(Translations.text(
                "brief.timeline.what", shown(row.campaignTitle()), shown(row.postName()), shown(row.reportedBy())));
        var then = new Span(Translations.text(
                "brief.timeline.heldThen", shown(met.heldThen().describe())));
        then.addClassName("held-then");
        var response =
                new Span(Translations.text("brief.timeline.response", OverallResponse.labelOf(row.overallResponse())));
        var item = new ListItem(date, what, then, response);
        item.addClassName("timeline-entry");
        if (!met.reactions().isEmpty()) {
            var reactions = new UnorderedList();
            reactions.addClassName("timeline-reactions");
            for (DeliveredPoint point : met.reactions()) {
                reactions.add(new ListItem(
                        shown(point.label()) + ": " + point.reaction().label()));
            }
            item.add(reactions);
        }
        for (CounterpartProfile.Commitment c : met.commitments()) {
            var line = new Div(Translations.text(
                            "brief.timeline.commitment",
                            shown(c.commitment().description()),
                            Formats.date(c.commitment().checkBackDate()),
                            c.commitment().outcome().label())
                    + (c.owner().isEmpty() ? "" : " · " + shown(c.owner())));
            line.addClassName("timeline-commitment");
            item.add(line);
        }
        for (CounterpartProfile.FollowUp f : met.followUps()) {
            String status = f.followUp().status().label();
            var line = new Div(Translations.text(
                            "brief.timeline.followUp",
                            shown(f.followUp().description()),
                            Formats.date(f.followUp().dueDate()),
                            f.followUp().overdue() ? Translations.text("brief.timeline.overdue", status) : status)
                    + (f.owner().isEmpty() ? "" : " · " + shown(f.owner())));
            line.addClassName("timeline-follow-up");
            item.add(line);
        }
        return item;
    }

    /** User text as pages show it: invisible characters as marks such as [U+202E]. */
    private static String shown(String text) {
        return HiddenCharacters.reveal(text);
    }
}
