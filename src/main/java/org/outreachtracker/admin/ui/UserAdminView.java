package org.outreachtracker.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.outreachtracker.account.AccountAdminService;
import org.outreachtracker.account.AccountFilter;
import org.outreachtracker.account.AccountRow;
import org.outreachtracker.account.AccountState;
import org.outreachtracker.account.CurrentUser;
import org.outreachtracker.account.Role;
import org.outreachtracker.account.SecondFactorService;
import org.outreachtracker.base.Roles;
import org.outreachtracker.base.ui.Formats;
import org.outreachtracker.base.ui.Notifications;
import org.outreachtracker.reference.ReferenceService;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * User administration: every account, searchable by username or name; a row opens the account
 * to change its name, roles and desk, reset its password, unlock, deactivate or reactivate it.
 */
@Route("admin/users")
@PageTitle("Users | Outreach Tracker")
@Menu(order = 90, icon = "vaadin:users", title = "Users")
@RolesAllowed(Roles.ADMIN)
public class UserAdminView extends Main {

    final TextField search = new TextField();
    final Button create = new Button("New user", VaadinIcon.PLUS.create());
    final Grid<AccountRow> grid = new Grid<>();
    /** The dialog last opened (for tests). */
    UserDialog dialog;

    private final AccountAdminService admin;
    private final SecondFactorService secondFactors;
    private final ReferenceService reference;
    private final CurrentUser currentUser;
    private AccountRow focused;

    UserAdminView(
            AccountAdminService admin,
            SecondFactorService secondFactors,
            ReferenceService reference,
            CurrentUser currentUser) {
        this.admin = admin;
        this.secondFactors = secondFactors;
        this.reference = reference;
        this.currentUser = currentUser;
        addClassNames("page", "users-page");

        search.setPlaceholder("Search by username or name");
        search.setAriaLabel("Search users");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
        search.addClassName("users-search");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(event -> open(new UserDialog(admin, reference, this::refresh)));
        var toolbar = new Div(search, create);
        toolbar.addClassName("toolbar");

        var username = grid.addColumn(AccountRow::username)
                .setHeader("Username")
                .setKey("username")
                .setSortProperty("username")
                .setWidth("11rem")
                .setFlexGrow(0);
        grid.addColumn(AccountRow::displayName)
                .setHeader("Name")
                .setKey("displayName")
                .setSortProperty("displayName")
                .setFlexGrow(2);
        grid.addColumn(UserAdminView::roles).setHeader("Roles").setKey("roles").setFlexGrow(2);
        grid.addColumn(row -> row.roles().contains(Role.DESK_OFFICER) ? String.valueOf(row.deskCountryCount()) : "")
                .setHeader("Desk countries")
                .setKey("desk")
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setPartNameGenerator(row -> "number");
        // Wide enough for the longest state, whichever rows the first page happens to hold
        // (measured from the rows shown first, "Active" alone left "Must change password" cut).
        grid.addComponentColumn(UserAdminView::stateBadge)
                .setHeader("State")
                .setKey("state")
                .setWidth(STATE_WIDTH)
                .setFlexGrow(0);
        grid.addColumn(row -> Formats.dateTime(row.lastSignInAt()))
                .setHeader("Last sign-in")
                .setKey("lastSignInAt")
                .setSortProperty("lastSignInAt")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setMultiSort(false);
        grid.setItemsPageable(
                pageable -> admin.search(filter(), withTieBreak(pageable)), pageable -> admin.count(filter()));
        grid.sort(List.of(new GridSortOrder<>(username, SortDirection.ASCENDING)));
        grid.setEmptyStateText("No user matches. Clear the search, or create one with \u201cNew user\u201d.");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel("Users");
        grid.addClassName("users-grid");
        grid.addItemClickListener(event -> edit(event.getItem()));
        grid.addCellFocusListener(event -> focused = event.getItem().orElse(null));
        grid.getElement()
                .addEventListener("keydown", event -> {
                    if (focused != null) {
                        edit(focused);
                    }
                })
                .setFilter("event.key === 'Enter'");

        add(toolbar, grid);
    }

    private AccountFilter filter() {
        return new AccountFilter(search.getValue());
    }

    /** Equal names still page in a stable order. */
    private static Pageable withTieBreak(Pageable pageable) {
        return PageRequest.of(
                pageable.getPageNumber(),
                pageable.getPageSize(),
                pageable.getSort().and(Sort.by("id")));
    }

    void edit(AccountRow row) {
        admin.account(row.id())
                .ifPresentOrElse(
                        details -> {
                            boolean self = currentUser
                                    .get()
                                    .map(user -> user.id() == row.id())
                                    .orElse(false);
                            open(new UserDialog(admin, secondFactors, reference, this::refresh, details, self));
                        },
                        () -> Notifications.error("This account no longer exists."));
    }

    private void open(UserDialog userDialog) {
        dialog = userDialog;
        dialog.open();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private static String roles(AccountRow row) {
        return row.roles().stream().sorted().map(Role::label).collect(Collectors.joining(", "));
    }

    /** The state column's width: the longest state's label in the badge's type, with its padding and the cell's. */
    static final String STATE_WIDTH =
            (Arrays.stream(AccountState.values())
                                            .mapToInt(state -> state.label().length())
                                            .max()
                                            .orElse(10)
                                    * 0.6
                            + 3) + "em";

    /**
     * The account's state; for an account that signs in through the ministry's provider (single
     * sign-on), an "External" badge beside it.
     */
    static Span stateBadge(AccountRow row) {
        var badge = new Span(row.state().label());
        badge.addClassNames(
                "account-state",
                "account-state-" + row.state().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        if (!row.external()) {
            return badge;
        }
        var external = new Span("External");
        external.addClassNames("account-state", "account-external");
        external.setTitle("Signs in through the ministry's provider, not with a password of this application");
        var both = new Span(badge, new Span(" "), external);
        both.addClassName("account-state-group");
        return both;
    }
}
