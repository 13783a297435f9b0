package org.outreachtracker.admin.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.outreachtracker.account.CurrentUser;
import org.outreachtracker.account.UserAccountService;
import org.outreachtracker.account.UserRef;
import org.outreachtracker.audit.AuditAction;
import org.outreachtracker.audit.AuditEventRef;
import org.outreachtracker.audit.AuditFilter;
import org.outreachtracker.audit.AuditService;
import org.outreachtracker.audit.AuditVocabulary;
import org.outreachtracker.audit.AuditedObject;
import org.outreachtracker.audit.FieldChange;
import org.outreachtracker.audit.ui.AuditText;
import org.outreachtracker.base.Roles;
import org.outreachtracker.base.ui.DateFields;
import org.outreachtracker.base.ui.Formats;
import org.outreachtracker.security.SystemAccess;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The audit trail, newest first, filtered by user, action, object and time range (dates in UTC)
 * and loaded a page at a time, with people's names and the names of the accounts, posts and
 * countries concerned. Selecting an event shows which fields changed from what to what (for
 * outreach records the values only to those who read them). Above it, the check of the trail's
 * seals ({@link TrailCheckPanel}).
 */
@Route("admin/audit")
@Menu(order = 95, icon = "vaadin:records", title = "Audit trail")
@RolesAllowed(Roles.ADMIN)
public class AuditView extends Main implements HasDynamicTitle {

    private final AuditService audit;
    private final ComboBox<String> user = new ComboBox<>(getTranslation("admin.audit.user"));
    private final Select<AuditAction> action = new Select<>();
    final Select<AuditedObject> objectType = new Select<>();
    final TextField objectId = new TextField(getTranslation("admin.audit.objectId"));
    private final DatePicker from = DateFields.configure(new DatePicker(getTranslation("admin.audit.from")));
    private final DatePicker to = DateFields.configure(new DatePicker(getTranslation("admin.audit.to")));
    final Grid<AuditEventRef> grid = new Grid<>();
    private final Span total = new Span();
    final TrailCheckPanel trailCheck;
    private final UserAccountService users;
    private final AuditVocabulary vocabulary;
    private final Map<Long, UserRef> accounts = new HashMap<>();
    private AuditFilter filter = AuditFilter.none();

    AuditView(
            AuditService audit,
            UserAccountService users,
            List<AuditVocabulary> vocabularies,
            CurrentUser currentUser,
            SystemAccess systemAccess) {
        this.audit = audit;
        DateFields.range(from, to);
        addClassNames("page", "audit-view");
        this.users = users;
        users.users().forEach(account -> accounts.put(account.id(), account));
        // The features name their own values (posts, countries, constants); the page names the people.
        AuditVocabulary people = (type, field, item) -> "ownerId".equals(field)
                ? account(Long.parseLong(item)).map(UserRef::displayName).orElse(null)
                : null;
        vocabulary = AuditVocabulary.of(List.of(AuditVocabulary.remembering(AuditVocabulary.of(vocabularies)), people));
        Map<String, String> displayNames = new HashMap<>();
        accounts.values().forEach(account -> displayNames.put(account.username(), account.displayName()));
        user.setItems(accounts.values().stream().map(UserRef::username).sorted().toList());
        user.setItemLabelGenerator(username -> AuditEventRef.person(displayNames.get(username), username));
        user.setAllowCustomValue(true);
        user.addCustomValueSetListener(event -> user.setValue(event.getDetail().strip()));
        user.setClearButtonVisible(true);
        user.setHelperText(getTranslation("admin.audit.user.helper"));
        action.setLabel(getTranslation("admin.audit.action"));
        action.setItems(AuditAction.values());
        action.setItemLabelGenerator(a -> a == null ? getTranslation("admin.audit.action.all") : AuditLabels.action(a));
        action.setEmptySelectionAllowed(true);
        action.setEmptySelectionCaption(getTranslation("admin.audit.action.all"));
        objectType.setLabel(getTranslation("admin.audit.object"));
        objectType.setItems(AuditedObject.values());
        objectType.setItemLabelGenerator(
                o -> o == null ? getTranslation("admin.audit.object.all") : AuditLabels.object(o));
        objectType.setEmptySelectionAllowed(true);
        objectType.setEmptySelectionCaption(getTranslation("admin.audit.object.all"));
        objectId.setValueChangeMode(ValueChangeMode.LAZY);
        objectId.setClearButtonVisible(true);
        for (HasValue<?, ?> field : List.<HasValue<?, ?>>of(user, action, objectType, objectId, from, to)) {
            field.addValueChangeListener(event -> refresh());
        }
        var filters = new Div(user, action, objectType, objectId, from, to);
        filters.addClassName("audit-filters");
        total.addClassName("result-count");
        total.getElement().setAttribute("role", "status");
        configureGrid();
        trailCheck = new TrailCheckPanel(audit, currentUser, systemAccess);
        add(trailCheck, filters, total, grid);
        refresh();
    }

