package org.outreachtracker.tasking.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.outreachtracker.base.Roles;
import org.outreachtracker.base.ui.ExportButtons;
import org.outreachtracker.base.ui.Formats;
import org.outreachtracker.base.ui.Translations;
import org.outreachtracker.campaign.CampaignService;
import org.outreachtracker.campaign.CampaignStatus;
import org.outreachtracker.campaign.CampaignSummary;
import org.outreachtracker.reference.BureauRef;
import org.outreachtracker.reference.ReferenceService;
import org.outreachtracker.tasking.TaskingExport;
import org.outreachtracker.tasking.TaskingFilter;
import org.outreachtracker.tasking.TaskingRef;
import org.outreachtracker.tasking.TaskingService;
import org.outreachtracker.tasking.TaskingState;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Every post's tasking, for managers: filter by campaign ({@code ?campaign=id}), state and bureau; "Lapsed" lists, in one
 * click, the posts past their report-by date that have not reported (in the address as
 * {@code ?lapsed}), to chase them; "Delivered below the minimum level" ({@code ?below-minimum}) lists
 * the deliveries that missed the campaign's minimum counterpart level; export what is shown.
 */
@Route("taskings")
@Menu(order = 55, icon = "vaadin:paperplane", title = "Taskings")
@RolesAllowed(Roles.MANAGER)
public class TaskingsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final Select<CampaignSummary> campaign = new Select<>();
    final Select<TaskingState> state = new Select<>();
    final Select<BureauRef> bureau = new Select<>();
    final Checkbox lapsed = new Checkbox(getTranslation("tasking.list.lapsed"));
    final Checkbox belowMinimum = new Checkbox(getTranslation("tasking.list.belowMinimum"));
    final Span total = new Span();
    final Grid<TaskingRef> grid = new Grid<>();

    private final TaskingService taskings;

    TaskingsView(
            TaskingService taskings,
            TaskingExport exports,
            CampaignService campaigns,
            ReferenceService reference,
            Clock clock) {
        this.taskings = taskings;
        addClassNames("page", "taskings-view");
        TaskingNames names = TaskingNames.read(reference, campaigns);
        LocalDate today = LocalDate.now(clock);

        campaign.setLabel(getTranslation("tasking.list.campaign"));
        campaign.setItems(campaigns.campaignsIn(EnumSet.of(CampaignStatus.ACTIVE, CampaignStatus.CLOSED)));
        campaign.setEmptySelectionAllowed(true);
        campaign.setEmptySelectionCaption(getTranslation("tasking.list.allCampaigns"));
        campaign.setItemLabelGenerator(c -> c == null ? getTranslation("tasking.list.allCampaigns") : c.title());
        state.setLabel(getTranslation("tasking.list.state"));
        state.setItems(TaskingState.values());
        state.setEmptySelectionAllowed(true);
        state.setEmptySelectionCaption(getTranslation("tasking.list.anyState"));
        state.setItemLabelGenerator(s -> s == null
                ? getTranslation("tasking.list.anyState")
                : getTranslation("tasking.TaskingState." + s.name()));
        bureau.setLabel(getTranslation("tasking.list.bureau"));
        bureau.setItems(reference.bureaus());
        bureau.setEmptySelectionAllowed(true);
        bureau.setEmptySelectionCaption(getTranslation("tasking.list.allBureaus"));
        bureau.setItemLabelGenerator(b -> b == null ? getTranslation("tasking.list.allBureaus") : b.name());
        campaign.addValueChangeListener(event -> refresh());
        state.addValueChangeListener(event -> refresh());
        bureau.addValueChangeListener(event -> refresh());
        lapsed.addValueChangeListener(event -> refresh());
        belowMinimum.addValueChangeListener(event -> refresh());

        grid.addColumn(names::country)
                .setHeader(getTranslation("tasking.list.column.country"))
                .setAutoWidth(true);
        grid.addColumn(names::post)
                .setHeader(getTranslation("tasking.list.column.post"))
                .setAutoWidth(true);
        grid.addColumn(names::campaign)
                .setHeader(getTranslation("tasking.list.column.campaign"))
                .setFlexGrow(2);
        grid.addComponentColumn(TaskingBadge::of)
                .setHeader(getTranslation("tasking.list.column.state"))
                .setAutoWidth(true);
        grid.addColumn(t -> Formats.date(t.reportBy()))
                .setHeader(getTranslation("tasking.list.column.reportBy"))
                .setSortProperty("reportBy")
                .setAutoWidth(true);
        grid.addColumn(TaskingsView::delivery)
                .setHeader(getTranslation("tasking.list.column.delivered"))
                .setAutoWidth(true);
        grid.addColumn(t ->
                        t.reportReference() == null ? "" : t.reportReference() + ", " + Formats.date(t.reportedOn()))
                .setHeader(getTranslation("tasking.list.column.report"))
                .setAutoWidth(true);
        grid.addComponentColumn(t -> TaskingNextStep.of(t, names, taskings, today, this::refresh))
                .setHeader(getTranslation("tasking.list.column.next"))
                .setKey("next")
                .setAutoWidth(true);
        grid.setPartNameGenerator(t -> t.overdue() ? "overdue" : null);
        grid.setEmptyStateText(getTranslation("tasking.list.empty"));
        grid.getElement().setAttribute("aria-label", getTranslation("tasking.list.aria"));
        grid.setItemsPageable(
                pageable -> taskings.taskings(
                                filter(),
                                PageRequest.of(
                                        pageable.getPageNumber(),
                                        pageable.getPageSize(),
                                        pageable.getSort().isSorted()
                                                ? pageable.getSort().and(Sort.by("id"))
                                                : Sort.by("reportBy", "campaignId", "countryId", "id")))
                        .getContent(),
                pageable -> taskings.count(filter()));

        var filters = new Div(campaign, state, bureau, lapsed, belowMinimum);
        filters.addClassName("filters");
        total.addClassName("result-count");
        total.getElement().setAttribute("aria-live", "polite");
        var export = new ExportButtons("taskings", getTranslation("tasking.list.exportNoun"), () -> {
            TaskingFilter shown = filter();
            return (format, out, progress) -> exports.taskings(shown, format, out, progress);
        });
        var toolbar = new Div(total, export);
        toolbar.addClassName("list-toolbar");
        add(new H2(getTranslation("tasking.list.title")), filters, toolbar, grid);
        refresh();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        parameters
                .getSingleParameter("campaign")
                .ifPresent(id -> campaign.getListDataView()
                        .getItems()
                        .filter(c -> String.valueOf(c.id()).equals(id))
                        .findFirst()
                        .ifPresent(campaign::setValue));
        if (parameters.getParameters().containsKey("lapsed")) {
            lapsed.setValue(true);
        }
        if (parameters.getParameters().containsKey("below-minimum")) {
            belowMinimum.setValue(true);
        }
    }

    TaskingFilter filter() {
        return new TaskingFilter(
                campaign.getValue() == null ? null : campaign.getValue().id(),
                state.getValue() == null ? Set.of() : Set.of(state.getValue()),
                bureau.getValue() == null ? null : bureau.getValue().id(),
                null,
                lapsed.getValue(),
                false,
                belowMinimum.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        long count = taskings.count(filter());
        total.setText(
                count == 1
                        ? getTranslation("tasking.list.count.one")
                        : getTranslation("tasking.list.count.many", String.valueOf(count)));
    }

    private static String delivery(TaskingRef tasking) {
        if (tasking.deliveredOn() == null) {
            return "";
        }
        String date = Formats.date(tasking.deliveredOn());
        return tasking.belowMinimumLevel() ? Translations.text("tasking.list.belowMinimumMark", date) : date;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tasking.list.title") + " | Outreach Tracker";
    }
}
