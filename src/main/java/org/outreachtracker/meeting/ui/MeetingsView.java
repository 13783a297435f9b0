package org.outreachtracker.meeting.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
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
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Function;
import org.outreachtracker.base.Roles;
import org.outreachtracker.base.ui.ExportButtons;
import org.outreachtracker.base.ui.Formats;
import org.outreachtracker.base.ui.NarrowCards;
import org.outreachtracker.base.ui.Translations;
import org.outreachtracker.campaign.CampaignService;
import org.outreachtracker.counterpart.BackgroundWork;
import org.outreachtracker.meeting.MeetingExport;
import org.outreachtracker.meeting.MeetingFilter;
import org.outreachtracker.meeting.MeetingRow;
import org.outreachtracker.meeting.MeetingService;
import org.outreachtracker.meeting.OverallResponse;
import org.outreachtracker.reference.CountryRef;
import org.outreachtracker.reference.ReferenceService;
import org.outreachtracker.reference.ui.CountryNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;

/**
 * All meetings, filtered and sorted in the database and loaded a page at a time. The filters
 * live in the address bar, so a filtered list can be bookmarked and shared.
 */
@Route("meetings")
@Menu(order = 40, icon = "vaadin:comments", title = "Meetings")
@RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
public class MeetingsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(MeetingsView.class);

    private final MeetingService meetings;
    private final BackgroundWork background;
    private final MeetingFilterBar filters;
    private final Grid<MeetingRow> grid = new Grid<>(MeetingRow.class, false);
    final Span shownTotal = new Span();
    private MeetingFilter filter = MeetingFilter.none();
    /** The count of the list shown, or -1 while it is being counted. */
    private long total;
    /** A row's country, named in the page's language. */
    private final Function<MeetingRow, String> country;
    /** Whether a count runs in the background for this list. */
    private boolean counting;

    MeetingsView(
            MeetingService meetings,
            CampaignService campaigns,
            ReferenceService reference,
            MeetingExport exports,
            BackgroundWork background) {
        this.meetings = meetings;
        this.background = background;
        this.filters = new MeetingFilterBar(campaigns, reference);
        Map<Long, CountryRef> countries = reference.countriesById();
        this.country = m -> CountryNames.of(countries, m.countryId(), m.countryName());
        addClassName("page");
        addClassName("meetings-view");

        var logMeeting = new Button(
                getTranslation("desk.logMeeting"),
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
                .setHeader(getTranslation("meeting.list.date"))
                .setSortProperty("meetingDate")
                .setWidth("8.5rem")
                .setFlexGrow(0);
        grid.addColumn(country::apply)
                .setHeader(getTranslation("meeting.list.country"))
                .setSortProperty("countryName")
                .setWidth("10rem")
                .setFlexGrow(1);
        grid.addColumn(MeetingRow::counterparts)
                .setHeader(getTranslation("meeting.list.counterparts"))
                .setWidth("12rem")
                .setFlexGrow(2);
        grid.addColumn(MeetingRow::campaignTitle)
                .setHeader(getTranslation("meeting.list.campaign"))
                .setSortProperty("campaignTitle")
                .setWidth("14rem")
                .setFlexGrow(2);
        grid.addColumn(MeetingRow::postName)
                .setHeader(getTranslation("meeting.list.post"))
                .setSortProperty("postName")
                .setWidth("11rem")
                .setFlexGrow(1);
        grid.addColumn(row -> response(row.overallResponse()))
                .setHeader(getTranslation("meeting.list.response"))
                .setSortProperty("overallResponse")
                .setWidth("8.5rem")
                .setFlexGrow(0);
        grid.addColumn(MeetingRow::reportedBy)
                .setHeader(getTranslation("meeting.list.reportedBy"))
                .setSortProperty("reportedBy")
                .setWidth("11rem")
                .setFlexGrow(1);
        // On a phone: one card per meeting instead of the columns.
        NarrowCards.install(
                        grid,
                        LitRenderer.<MeetingRow>of("""
                                        <div class="row-card">
                                          <div class="card-line"><span class="card-title">${item.country}</span>\
                                        <span class="card-date">${item.date}</span></div>
                                          <div class="card-text">${item.counterparts}</div>
                                          <div class="card-meta">${item.response} · ${item.post}</div>
                                          <div class="card-meta">${item.campaign}</div>
                                        </div>""")
                                .withProperty("country", country::apply)
                                .withProperty("date", row -> Formats.date(row.meetingDate()))
                                .withProperty("counterparts", MeetingRow::counterparts)
                                .withProperty("response", row -> response(row.overallResponse()))
                                .withProperty("post", MeetingRow::postName)
                                .withProperty("campaign", MeetingRow::campaignTitle),
                        getTranslation("meeting.list.title"))
                .column()
                .setSortProperty("meetingDate");
        grid.setMultiSort(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        // Counted once per filter (refresh), for the total shown and for the grid; while a slow
        // count runs in the background the grid has no size and grows as the user scrolls.
        grid.setItemsPageable(pageable -> meetings.page(filter, pageable, total), pageable -> total);
        grid.addItemClickListener(event -> open(event.getItem()));
        grid.addItemDoubleClickListener(event -> open(event.getItem()));
        grid.getElement().setAttribute("aria-label", getTranslation("meeting.list.title"));
        grid.setEmptyStateText(getTranslation("meeting.list.empty"));
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

    private String response(OverallResponse response) {
        return response == null ? getTranslation("meeting.response.pending") : Translations.label(response);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("meeting.list.title") + " | Outreach Tracker";
    }

    /**
     * Reads the list again for the filters shown. The total is counted at once, unless counting
     * may take seconds (words many meetings hold): then the first page shows at once, the grid
     * grows as the user scrolls, and the total follows when a count in the background ends.
     */
    private void refresh() {
        filter = filters.filter();
        filters.showActiveCount();
        if (meetings.countMayTakeLong(filter)) {
            total = -1;
            shownTotal.setText(getTranslation("meeting.list.counting"));
            grid.getLazyDataView().setItemCountUnknown();
            countInBackground();
        } else {
            showTotal(meetings.count(filter));
        }
        grid.getDataProvider().refreshAll();
    }

    private void showTotal(long counted) {
        total = counted;
        shownTotal.setText(getTranslation("meeting.list.count", counted));
        grid.getLazyDataView().setItemCountFromDataProvider();
    }

    /**
     * Counts the filter's meetings away from the request, one count at a time for this list: a
     * filter changed meanwhile is counted when the running count ends, and that count is dropped.
     */
    private void countInBackground() {
        if (counting) {
            return;
        }
        counting = true;
        MeetingFilter counted = filter;
        UI ui = UI.getCurrent();
        background.runAsCurrentUser(() -> {
            OptionalLong result;
            try {
                result = OptionalLong.of(meetings.count(counted));
            } catch (RuntimeException failed) {
                log.warn("Counting the meetings of a list failed", failed);
                result = OptionalLong.empty();
            }
            OptionalLong ended = result;
            try {
                ui.access(() -> counted(counted, ended));
            } catch (UIDetachedException closed) {
                // The user left: nobody is waiting for this count.
            }
        });
    }

    private void counted(MeetingFilter counted, OptionalLong result) {
        counting = false;
        if (total >= 0) {
            return; // the filters changed to ones counted at once
        }
        if (!counted.equals(filter)) {
            countInBackground();
        } else if (result.isPresent()) {
            showTotal(result.getAsLong());
        } else {
            shownTotal.setText(getTranslation("meeting.list.countFailed"));
        }
    }
}
