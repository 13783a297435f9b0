package org.outreachtracker.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.outreachtracker.base.Roles;
import org.outreachtracker.base.ui.ExportButtons;
import org.outreachtracker.base.ui.Formats;
import org.outreachtracker.campaign.CampaignService;
import org.outreachtracker.meeting.MeetingExport;
import org.outreachtracker.meeting.MeetingFilter;
import org.outreachtracker.meeting.MeetingRow;
import org.outreachtracker.meeting.MeetingService;
import org.outreachtracker.meeting.OverallResponse;
import org.outreachtracker.reference.ReferenceService;
import org.springframework.data.domain.Sort;

/**
 * All meetings, filtered and sorted in the database and loaded a page at a time. The filters
 * live in the address bar, so a filtered list can be bookmarked and shared.
 */
@Route("meetings")
@PageTitle("Meetings | Outreach Tracker")
@Menu(order = 40, icon = "vaadin:comments", title = "Meetings")
@RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
public class MeetingsView extends Main implements BeforeEnterObserver {

    private final MeetingService meetings;
    private final MeetingFilterBar filters;
    private final Grid<MeetingRow> grid = new Grid<>(MeetingRow.class, false);
    private final Span shownTotal = new Span();
    private MeetingFilter filter = MeetingFilter.none();
    private long total;

    MeetingsView(
            MeetingService meetings, CampaignService campaigns, ReferenceService reference, MeetingExport exports) {
        this.meetings = meetings;
        this.filters = new MeetingFilterBar(campaigns, reference);
        addClassName("page");
        addClassName("meetings-view");

        var logMeeting = new Button(
                "Log a meeting",
                VaadinIcon.PLUS.create(),
                event -> getUI().ifPresent(ui -> ui.navigate(NewMeetingView.class)));
        logMeeting.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        shownTotal.addClassName("result-count");
        shownTotal.getElement().setAttribute("role", "status");
        var export = new ExportButtons("meetings", "the meetings list", () -> {
            MeetingFilter shown = filter;
            Sort sort = sort();
            return (format, out, progress) -> exports.meetings(shown, sort, format, out, progress);
        });
        var actions = new Div(export, logMeeting);
        actions.addClassName("list-actions");
        var toolbar = new Div(shownTotal, actions);
        toolbar.addClassName("list-toolbar");

        configureGrid();
        filters.onChange(this::filtersChanged);
        add(filters, toolbar, grid);
    }

    private void configureGrid() {
        grid.addColumn(row -> Formats.date(row.meetingDate()))
                .setHeader("Date")
                .setSortProperty("meetingDate")
                .setWidth("8.5rem")
                .setFlexGrow(0);
        grid.addColumn(MeetingRow::countryName)
                .setHeader("Country")
                .setSortProperty("countryName")
                .setWidth("10rem")
                .setFlexGrow(1);
        grid.addColumn(MeetingRow::counterparts)
                .setHeader("Counterparts")
                .setWidth("12rem")
                .setFlexGrow(2);
        grid.addColumn(MeetingRow::campaignTitle)
                .setHeader("Campaign")
                .setSortProperty("campaignTitle")
                .setWidth("14rem")
                .setFlexGrow(2);
        grid.addColumn(MeetingRow::postName)
                .setHeader("Post")
                .setSortProperty("postName")
                .setWidth("11rem")
                .setFlexGrow(1);
        grid.addColumn(row -> OverallResponse.labelOf(row.overallResponse()))
                .setHeader("Response")
                .setSortProperty("overallResponse")
                .setWidth("8.5rem")
                .setFlexGrow(0);
        grid.addColumn(MeetingRow::reportedBy)
                .setHeader("Reported by")
                .setSortProperty("reportedBy")
                .setWidth("11rem")
                .setFlexGrow(1);
        grid.setMultiSort(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        // Counted once per filter (refresh), for the total shown and for the grid.
        grid.setItemsPageable(pageable -> meetings.page(filter, pageable, total), pageable -> total);
        grid.addItemClickListener(event -> open(event.getItem()));
        grid.addItemDoubleClickListener(event -> open(event.getItem()));
        grid.getElement().setAttribute("aria-label", "Meetings");
        grid.setEmptyStateText("No meetings match these filters.");
        grid.sort(List.of(new GridSortOrder<>(grid.getColumns().getFirst(), SortDirection.DESCENDING)));
    }

    /** The grid's sort order, for the export (which writes the rows in the order they are shown). */
    private Sort sort() {
        List<Sort.Order> orders = new java.util.ArrayList<>();
        for (GridSortOrder<MeetingRow> order : grid.getSortOrder()) {
            order.getSorted()
                    .getSortOrder(order.getDirection())
                    .forEach(sorted -> orders.add(
                            sorted.getDirection() == SortDirection.ASCENDING
                                    ? Sort.Order.asc(sorted.getSorted())
                                    : Sort.Order.desc(sorted.getSorted())));
        }
        return Sort.by(orders);
    }

    private void open(MeetingRow row) {
        getUI().ifPresent(ui -> ui.navigate("meetings/" + row.id()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filters.setFromQueryParameters(event.getLocation().getQueryParameters());
        refresh();
    }

    private void filtersChanged() {
        refresh();
        getUI().ifPresent(ui ->
                ui.getPage().getHistory().replaceState(null, new Location("meetings", filters.toQueryParameters())));
    }

    private void refresh() {
        filter = filters.filter();
        total = meetings.count(filter);
        shownTotal.setText(NumberFormat.getIntegerInstance(Locale.ENGLISH).format(total)
                + (total == 1 ? " meeting" : " meetings"));
        grid.getDataProvider().refreshAll();
    }
}
