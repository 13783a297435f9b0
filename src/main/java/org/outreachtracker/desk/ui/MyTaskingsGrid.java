package org.outreachtracker.desk.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.outreachtracker.base.ui.Formats;
import org.outreachtracker.base.ui.NarrowCards;
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
        grid.addColumn(names::country)
                .setHeader(getTranslation("desk.taskings.country"))
                .setAutoWidth(true);
        grid.addColumn(names::campaign)
                .setHeader(getTranslation("desk.taskings.campaign"))
                .setFlexGrow(2);
        grid.addComponentColumn(TaskingBadge::of)
                .setHeader(getTranslation("desk.taskings.state"))
                .setAutoWidth(true);
        grid.addColumn(t -> Formats.date(t.reportBy()))
                .setHeader(getTranslation("desk.taskings.reportBy"))
                .setAutoWidth(true);
        grid.addComponentColumn(t -> TaskingNextStep.of(
                        t, names, taskings, today, () -> grid.getDataProvider().refreshAll()))
                .setHeader(getTranslation("desk.taskings.nextStep"))
                .setKey("next")
                .setAutoWidth(true);
        NarrowCards.install(
                grid,
                new ComponentRenderer<>(t -> {
                    var country = new Span(names.country(t));
                    country.addClassName("card-title");
                    var line = new Div(country, TaskingBadge.of(t));
                    line.addClassName("card-line");
                    var campaign = new Div(names.campaign(t));
                    campaign.addClassName("card-text");
                    var due = new Div(getTranslation("desk.taskings.card", Formats.date(t.reportBy())));
                    due.addClassName("card-meta");
                    var card = new Div(
                            line,
                            campaign,
                            due,
                            TaskingNextStep.of(
                                    t,
                                    names,
                                    taskings,
                                    today,
                                    () -> grid.getDataProvider().refreshAll()));
                    card.addClassName("row-card");
                    return card;
                }),
                getTranslation("desk.taskings"));
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
        grid.setEmptyStateText(getTranslation("desk.taskings.empty"));
        grid.getElement().setAttribute("aria-label", getTranslation("desk.taskings"));
        grid.addClassName("my-taskings");
        // A desk has a handful of countries: every outstanding tasking shows, none hidden in a scroll box.
        grid.setAllRowsVisible(true);
    }
}
