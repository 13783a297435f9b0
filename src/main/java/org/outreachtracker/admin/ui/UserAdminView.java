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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
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
import org.outreachtracker.base.Languages;
import org.outreachtracker.base.Roles;
import org.outreachtracker.base.ui.Formats;
import org.outreachtracker.base.ui.Notifications;
import org.outreachtracker.base.ui.Translations;
import org.outreachtracker.reference.ReferenceService;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * User administration: every account, searchable by username or name; a row opens the account
 * to change its name, roles and desk, reset its password, unlock, deactivate or reactivate it.
 */
@Route("admin/users")
@Menu(order = 90, icon = "vaadin:users", title = "Users")
@RolesAllowed(Roles.ADMIN)
public class UserAdminView extends Main implements HasDynamicTitle {

    final TextField search = new TextField();
    final Button create = new Button(getTranslation("admin.users.new"), VaadinIcon.PLUS.create());
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

        search.setPlaceholder(getTranslation("admin.users.search"));
        search.setAriaLabel(getTranslation("admin.users.search.label"));
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
                .setHeader(getTranslation("admin.users.username"))
                .setKey("username")
                .setSortProperty("username")
                .setWidth("11rem")
                .setFlexGrow(0);
        grid.addColumn(AccountRow::displayName)
                .setHeader(getTranslation("admin.users.name"))
                .setKey("displayName")
                .setSortProperty("displayName")
                .setFlexGrow(2);
        grid.addColumn(UserAdminView::roles)
                .setHeader(getTranslation("admin.users.roles"))
                .setKey("roles")
                .setFlexGrow(2);
        grid.addColumn(row -> row.roles().contains(Role.DESK_OFFICER) ? String.valueOf(row.deskCountryCount()) : "")
                .setHeader(getTranslation("admin.users.desk"))
                .setKey("desk")
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setPartNameGenerator(row -> "number");
        // Wide enough for the longest state, whichever rows the first page happens to hold
        // (measured from the rows shown first, "Active" alone left "Must change password" cut).
        grid.addComponentColumn(UserAdminView::stateBadge)
                .setHeader(getTranslation("admin.users.state"))
                .setKey("state")
                .setWidth(STATE_WIDTH)
                .setFlexGrow(0);
        grid.addColumn(row -> Formats.dateTime(row.lastSignInAt()))
                .setHeader(getTranslation("admin.users.lastSignIn"))
                .setKey("lastSignInAt")
                .setSortProperty("lastSignInAt")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setMultiSort(false);
        grid.setItemsPageable(
                pageable -> admin.search(filter(), withTieBreak(pageable)), pageable -> admin.count(filter()));
        grid.sort(List.of(new GridSortOrder<>(username, SortDirection.ASCENDING)));
        grid.setEmptyStateText(getTranslation("admin.users.empty"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel(getTranslation("admin.users.title"));
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

    @Override
    public String getPageTitle() {
        return getTranslation("admin.users.title") + " | Outreach Tracker";
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
                        () -> Notifications.error(getTranslation("admin.users.gone")));
    }

    private void open(UserDialog userDialog) {
        dialog = userDialog;
        dialog.open();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private static String roles(AccountRow row) {
        return row.roles().stream().sorted().map(AccountLabels::role).collect(Collectors.joining(", "));
    }

    /**
     * The state column's width: the longest state's label in any language in the badge's type, with
     * its padding and the cell's.
     */
    static final String STATE_WIDTH = (Arrays.stream(AccountState.values())
                                    .flatMap(state -> Languages.SUPPORTED.stream()
                                            .map(language -> AccountLabels.state(language, state)))
                                    .mapToInt(String::length)
                                    .max()
                                    .orElse(10)
                            * 0.6
                    + 3)
            + "em";

    /**
     * The account's state; for an account that signs in through the ministry's provider (single
     * sign-on), an "External" badge beside it.
     */
    static Span stateBadge(AccountRow row) {
        var badge = new Span(AccountLabels.state(row.state()));
        badge.addClassNames(
                "account-state",
                "account-state-" + row.state().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        if (!row.external()) {
            return badge;
        }
        var external = new Span(Translations.text("admin.users.external"));
        external.addClassNames("account-state", "account-external");
        external.setTitle(Translations.text("admin.users.external.title"));
        var both = new Span(badge, new Span(" "), external);
        both.addClassName("account-state-group");
        return both;
    }
}
