package org.outreachtracker.followup.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridMultiSelectionModel;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import org.outreachtracker.account.CurrentUser;
import org.outreachtracker.account.Role;
import org.outreachtracker.account.SignedInUser;
import org.outreachtracker.account.UserAccountService;
import org.outreachtracker.account.UserRef;
import org.outreachtracker.base.Roles;
import org.outreachtracker.base.ui.ExportButtons;
import org.outreachtracker.base.ui.FilterFold;
import org.outreachtracker.base.ui.Translations;
import org.outreachtracker.campaign.CampaignService;
import org.outreachtracker.campaign.CampaignStatus;
import org.outreachtracker.campaign.CampaignSummary;
import org.outreachtracker.followup.CommitmentService;
import org.outreachtracker.followup.FollowUpExport;
import org.outreachtracker.followup.FollowUpFilter;
import org.outreachtracker.followup.FollowUpRef;
import org.outreachtracker.followup.FollowUpService;
import org.outreachtracker.reference.CountryRef;
import org.outreachtracker.reference.ReferenceService;
import org.outreachtracker.reference.ui.CountryNames;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * Follow-up actions: the user's own ("Mine", the default) or everyone's ("All"; in the address
 * as {@code ?view=all}), outstanding ones unless another status is chosen, optionally only the
 * overdue ones. The owner or a manager changes a status; managers re-assign.
 */
