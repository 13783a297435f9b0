package org.outreachtracker.desk.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.util.Map;
import org.outreachtracker.base.ui.Formats;
import org.outreachtracker.followup.FollowUpFilter;
import org.outreachtracker.followup.FollowUpRef;
import org.outreachtracker.followup.FollowUpService;
import org.outreachtracker.followup.FollowUpStatus;
import org.outreachtracker.reference.CountryRef;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** The signed-in officer's open and in-progress follow-ups, soonest due first; overdue ones marked. */
class MyFollowUpsGrid extends Composite<Grid<FollowUpRef>> {

    MyFollowUpsGrid(FollowUpService followUps, long ownerId, Map<Long, CountryRef> countries) {
        var filter = FollowUpFilter.all().withOwner(ownerId).withStatuses(FollowUpStatus.OUTSTANDING);
        Grid<FollowUpRef> grid = getContent();
        grid.addColumn(f -> Formats.date(f.dueDate()))
                .setHeader("Due")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(f -> {
                    var due = new Span(f.overdue() ? "Overdue" : f.status().label());
                    due.addClassNames("status-badge", f.overdue() ? "status-overdue" : "status-open");
                    return due;
                })
                .setHeader("Status")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(FollowUpRef::description).setHeader("What").setFlexGrow(3);
        grid.addColumn(f -> countries.get(f.countryId()).name())
                .setHeader("Country")
                .setAutoWidth(true);
        grid.addColumn(f -> f.priority().label())
                .setHeader("Priority")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItemsPageable(
                pageable -> followUps
                        .search(
                                filter,
                                PageRequest.of(
                                        pageable.getPageNumber(), pageable.getPageSize(), Sort.by("dueDate", "id")))
                        .getContent(),
                pageable -> followUps.count(filter));
        grid.setPartNameGenerator(f -> f.overdue() ? "overdue" : null);
        grid.setEmptyStateText("No outstanding follow-ups. Well done.");
        grid.getElement().setAttribute("aria-label", "My outstanding follow-ups");
        grid.setHeight("16rem");
    }
}