    private void configureGrid() {
        grid.addColumn(e -> e.number() == null ? "" : String.valueOf(e.number()))
                .setHeader(getTranslation("admin.audit.number"))
                .setWidth("5.5rem")
                .setFlexGrow(0);
        grid.addColumn(e -> Formats.dateTime(e.occurredAt()))
                .setHeader(getTranslation("admin.audit.time"))
                .setWidth("11rem")
                .setFlexGrow(0);
        grid.addColumn(AuditEventRef::author)
                .setHeader(getTranslation("admin.audit.user"))
                .setAutoWidth(true);
        grid.addColumn(e -> AuditLabels.action(e.action()))
                .setHeader(getTranslation("admin.audit.action"))
                .setAutoWidth(true);
        grid.addColumn(this::object)
                .setHeader(getTranslation("admin.audit.object"))
                .setAutoWidth(true);
        grid.addColumn(e -> AuditLabels.outcome(e.outcome()))
                .setHeader(getTranslation("admin.audit.outcome"))
                .setWidth("7rem")
                .setFlexGrow(0);
        grid.addColumn(e -> e.sourceAddress() == null ? "" : e.sourceAddress())
                .setHeader(getTranslation("admin.audit.source"))
                .setAutoWidth(true);
        grid.addColumn(e -> AuditText.gist(e.objectType(), e.details()))
                .setHeader(getTranslation("admin.audit.details"))
                .setFlexGrow(2);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::changes));
        grid.setDetailsVisibleOnClick(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItemsPageable(
                pageable -> audit.search(
                                filter,
                                PageRequest.of(
                                        pageable.getPageNumber(),
                                        pageable.getPageSize(),
                                        Sort.by(Sort.Direction.DESC, "occurredAt", "id")))
                        .getContent(),
                pageable -> audit.count(filter));
        grid.setEmptyStateText(getTranslation("admin.audit.empty"));
        grid.getElement().setAttribute("aria-label", getTranslation("admin.audit.events"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.audit.title") + " | Outreach Tracker";
    }

    private void refresh() {
        String id = objectId.getValue().strip();
        filter = new AuditFilter(
                user.getValue() == null || user.getValue().isBlank() ? null : user.getValue(),
                action.getValue(),
                objectType.getValue(),
                id.isEmpty() ? null : id,
                startOf(from.getValue()),
                to.getValue() == null ? null : startOf(to.getValue().plusDays(1)));
        long count = audit.count(filter);
        total.setText(getTranslation("admin.audit.count", count));
        grid.getDataProvider().refreshAll();
    }

    private static Instant startOf(LocalDate date) {
        return date == null ? null : date.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The record an event is about, by name where the trail's readers may know it. */
    private String object(AuditEventRef event) {
        if (event.objectType() == null) {
            return "";
        }
        String id = event.objectId();
        String name = id == null
                ? null
                : switch (event.objectType()) {
                    case USER ->
                        number(id) == null
                                ? null
                                : account(number(id))
                                        .map(a -> AuditEventRef.person(a.displayName(), a.username()))
                                        .orElse(null);
                    case POST, COUNTRY -> vocabulary.nameOf(event.objectType(), id);
                    default -> null;
                };
        String type = AuditLabels.object(event.objectType());
        return id == null ? type : getTranslation("admin.audit.objectWithId", type, name == null ? id : name);
    }

    /** An account by id: those known when the page opened, and any created since, looked up once. */
    private Optional<UserRef> account(long id) {
        if (!accounts.containsKey(id)) {
            users.user(id).ifPresent(account -> accounts.put(id, account));
        }
        return Optional.ofNullable(accounts.get(id));
    }

    private static Long number(String id) {
        try {
            return Long.valueOf(id);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    Div changes(AuditEventRef event) {
        var list = new UnorderedList();
        for (FieldChange change : event.details().changes()) {
            list.add(new ListItem(AuditText.line(event.objectType(), change, vocabulary)));
        }
        var box = new Div();
        box.addClassName("audit-changes");
        if (!event.details().note().isEmpty()) {
            box.add(new Span(event.details().note()));
        }
        box.add(list);
        if (event.details().withheld()) {
            box.add(new Span(getTranslation("admin.audit.withheld")));
        }
        return box;
    }
}
