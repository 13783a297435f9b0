package org.outreachtracker.meeting.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.outreachtracker.audit.AuditEventRef;
import org.outreachtracker.audit.AuditedObject;
import org.outreachtracker.audit.FieldChange;
import org.outreachtracker.audit.ui.AuditText;
import org.outreachtracker.base.ui.Formats;
import org.outreachtracker.meeting.MeetingAuditVocabulary;

/**
 * A meeting's change history from the audit trail: who did what when (by name), and which fields
 * changed from what to what, with the names and labels the meeting showed at the time. Its
 * readers read the meeting itself, so they see the values too.
 */
class MeetingHistory extends Composite<Details> {

    /** A meeting's own values read as labels; ids stay numbers, as the history shows them. */
    private static final MeetingAuditVocabulary VOCABULARY = new MeetingAuditVocabulary();

    MeetingHistory(List<AuditEventRef> events) {
        Details details = getContent();
        details.setSummaryText(getTranslation("meeting.history.summary", events.size()));
        details.addClassName("meeting-history");
        var list = new UnorderedList();
        for (AuditEventRef event : events) {
            var item = new ListItem();
            var head = new Span(getTranslation(
                    "meeting.history.head",
                    Formats.dateTime(event.occurredAt()),
                    getTranslation("admin.AuditAction." + event.action().name()),
                    event.authorName()));
            head.addClassName("history-head");
            item.add(head);
            if (!event.details().note().isEmpty()) {
                item.add(new Paragraph(event.details().note()));
            }
            var changes = new UnorderedList();
            for (FieldChange change : event.details().changes()) {
                changes.add(new ListItem(AuditText.line(AuditedObject.MEETING, change, VOCABULARY)));
            }
            if (!event.details().changes().isEmpty()) {
                item.add(changes);
            }
            list.add(item);
        }
        details.add(events.isEmpty() ? new Div(new Paragraph(getTranslation("meeting.history.empty"))) : list);
    }
}
