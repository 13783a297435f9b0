package org.outreachtracker.meeting.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Map;
import org.outreachtracker.audit.AuditEventRef;
import org.outreachtracker.audit.FieldChange;
import org.outreachtracker.base.ui.Formats;

/** A meeting's change history from the audit trail: who did what when, and which fields changed. */
class MeetingHistory extends Composite<Details> {

    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("campaignId", "Campaign (id)"), Map.entry("countryId", "Country (id)"),
            Map.entry("postId", "Post (id)"), Map.entry("meetingDate", "Date"), Map.entry("format", "Format"),
            Map.entry("deliveredBy", "Delivered by"), Map.entry("counterpartIds", "Counterparts (ids)"),
            Map.entry("raisedPoints", "Points raised"), Map.entry("overallResponse", "Overall response"),
            Map.entry("summary", "Summary"), Map.entry("responseQuote", "In their words"),
            Map.entry("handlingMarking", "Handling marking"));
    private static final int SHOWN = 200;

    MeetingHistory(List<AuditEventRef> events) {
        Details details = getContent();
        details.setSummaryText("Change history (" + events.size() + ")");
        details.addClassName("meeting-history");
        var list = new UnorderedList();
        for (AuditEventRef event : events) {
            var item = new ListItem();
            var head = new Span(Formats.dateTime(event.occurredAt()) + " — " + event.action().label() + " by "
                    + event.username());
            head.addClassName("history-head");
            item.add(head);
            if (!event.details().note().isEmpty()) {
                item.add(new Paragraph(event.details().note()));
            }
            var changes = new UnorderedList();
            for (FieldChange change : event.details().changes()) {
                changes.add(new ListItem(FIELDS.getOrDefault(change.field(), change.field()) + ": "
                        + shown(change.from()) + " → " + shown(change.to())));
            }
            if (!event.details().changes().isEmpty()) {
                item.add(changes);
            }
            list.add(item);
        }
        details.add(events.isEmpty() ? new Div(new Paragraph("No recorded changes.")) : list);
    }

    private static String shown(String value) {
        if (value.isEmpty()) {
            return "(none)";
        }
        return value.length() <= SHOWN ? value : value.substring(0, SHOWN) + "…";
    }
}
