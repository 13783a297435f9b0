package org.outreachtracker.desk.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.outreachtracker.base.ui.Formats;
import org.outreachtracker.tasking.TaskingFilter;
import org.outreachtracker.tasking.TaskingRef;
import org.outreachtracker.tasking.TaskingService;
import org.outreachtracker.tasking.TaskingState;
import org.outreachtracker.tasking.ui.TaskingBadge;
import org.outreachtracker.tasking.ui.TaskingNames;
import org.outreachtracker.tasking.ui.TaskingNextStep;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The taskings of the officer's desk countries in active campaigns not yet reported, soonest report-by date first,
 * each with its next step one click away; lapsed ones marked.
 */
class MyTaskingsGrid extends Composite<Grid<TaskingRef>> {

    MyTaskingsGrid(TaskingService taskings, TaskingNames names, Set<Long> deskCountries, LocalDate today) {
        var filter = TaskingFilter.all()
                .withCountries(deskCountries)
                .withStates(EnumSet.complementOf(EnumSet.of(TaskingState.REPORTED)))
                .withActiveCampaignsOnly(true);
        Grid<TaskingRef> grid = getContent();
        grid.addColumn(names::country).setHeader("Country").setAutoWidth(true);
        grid.addColumn(names::campaign).setHeader("Campaign").setFlexGrow(2);
        grid.addComponentColumn(TaskingBadge::of).setHeader("State").setAutoWidth(true);
        grid.addColumn(t -> Formats.date(t.reportBy())).setHeader("Report by").setAutoWidth(true);
        grid.addComponentColumn(t -> TaskingNextStep.of(
                        t, names, taskings, today, () -> grid.getDataProvider().refreshAll()))
                .setHeader("Next step")
                .setKey("next")
                .setAutoWidth(true);
        grid.setItemsPageable(
                pageable -> taskings.taskings(
                                filter,
                                PageRequest.of(
                                        pageable.getPageNumber(),
                                        pageable.getPageSize(),
                                        Sort.by("reportBy", "campaignId", "countryId", "id")))
                        .getContent(),
                pageable -> taskings.count(filter));
        grid.setPartNameGenerator(t -> t.overdue() ? "overdue" : null);
        grid.setEmptyStateText("No tasking waits for your desk.");
        grid.getElement().setAttribute("aria-label", "My taskings");
        grid.addClassName("my-taskings");
        // A desk has a handful of countries: every outstanding tasking shows, none hidden in a scroll box.
        grid.setAllRowsVisible(true);
    }
}
