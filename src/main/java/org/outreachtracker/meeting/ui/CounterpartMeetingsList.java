package org.outreachtracker.meeting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import org.outreachtracker.base.ui.Formats;
import org.outreachtracker.counterpart.ui.CounterpartMeetings;
import org.outreachtracker.meeting.MeetingFilter;
import org.outreachtracker.meeting.MeetingRow;
import org.outreachtracker.meeting.MeetingService;
import org.outreachtracker.meeting.OverallResponse;

/**
 * A counterpart's meetings, newest first unless sorted otherwise, for the counterpart
 * directory: a lazy grid whose dates lead to the meetings.
 */
@org.springframework.stereotype.Component
class CounterpartMeetingsList implements CounterpartMeetings {

    private final MeetingService meetings;

    CounterpartMeetingsList(MeetingService meetings) {
        this.meetings = meetings;
    }

    @Override
    public Component listFor(long counterpartId) {
        MeetingFilter filter = MeetingFilter.none().withCounterpart(counterpartId);
        var grid = new Grid<MeetingRow>();
        grid.addClassName("counterpart-meetings");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel("Meetings with this counterpart");
        grid.addColumn(new ComponentRenderer<>(CounterpartMeetingsList::link)).setKey("date").setHeader("Date")
                .setSortProperty("meetingDate").setWidth("9rem").setFlexGrow(0);
        grid.addColumn(MeetingRow::campaignTitle).setKey("campaign").setHeader("Campaign")
                .setSortProperty("campaignTitle").setFlexGrow(2).setTooltipGenerator(MeetingRow::campaignTitle);
        grid.addColumn(MeetingRow::postName).setKey("post").setHeader("Post").setSortProperty("postName")
                .setFlexGrow(1);
        grid.addColumn(row -> OverallResponse.labelOf(row.overallResponse())).setKey("response")
                .setHeader("Response").setSortProperty("overallResponse").setWidth("8rem").setFlexGrow(0);
        grid.addColumn(MeetingRow::reportedBy).setKey("reportedBy").setHeader("Reported by")
                .setSortProperty("reportedBy").setFlexGrow(1);
        grid.setEmptyStateText("No meetings with this counterpart yet. Meetings logged with them will be listed here.");
        grid.setItemsPageable(pageable -> meetings.search(filter, pageable).getContent(),
                pageable -> meetings.count(filter));
        return grid;
    }

    private static Anchor link(MeetingRow row) {
        var link = new Anchor("meetings/" + row.id(), Formats.date(row.meetingDate()));
        link.getElement().setAttribute("aria-label", "Meeting of " + Formats.date(row.meetingDate())
                + " at " + row.postName());
        return link;
    }
}