@Route("follow-ups")
@Menu(order = 60, icon = "vaadin:tasks", title = "Follow-ups")
@RolesAllowed({Roles.DESK_OFFICER, Roles.MANAGER})
public class FollowUpsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String VIEW_PARAMETER = "view";

    static final String MINE = "mine";
    static final String ALL = "all";
    /** Whose follow-ups: a choice between two filters (radio buttons, not tabs: there are no tab panels). */
    final RadioButtonGroup<String> whose = new RadioButtonGroup<>();

    final Select<StatusChoice> status = new Select<>();
    final Checkbox overdueOnly = new Checkbox();
    final Span total = new Span();
    /** Managers, in everyone's follow-ups: only those of one owner (whose to hand over, say). */
    final ComboBox<UserRef> owner = new ComboBox<>();
    /** Managers: gives the chosen follow-ups to a new owner. */
    final Button handOver = new Button(VaadinIcon.USER_CHECK.create());

    final FollowUpGrid grid;

    private final FollowUpService followUps;
    private final SignedInUser user;
    private final List<UserRef> owners;
    private boolean loaded;
    final DueCommitments dueCommitments;
    /** On a phone the filters are folded behind a button. */
    private final FilterFold fold;

    FollowUpsView(
            FollowUpService followUps,
            ReferenceService reference,
            CampaignService campaigns,
            UserAccountService users,
            CurrentUser currentUser,
            FollowUpExport exports,
            CommitmentService commitments,
            java.time.Clock clock) {
        this.followUps = followUps;
        this.user = currentUser.require();
        List<UserRef> everyone = users.users();
        owners = everyone.stream().filter(UserRef::worksOnOutreach).toList();
        boolean manager = user.hasRole(Role.MANAGER);
        var names = new FollowUpGrid.Names(
                reference.countries().stream().collect(Collectors.toMap(CountryRef::id, CountryNames::of)),
                campaigns.campaignsIn(EnumSet.allOf(CampaignStatus.class)).stream()
                        .collect(Collectors.toMap(CampaignSummary::id, CampaignSummary::title)),
                everyone.stream().collect(Collectors.toMap(UserRef::id, UserRef::displayName)));
        grid = new FollowUpGrid(
                names, row -> manager || row.ownerId() == user.id(), manager, this::changeStatus, this::reassign);
        addClassNames("page", "follow-ups-view");
        whose.setLabel(getTranslation("followup.list.show"));
        overdueOnly.setLabel(getTranslation("followup.list.overdueOnly"));
        owner.setLabel(getTranslation("followup.list.owner"));
        handOver.setText(getTranslation("followup.list.handOver"));

        whose.setItems(MINE, ALL);
        whose.setValue(MINE);
        whose.setItemLabelGenerator(
                choice -> getTranslation(MINE.equals(choice) ? "followup.list.mine" : "followup.list.everyones"));
        whose.addValueChangeListener(event -> {
            refresh();
            if (event.isFromClient()) {
                // Puts the choice into the address (and the history); the view stays as it is.
                getUI().ifPresent(ui ->
                        ui.navigate("follow-ups", QueryParameters.of(VIEW_PARAMETER, showingAll() ? "all" : "mine")));
            }
        });
        status.setLabel(getTranslation("followup.list.status"));
        status.setItems(StatusChoice.values());
        status.setItemLabelGenerator(Translations::label);
        status.setValue(StatusChoice.OUTSTANDING);
        status.addValueChangeListener(event -> refresh());
        overdueOnly.addValueChangeListener(event -> refresh());

        var filters = new Div(status, overdueOnly);
        filters.addClassName("filters");
        fold = new FilterFold(filters, status, overdueOnly, owner);
        filters.addComponentAsFirst(fold.toggle());
        total.addClassName("result-count");
        total.getElement().setAttribute("aria-live", "polite");

        grid.setItemsPageable(
                pageable -> followUps.search(filter(), byDueDate(pageable)).getContent(),
                pageable -> followUps.count(filter()));
        filters.addComponentAsFirst(whose);
        var create = new Button(
                getTranslation("followup.list.new"),
                VaadinIcon.PLUS.create(),
                event -> new NewFollowUpDialog(
                                followUps,
                                campaigns.campaignsIn(EnumSet.of(CampaignStatus.ACTIVE)),
                                currentUser.desk().countriesIn(reference.countries(), CountryRef::id),
                                owners,
                                owners.stream()
                                        .filter(o -> o.id() == user.id())
                                        .findFirst()
                                        .orElse(null),
                                java.time.LocalDate.now(clock),
                                this::refresh)
                        .open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        filters.add(create);
        if (manager) {
            // Managers choose several rows (Shift-click for a range) and hand them over in one step.
            var selection = (GridMultiSelectionModel<FollowUpRef>) grid.setSelectionMode(Grid.SelectionMode.MULTI);
            selection.setSelectAllCheckboxVisibility(GridMultiSelectionModel.SelectAllCheckboxVisibility.VISIBLE);
            selection.setDragSelect(true);
            owner.setItems(owners);
            owner.setItemLabelGenerator(UserRef::displayName);
            owner.setPlaceholder(getTranslation("followup.list.anyone"));
            owner.setClearButtonVisible(true);
            owner.addValueChangeListener(event -> refresh());
            filters.addComponentAtIndex(1, owner);
            handOver.setEnabled(false);
            handOver.setId("hand-over");
            owner.setId("owner-filter");
            grid.setId("follow-ups-grid");
            grid.addSelectionListener(event -> {
                int chosen = event.getAllSelectedItems().size();
                handOver.setEnabled(chosen > 0);
                handOver.setText(
                        chosen == 0
                                ? getTranslation("followup.list.handOver")
                                : getTranslation("followup.list.handOverCount", chosen));
            });
            handOver.addClickListener(event -> new HandOverDialog(grid.getSelectedItems(), owners, followUps, () -> {
                        grid.deselectAll();
                        refresh();
                    })
                    .open());
            filters.add(handOver);
        }
        var export = new ExportButtons("follow-ups", getTranslation("followup.list.export"), () -> {
            FollowUpFilter shown = filter();
            return (format, out, progress) -> exports.followUps(shown, format, out, progress);
        });
        var toolbar = new Div(total, export);
        toolbar.addClassName("list-toolbar");
        add(filters, toolbar, grid);
        dueCommitments = new DueCommitments(commitments, names.countries(), names.users());
        // Above the follow-ups, so a commitment that has come due is seen first; hidden when none has.
        addComponentAsFirst(dueCommitments);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean wantAll = event.getLocation()
                .getQueryParameters()
                .getSingleParameter(VIEW_PARAMETER)
                .map("all"::equalsIgnoreCase)
                .orElse(false);
        String wanted = wantAll ? ALL : MINE;
        if (!wanted.equals(whose.getValue())) {
            whose.setValue(wanted);
        } else if (!loaded) {
            refresh();
        }
        loaded = true;
    }

    boolean showingAll() {
        return ALL.equals(whose.getValue());
    }

    FollowUpFilter filter() {
        return FollowUpFilter.all()
                .withOwner(ownerShown())
                .withStatuses(
                        status.getValue() == null
                                ? StatusChoice.ANY.statuses()
                                : status.getValue().statuses())
                .withOverdueOnly(overdueOnly.getValue());
    }

    /** Whose follow-ups are listed: the user's own, everyone's (null), or the chosen owner's. */
    private Long ownerShown() {
        if (!showingAll()) {
            return user.id();
        }
        return owner.getValue() == null ? null : owner.getValue().id();
    }

    /** Sorted as the user asked, soonest due first otherwise; the id keeps pages stable. */
    private static Pageable byDueDate(Pageable pageable) {
        Sort sort = pageable.getSort().isSorted() ? pageable.getSort() : Sort.by("dueDate");
        return PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort.and(Sort.by("id")));
    }

    private void refresh() {
        grid.cards.setColumnVisible(grid.getColumnByKey("owner"), showingAll());
        fold.setActiveCount((status.getValue() == StatusChoice.OUTSTANDING ? 0 : 1)
                + (overdueOnly.getValue() ? 1 : 0)
                + (showingAll() && owner.getValue() != null ? 1 : 0));
        owner.setVisible(showingAll() && user.hasRole(Role.MANAGER));
        grid.setEmptyStateText(
                showingAll() ? getTranslation("followup.list.emptyAll") : getTranslation("followup.list.emptyMine"));
        grid.getDataProvider().refreshAll();
        long count = followUps.count(filter());
        total.setText(getTranslation("followup.list.count", count));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("followup.list.title") + " | Outreach Tracker";
    }

    private void changeStatus(FollowUpRef followUp) {
        new ChangeStatusDialog(followUp, followUps, this::refresh).open();
    }

    private void reassign(FollowUpRef followUp) {
        new ReassignDialog(followUp, owners, followUps, this::refresh).open();
    }
}
