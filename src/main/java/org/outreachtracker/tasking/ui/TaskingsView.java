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
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.outreachtracker.base.Roles;
import org.outreachtracker.base.ui.ExportButtons;
import org.outreachtracker.base.ui.Formats;
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
@PageTitle("Taskings | Outreach Tracker")
@Menu(order = 55, icon = "vaadin:paperplane", title = "Taskings")
@RolesAllowed(Roles.MANAGER)
public class TaskingsView extends Main implements BeforeEnterObserver {

    final Select<CampaignSummary> campaign = new Select<>();
    final Select<TaskingState> state = new Select<>();
    final Select<BureauRef> bureau = new Select<>();
    final Checkbox lapsed = new Checkbox("Lapsed: posts to chase");
    final Checkbox belowMinimum = new Checkbox("Delivered below the minimum level");
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

        campaign.setLabel("Campaign");
        campaign.setItems(campaigns.campaignsIn(EnumSet.of(CampaignStatus.ACTIVE, CampaignStatus.CLOSED)));
        campaign.setEmptySelectionAllowed(true);
        campaign.setEmptySelectionCaption("All campaigns");
        campaign.setItemLabelGenerator(c -> c == null ? "All campaigns" : c.title());
        state.setLabel("State");
        state.setItems(TaskingState.values());
        state.setEmptySelectionAllowed(true);
        state.setEmptySelectionCaption("Any state");
        state.setItemLabelGenerator(s -> s == null ? "Any state" : s.label());
        bureau.setLabel("Bureau");
        bureau.setItems(reference.bureaus());
        bureau.setEmptySelectionAllowed(true);
        bureau.setEmptySelectionCaption("All bureaus");
        bureau.setItemLabelGenerator(b -> b == null ? "All bureaus" : b.name());
        campaign.addValueChangeListener(event -> refresh());
        state.addValueChangeListener(event -> refresh());
        bureau.addValueChangeListener(event -> refresh());
        lapsed.addValueChangeListener(event -> refresh());
        belowMinimum.addValueChangeListener(event -> refresh());

        grid.addColumn(names::country).setHeader("Country").setAutoWidth(true);
        grid.addColumn(names::post).setHeader("Post").setAutoWidth(true);
        grid.addColumn(names::campaign).setHeader("Campaign").setFlexGrow(2);
        grid.addComponentColumn(TaskingBadge::of).setHeader("State").setAutoWidth(true);
        grid.addColumn(t -> Formats.date(t.reportBy()))
                .setHeader("Report by")
                .setSortProperty("reportBy")
                .setAutoWidth(true);
        grid.addColumn(TaskingsView::delivery).setHeader("Delivered").setAutoWidth(true);
        grid.addColumn(t ->
                        t.reportReference() == null ? "" : t.reportReference() + ", " + Formats.date(t.reportedOn()))
                .setHeader("Report")
                .setAutoWidth(true);
        grid.addComponentColumn(t -> TaskingNextStep.of(t, names, taskings, today, this::refresh))
                .setHeader("Next step")
                .setKey("next")
                .setAutoWidth(true);
        grid.setPartNameGenerator(t -> t.overdue() ? "overdue" : null);
        grid.setEmptyStateText("No tasking matches these filters.");
        grid.getElement().setAttribute("aria-label", "Taskings");
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
        var export = new ExportButtons("taskings", "the taskings list", () -> {
            TaskingFilter shown = filter();
            return (format, out, progress) -> exports.taskings(shown, format, out, progress);
        });
        var toolbar = new Div(total, export);
        toolbar.addClassName("list-toolbar");
        add(new H2("Taskings"), filters, toolbar, grid);
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
        total.setText(count == 1 ? "1 tasking" : count + " taskings");
    }

    private static String delivery(TaskingRef tasking) {
        if (tasking.deliveredOn() == null) {
            return "";
        }
        return Formats.date(tasking.deliveredOn()) + (tasking.belowMinimumLevel() ? " · below the minimum level" : "");
    }
}
