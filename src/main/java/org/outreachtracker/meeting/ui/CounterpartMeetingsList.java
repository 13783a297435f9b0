package org.outreachtracker.meeting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.outreachtracker.base.ui.Formats;
import org.outreachtracker.base.ui.Translations;
import org.outreachtracker.counterpart.ui.CounterpartMeetings;
import org.outreachtracker.meeting.MeetingFilter;
import org.outreachtracker.meeting.MeetingRow;
import org.outreachtracker.meeting.MeetingService;

/**
 * A counterpart's meetings, newest first unless sorted otherwise, for the counterpart
 * directory: a lazy grid whose dates lead to the meetings.
 */
@SpringComponent
final class CounterpartMeetingsList implements CounterpartMeetings {

    private static final int SHOWN_WHOLE = 6;

    private final MeetingService meetings;

    CounterpartMeetingsList(MeetingService meetings) {
        this.meetings = meetings;
    }

    @Override
    public long countFor(long counterpartId) {
        return meetings.count(MeetingFilter.none().withCounterpart(counterpartId));
    }

    /** A new component listing the meetings with this counterpart; each date leads to its meeting. */
    @Override
    public Component listFor(long counterpartId) {
        MeetingFilter filter = MeetingFilter.none().withCounterpart(counterpartId);
        long count = meetings.count(filter);
        if (count == 0) {
            var none = new Paragraph(Translations.text("meeting.counterpart.none"));
            none.addClassName("counterpart-no-meetings");
            return none;
        }
        var grid = new Grid<MeetingRow>();
        grid.addClassName("counterpart-meetings");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel(Translations.text("meeting.counterpart.label"));
        grid.addColumn(new ComponentRenderer<>(CounterpartMeetingsList::link))
                .setKey("date")
                .setHeader(Translations.text("meeting.list.date"))
                .setSortProperty("meetingDate")
                .setWidth("9rem")
                .setFlexGrow(0);
        grid.addColumn(MeetingRow::campaignTitle)
                .setKey("campaign")
                .setHeader(Translations.text("meeting.list.campaign"))
                .setSortProperty("campaignTitle")
                .setFlexGrow(2)
                .setTooltipGenerator(MeetingRow::campaignTitle);
        grid.addColumn(MeetingRow::postName)
                .setKey("post")
                .setHeader(Translations.text("meeting.list.post"))
                .setSortProperty("postName")
                .setFlexGrow(1);
        grid.addColumn(row -> row.overallResponse() == null
                        ? Translations.text("meeting.response.pending")
                        : Translations.label(row.overallResponse()))
                .setKey("response")
                .setHeader(Translations.text("meeting.list.response"))
                .setSortProperty("overallResponse")
                .setWidth("8rem")
                .setFlexGrow(0);
        grid.addColumn(MeetingRow::reportedBy)
                .setKey("reportedBy")
                .setHeader(Translations.text("meeting.list.reportedBy"))
                .setSortProperty("reportedBy")
                .setFlexGrow(1);
        grid.setEmptyStateText(Translations.text("meeting.counterpart.none"));
        // A short list is shown whole; a long one scrolls (and loads) page by page.
        if (count <= SHOWN_WHOLE) {
            grid.setAllRowsVisible(true);
        } else {
            grid.setHeight("18rem");
        }
        grid.setItemsPageable(pageable -> meetings.page(filter, pageable, -1), pageable -> meetings.count(filter));
        return grid;
    }

    private static Anchor link(MeetingRow row) {
        var link = new Anchor("meetings/" + row.id(), Formats.date(row.meetingDate()));
        link.getElement()
                .setAttribute(
                        "aria-label",
                        Translations.text("meeting.counterpart.link", Formats.date(row.meetingDate()), row.postName()));
        return link;
    }
}
