package org.outreachtracker.desk.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import org.outreachtracker.base.ui.Formats;
import org.outreachtracker.meeting.MeetingFilter;
import org.outreachtracker.meeting.MeetingRow;
import org.outreachtracker.meeting.MeetingService;
import org.outreachtracker.meeting.OverallResponse;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** The meetings the signed-in officer reported, newest first; a row opens the meeting. */
class MyMeetingsGrid extends Composite<Grid<MeetingRow>> {

    MyMeetingsGrid(MeetingService meetings, long reporterId) {
        var filter = MeetingFilter.none().withReporter(reporterId);
        Grid<MeetingRow> grid = getContent();
        grid.addColumn(m -> Formats.date(m.meetingDate()))
                .setHeader("Date")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(MeetingRow::countryName).setHeader("Country").setAutoWidth(true);
        grid.addColumn(MeetingRow::counterparts).setHeader("Counterparts").setFlexGrow(2);
        grid.addColumn(m -> OverallResponse.labelOf(m.overallResponse()))
                .setHeader("Response")
                .setAutoWidth(true);
        grid.setItemsPageable(
                pageable -> meetings.search(
                                filter,
                                PageRequest.of(
                                        pageable.getPageNumber(),
                                        pageable.getPageSize(),
                                        Sort.by(Sort.Direction.DESC, "meetingDate")))
                        .getContent(),
                pageable -> meetings.count(filter));
        grid.addItemClickListener(event -> grid.getUI()
                .ifPresent(ui -> ui.navigate("meetings/" + event.getItem().id())));
        grid.setEmptyStateText("You have not logged any meeting yet.");
        grid.getElement().setAttribute("aria-label", "My recent meetings");
        grid.setHeight("16rem");
    }
}
