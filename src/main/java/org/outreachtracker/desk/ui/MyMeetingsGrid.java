package org.outreachtracker.desk.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.Map;
import java.util.function.Function;
import org.outreachtracker.base.ui.Formats;
import org.outreachtracker.base.ui.NarrowCards;
import org.outreachtracker.base.ui.Translations;
import org.outreachtracker.meeting.MeetingFilter;
import org.outreachtracker.meeting.MeetingRow;
import org.outreachtracker.meeting.MeetingService;
import org.outreachtracker.reference.CountryRef;
import org.outreachtracker.reference.ui.CountryNames;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** The meetings the signed-in officer reported, newest first; a row opens the meeting. */
class MyMeetingsGrid extends Composite<Grid<MeetingRow>> {

    MyMeetingsGrid(MeetingService meetings, long reporterId, Map<Long, CountryRef> countries) {
        Function<MeetingRow, String> country = m -> CountryNames.of(countries, m.countryId(), m.countryName());
        var filter = MeetingFilter.none().withReporter(reporterId);
        Grid<MeetingRow> grid = getContent();
        grid.addColumn(m -> Formats.date(m.meetingDate()))
                .setHeader(getTranslation("desk.meetings.date"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(country::apply)
                .setHeader(getTranslation("desk.meetings.country"))
                .setAutoWidth(true);
        grid.addColumn(MeetingRow::counterparts)
                .setHeader(getTranslation("desk.meetings.counterparts"))
                .setFlexGrow(2);
        grid.addColumn(m -> m.overallResponse() == null
                        ? getTranslation("meeting.response.pending")
                        : Translations.label(m.overallResponse()))
                .setHeader(getTranslation("desk.meetings.response"))
                .setAutoWidth(true);
        NarrowCards.install(
                grid,
                LitRenderer.<MeetingRow>of("""
                                <div class="row-card">
                                  <div class="card-line"><span class="card-title">${item.country}</span>\
                                <span class="card-date">${item.date}</span></div>
                                  <div class="card-text">${item.counterparts}</div>
                                  <div class="card-meta">${item.response}</div>
                                </div>""")
                        .withProperty("country", country::apply)
                        .withProperty("date", m -> Formats.date(m.meetingDate()))
                        .withProperty("counterparts", MeetingRow::counterparts)
                        .withProperty(
                                "response",
                                m -> m.overallResponse() == null
                                        ? getTranslation("meeting.response.pending")
                                        : Translations.label(m.overallResponse())),
                getTranslation("desk.meetings"));
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
        grid.setEmptyStateText(getTranslation("desk.meetings.empty"));
        grid.getElement().setAttribute("aria-label", getTranslation("desk.meetings"));
        grid.setHeight("16rem");
    }
}
