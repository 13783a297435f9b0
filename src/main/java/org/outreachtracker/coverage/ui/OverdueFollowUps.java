package org.outreachtracker.coverage.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import java.util.Map;
import java.util.function.LongFunction;
import org.outreachtracker.base.ui.Formats;
import org.outreachtracker.followup.FollowUpFilter;
import org.outreachtracker.followup.FollowUpRef;
import org.outreachtracker.followup.FollowUpService;
import org.outreachtracker.reference.CountryRef;
import org.outreachtracker.reference.ui.CountryNames;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** The campaign's overdue follow-ups, longest overdue first, loaded a page at a time. */
class OverdueFollowUps extends Composite<Div> {

    OverdueFollowUps(
            FollowUpService followUps,
            long campaignId,
            Map<Long, CountryRef> countries,
            LongFunction<String> userName) {
        var filter = FollowUpFilter.all().withCampaign(campaignId).withOverdueOnly(true);
        long count = followUps.count(filter);
        var grid = new Grid<FollowUpRef>();
        grid.addColumn(f -> Formats.date(f.dueDate()))
                .setHeader(getTranslation("coverage.overdue.due"))
                .setWidth("8.5rem")
                .setFlexGrow(0);
        grid.addColumn(f -> CountryNames.of(countries.get(f.countryId())))
                .setHeader(getTranslation("coverage.overdue.country"))
                .setAutoWidth(true);
        grid.addColumn(FollowUpRef::description)
                .setHeader(getTranslation("coverage.overdue.what"))
                .setFlexGrow(3);
        grid.addColumn(f -> userName.apply(f.ownerId()))
                .setHeader(getTranslation("coverage.overdue.owner"))
                .setAutoWidth(true);
        grid.addColumn(f -> f.priority().label())
                .setHeader(getTranslation("coverage.overdue.priority"))
                .setWidth("7rem")
                .setFlexGrow(0);
        grid.setItemsPageable(
                pageable -> followUps
                        .search(
                                filter,
                                PageRequest.of(
                                        pageable.getPageNumber(), pageable.getPageSize(), Sort.by("dueDate", "id")))
                        .getContent(),
                pageable -> followUps.count(filter));
        grid.setEmptyStateText(getTranslation("coverage.overdue.empty"));
        grid.getElement().setAttribute("aria-label", getTranslation("coverage.overdue.title"));
        grid.setHeight(count == 0 ? "8rem" : "18rem");
        // About seven rows show at this height: fetching them twenty at a time keeps scrolling smooth,
        // and a dashboard session holds twenty follow-ups instead of fifty (docs/performance.md, d).
        grid.setPageSize(20);
        getContent().addClassNames("chart-card", "overdue-follow-ups");
        getContent().add(new H2(getTranslation("coverage.overdue.heading", String.valueOf(count))), grid);
    }
}
