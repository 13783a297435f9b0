package org.outreachtracker.desk.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.Map;
import org.outreachtracker.base.ui.Formats;
import org.outreachtracker.base.ui.NarrowCards;
import org.outreachtracker.base.ui.Translations;
import org.outreachtracker.followup.FollowUpFilter;
import org.outreachtracker.followup.FollowUpRef;
import org.outreachtracker.followup.FollowUpService;
import org.outreachtracker.followup.FollowUpStatus;
import org.outreachtracker.reference.CountryRef;
import org.outreachtracker.reference.ui.CountryNames;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** The signed-in officer's open and in-progress follow-ups, soonest due first; overdue ones marked. */
class MyFollowUpsGrid extends Composite<Grid<FollowUpRef>> {

    MyFollowUpsGrid(FollowUpService followUps, long ownerId, Map<Long, CountryRef> countries) {
        var filter = FollowUpFilter.all().withOwner(ownerId).withStatuses(FollowUpStatus.OUTSTANDING);
        Grid<FollowUpRef> grid = getContent();
        grid.addColumn(f -> Formats.date(f.dueDate()))
                .setHeader(getTranslation("desk.followUps.due"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(f -> {
                    var due = new Span(
                            f.overdue() ? getTranslation("desk.followUps.overdue") : Translations.label(f.status()));
                    due.addClassNames("status-badge", f.overdue() ? "status-overdue" : "status-open");
                    return due;
                })
                .setHeader(getTranslation("desk.followUps.status"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(FollowUpRef::description)
                .setHeader(getTranslation("desk.followUps.what"))
                .setFlexGrow(3);
        grid.addColumn(f -> CountryNames.of(countries.get(f.countryId())))
                .setHeader(getTranslation("desk.followUps.country"))
                .setAutoWidth(true);
        grid.addColumn(f -> Translations.label(f.priority()))
                .setHeader(getTranslation("desk.followUps.priority"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        NarrowCards.install(
                grid,
                new ComponentRenderer<>(f -> {
                    var due = new Span(
                            f.overdue() ? getTranslation("desk.followUps.overdue") : Translations.label(f.status()));
                    due.addClassNames("status-badge", f.overdue() ? "status-overdue" : "status-open");
                    var date = new Span(Formats.date(f.dueDate()));
                    date.addClassName("card-date");
                    var line = new Div(due, date);
                    line.addClassName("card-line");
                    var what = new Div(f.description());
                    what.addClassName("card-text");
                    var meta = new Div(
                            CountryNames.of(countries.get(f.countryId())) + " · " + Translations.label(f.priority()));
                    meta.addClassName("card-meta");
                    var card = new Div(line, what, meta);
                    card.addClassName("row-card");
                    return card;
                }),
                getTranslation("desk.followUps"));
        grid.setItemsPageable(
                pageable -> followUps
                        .search(
                                filter,
                                PageRequest.of(
                                        pageable.getPageNumber(), pageable.getPageSize(), Sort.by("dueDate", "id")))
                        .getContent(),
                pageable -> followUps.count(filter));
        grid.setPartNameGenerator(f -> f.overdue() ? "overdue" : null);
        grid.setEmptyStateText(getTranslation("desk.followUps.empty"));
        grid.getElement().setAttribute("aria-label", getTranslation("desk.followUps"));
        grid.setHeight("16rem");
    }
}
